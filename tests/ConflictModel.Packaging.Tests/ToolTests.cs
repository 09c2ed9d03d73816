using System;
using System.IO;

namespace ConflictModel.Packaging.Tests;

/// <summary>The <c>conflictmodel</c> command the README's <c>dotnet tool install --global</c> installed from the packed feed.</summary>
[Collection(PackedFeedTests.Name)]
public sealed class ToolTests
{
    private readonly PackedFeed _feed;

    public ToolTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void InstalledTool_RunsFromThePath()
    {
        var version = Dotnet.RunProgram(Path.Combine(_feed.ToolsFolder, "conflictmodel"), _feed.Clone, TimeSpan.FromMinutes(1), _feed.Environment, "--version").ShouldSucceed();
        var summary = Dotnet.RunProgram(Path.Combine(_feed.ToolsFolder, "conflictmodel"), _feed.Clone, TimeSpan.FromMinutes(1), _feed.Environment,
            "summary", "docs/examples/timbuktu-2025.json").ShouldSucceed();

        version.Output.Should().StartWith(_feed.Version + "+");
        summary.Output.Should().Contain("2025 Timbuktu attack").And.Contain("30–60+");
    }
}
