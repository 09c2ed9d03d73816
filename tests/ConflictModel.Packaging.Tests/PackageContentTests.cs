using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ConflictModel.Packaging.Tests;

/// <summary>What a consumer downloads: the files and the metadata of each package and its symbols package.</summary>
[Collection(PackedFeedTests.Name)]
public sealed partial class PackageContentTests
{
    private static readonly string[] PackageIds = ["ConflictModel", "ConflictModel.Interop", "ConflictModel.Tables", "ConflictModel.Charts", "ConflictModel.Tool"];
    private static readonly string[] PackageExtensions = [".nupkg", ".snupkg"];
    private readonly PackedFeed _feed;

    public PackageContentTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void Feed_HoldsTheFivePackagesAndTheirSymbols()
    {
        Directory.GetFiles(_feed.Feed).Select(Path.GetFileName).Should().BeEquivalentTo(
            from id in PackageIds
            from extension in PackageExtensions
            select id + "." + _feed.Version + extension);
    }

    [Theory]
    [InlineData("ConflictModel")]
    [InlineData("ConflictModel.Interop")]
    [InlineData("ConflictModel.Tables")]
    [InlineData("ConflictModel.Charts")]
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
    [InlineData("ConflictModel.Tables")]
    [InlineData("ConflictModel.Charts")]
    [InlineData("ConflictModel.Tool")]
    public void Nuspec_HasCompleteMetadata(string packageId)
    {
        var metadata = Nuspec(_feed.PackagePath(packageId));

        Value(metadata, "id").Should().Be(packageId);
        Value(metadata, "version").Should().Be(_feed.Version);
        Value(metadata, "authors").Should().Be("ConflictModel contributors");
        Value(metadata, "description").Should().NotBeNullOrWhiteSpace();
        Value(metadata, "tags").Should().Contain("conflict");
        Value(metadata, "readme").Should().Be("README.md");
        Value(metadata, "releaseNotes").Should().StartWith("## " + _feed.Version).And.Contain("### Added");
        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        (license.Attribute("type")?.Value, license.Value).Should().Be(("expression", "Apache-2.0"));
    }

    [Theory]
    [InlineData("ConflictModel")]
    [InlineData("ConflictModel.Interop")]
    [InlineData("ConflictModel.Tables")]
    [InlineData("ConflictModel.Charts")]
    [InlineData("ConflictModel.Tool")]
    public void Nuspec_CloneWithoutRemote_HasNoUrlButTheLicence(string packageId)
    {
        var metadata = Nuspec(_feed.PackagePath(packageId));
        var values = metadata.DescendantsAndSelf().Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => a.Value)
            .Concat(metadata.DescendantNodes().OfType<XText>().Select(t => t.Value));

        Value(metadata, "projectUrl").Should().BeNull("a clone without a remote has no repository to point at");
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        repository.Attribute("type")?.Value.Should().Be("git");
        repository.Attribute("url").Should().BeNull();
        repository.Attribute("commit")?.Value.Should().MatchRegex("^[0-9a-f]{40}$");
        values.SelectMany(v => Url().Matches(v).Select(m => m.Value)).Distinct().Should().Equal(["https://licenses.nuget.org/Apache-2.0"], "no placeholder URL anywhere in the nuspec");
    }

    [Fact]
    public void Charts_ShipsTheCountryOutlinesLicence()
    {
        Entries(_feed.PackagePath("ConflictModel.Charts")).Should().Contain("world-atlas-LICENSE.txt");
    }

    [Fact]
    public void Tool_IsTheConflictmodelCommand()
    {
        var entries = Entries(_feed.PackagePath("ConflictModel.Tool"));
        entries.Should().Contain(["README.md", "tools/net10.0/any/ConflictModel.Cli.dll", "tools/net10.0/any/DotnetToolSettings.xml"]);
        using var archive = ZipFile.OpenRead(_feed.PackagePath("ConflictModel.Tool"));
        using var settings = archive.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();
        XDocument.Load(settings).Descendants("Command").Single().Attribute("Name")?.Value.Should().Be("conflictmodel");
        Nuspec(_feed.PackagePath("ConflictModel.Tool")).Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")?.Value.Should().Be("DotnetTool");
    }

    internal static string? Value(XElement metadata, string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    internal static string[] Entries(string package)
    {
        using var archive = ZipFile.OpenRead(package);
        return [.. archive.Entries.Select(e => e.FullName)];
    }

    internal static string NuspecText(string package)
    {
        using var archive = ZipFile.OpenRead(package);
        using var reader = new StreamReader(archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal)).Open());
        return reader.ReadToEnd();
    }

    internal static XElement Nuspec(string package) =>
        XDocument.Parse(NuspecText(package)).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

    [GeneratedRegex(@"https?://[^\s""'<>]+")]
    private static partial Regex Url();
}
