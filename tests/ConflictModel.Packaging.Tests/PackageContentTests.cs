using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace ConflictModel.Packaging.Tests;

/// <summary>What a consumer downloads: the files and the metadata of each package and its symbols package.</summary>
[Collection(PackedFeedTests.Name)]
public sealed class PackageContentTests
{
    private readonly PackedFeed _feed;

    public PackageContentTests(PackedFeed feed) => _feed = feed;

    [Theory]
    [InlineData("ConflictModel")]
    [InlineData("ConflictModel.Interop")]
    public void Library_HasReadmeDocsBothTargetsAndSymbols(string packageId)
    {
        Entries(_feed.PackagePath(packageId)).Should().Contain(
        [
            "README.md",
            $"lib/net8.0/{packageId}.dll", $"lib/net8.0/{packageId}.xml",
            $"lib/net10.0/{packageId}.dll", $"lib/net10.0/{packageId}.xml",
        ]);
        Entries(_feed.PackagePath(packageId, ".snupkg")).Should().Contain([$"lib/net8.0/{packageId}.pdb", $"lib/net10.0/{packageId}.pdb"]);
    }

    [Theory]
    [InlineData("ConflictModel")]
    [InlineData("ConflictModel.Interop")]
    [InlineData("ConflictModel.Tool")]
    public void Nuspec_HasCompleteMetadata(string packageId)
    {
        var metadata = Nuspec(packageId);
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Value("id").Should().Be(packageId);
        Value("version").Should().Be(_feed.Version);
        Value("authors").Should().Be("ConflictModel contributors");
        Value("description").Should().NotBeNullOrWhiteSpace();
        Value("tags").Should().Contain("conflict");
        Value("readme").Should().Be("README.md");
        Value("projectUrl").Should().Be("https://github.com/conflictmodel/conflictmodel");
        Value("releaseNotes").Should().StartWith("## 0.1.0").And.Contain("### Added");
        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        (license.Attribute("type")?.Value, license.Value).Should().Be(("expression", "Apache-2.0"));
        metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("type")?.Value.Should().Be("git");
    }

    [Fact]
    public void Tool_IsTheConflictmodelCommand()
    {
        var entries = Entries(_feed.PackagePath("ConflictModel.Tool"));
        entries.Should().Contain(["README.md", "tools/net10.0/any/ConflictModel.Cli.dll", "tools/net10.0/any/DotnetToolSettings.xml"]);
        using var archive = ZipFile.OpenRead(_feed.PackagePath("ConflictModel.Tool"));
        using var settings = archive.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();
        XDocument.Load(settings).Descendants("Command").Single().Attribute("Name")?.Value.Should().Be("conflictmodel");
        Nuspec("ConflictModel.Tool").Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")?.Value.Should().Be("DotnetTool");
    }

    private static string[] Entries(string package)
    {
        using var archive = ZipFile.OpenRead(package);
        return [.. archive.Entries.Select(e => e.FullName)];
    }

    private XElement Nuspec(string packageId)
    {
        using var archive = ZipFile.OpenRead(_feed.PackagePath(packageId));
        using var stream = archive.GetEntry(packageId + ".nuspec")!.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }
}
