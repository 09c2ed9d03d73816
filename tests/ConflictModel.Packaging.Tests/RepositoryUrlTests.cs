using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text;

namespace ConflictModel.Packaging.Tests;

/// <summary>
/// The repository URL comes from the clone's git remote and from nowhere else: the clone <see cref="PackedFeed"/>
/// packed has no remote, so its packages carry no URL (<see cref="PackageContentTests"/>); here the clone is given
/// a remote and ConflictModel is packed again, and that URL must be in the nuspec's repository, its project URL
/// and the SourceLink data of the symbols.
/// </summary>
[Collection(PackedFeedTests.Name)]
public sealed class RepositoryUrlTests
{
    private const string Remote = "https://github.com/example-org/conflict-model.git";

    // The custom debug information that holds a portable PDB's SourceLink JSON.
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private readonly PackedFeed _feed;

    public RepositoryUrlTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void Pack_CloneWithRemote_PublishesThatUrlInTheNuspecAndSourceLink()
    {
        var feed = Path.Combine(_feed.Root, "feed-with-remote");
        PackedFeed.Git(_feed.Clone, "remote", "add", "origin", Remote);
        try
        {
            Dotnet.Run(_feed.Clone, TimeSpan.FromMinutes(4), _feed.Environment,
                "pack", "src/ConflictModel/ConflictModel.csproj", "-c", "Release", "-o", feed,
                "--artifacts-path", Path.Combine(_feed.Root, "artifacts-with-remote"), "-nodeReuse:false").ShouldSucceed();
        }
        finally
        {
            PackedFeed.Git(_feed.Clone, "remote", "remove", "origin");
        }

        var package = Path.Combine(feed, "ConflictModel." + _feed.Version + ".nupkg");
        var metadata = PackageContentTests.Nuspec(package);
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        var commit = repository.Attribute("commit")?.Value;
        repository.Attribute("url")?.Value.Should().Be(Remote);
        commit.Should().MatchRegex("^[0-9a-f]{40}$");
        PackageContentTests.Value(metadata, "projectUrl").Should().Be("https://github.com/example-org/conflict-model");

        using var symbols = ZipFile.OpenRead(Path.ChangeExtension(package, ".snupkg"));
        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            SourceLinkJson(symbols, $"lib/{framework}/ConflictModel.pdb").Should()
                .Contain($"\"https://raw.githubusercontent.com/example-org/conflict-model/{commit}/*\"", framework);
        }
    }

    private static string SourceLinkJson(ZipArchive symbols, string pdb)
    {
        using var entry = symbols.GetEntry(pdb)!.Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        copy.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(copy);
        var reader = provider.GetMetadataReader();
        var sourceLink = reader.CustomDebugInformation.Select(reader.GetCustomDebugInformation)
            .Where(information => reader.GetGuid(information.Kind) == SourceLinkKind)
            .Select(information => Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value)));
        return sourceLink.Should().ContainSingle($"{pdb} has one SourceLink record").Subject;
    }
}
