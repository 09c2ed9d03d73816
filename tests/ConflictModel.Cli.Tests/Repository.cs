using System;
using System.IO;

namespace ConflictModel.Cli.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repository
{
    /// <summary>Gets the repository root: the nearest folder above the test binaries that holds ConflictModel.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Gets the canonical example document.</summary>
    public static string TimbuktuExample => Path.Combine(Root, "docs", "examples", "timbuktu-2025.json");

    /// <summary>Gets a path under the repository root from its parts.</summary>
    /// <param name="parts">The parts.</param>
    /// <returns>The full path.</returns>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ConflictModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ConflictModel.sln was not found above " + AppContext.BaseDirectory);
    }
}
