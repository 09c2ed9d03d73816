using System;
using System.IO;

namespace ConflictModel.Packaging.Tests;

/// <summary>
/// Packs ConflictModel, ConflictModel.Interop and ConflictModel.Tool once per test run into a temporary
/// local feed, with a version suffix of its own so that no package cache can serve an older build of the
/// same version.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    /// <summary>The packable projects, by package id.</summary>
    public static readonly (string PackageId, string Project)[] Packages =
    [
        ("ConflictModel", "src/ConflictModel/ConflictModel.csproj"),
        ("ConflictModel.Interop", "src/ConflictModel.Interop/ConflictModel.Interop.csproj"),
        ("ConflictModel.Tool", "src/ConflictModel.Cli/ConflictModel.Cli.csproj"),
    ];

    public PackedFeed()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Directory.CreateTempSubdirectory("conflictmodel-packaging-").FullName;
        Feed = Path.Combine(Root, "feed");
        Version = "0.1.0-packagingtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        var artifacts = Path.Combine(Root, "artifacts");
        foreach (var (_, project) in Packages)
        {
            Dotnet.Run(RepositoryRoot, TimeSpan.FromMinutes(3),
                "pack", Path.Combine(RepositoryRoot, project), "-c", "Release", "-o", Feed,
                "--artifacts-path", artifacts, "-p:VersionSuffix=" + Version["0.1.0-".Length..], "-nodeReuse:false")
                .ShouldSucceed();
        }
    }

    /// <summary>The clone's root (the folder of ConflictModel.sln).</summary>
    public string RepositoryRoot { get; }

    /// <summary>This run's temporary folder; deleted at the end.</summary>
    public string Root { get; }

    /// <summary>The local feed the packages were packed into.</summary>
    public string Feed { get; }

    /// <summary>The version of this run's packages.</summary>
    public string Version { get; }

    /// <summary>The path of a package in the feed.</summary>
    public string PackagePath(string packageId, string extension = ".nupkg") => Path.Combine(Feed, packageId + "." + Version + extension);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not a test failure.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConflictModel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ConflictModel.sln not found above " + AppContext.BaseDirectory);
    }
}
