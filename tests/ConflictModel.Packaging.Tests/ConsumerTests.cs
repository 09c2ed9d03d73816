using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ConflictModel.Packaging.Tests;

/// <summary>
/// The getting-started guide's console project (see <see cref="PackedFeed"/>: made by the guide's own install
/// commands, referencing ConflictModel by package id from the feed the README's commands packed), whose
/// project file is the one the guide shows and whose Program.cs is the guide's C# blocks in order. It is run as
/// the guide says, then published with Native AOT and run again; both must print the output the guide shows.
/// </summary>
[Collection(PackedFeedTests.Name)]
public sealed partial class ConsumerTests
{
    // The schema's call in the documented program, and nothing else (no warning from FluentValidation either).
    private static readonly string[] ExpectedAotWarnings = ["IL2026 ConflictModel.Schema.DatasetSchema.Generate(String)"];

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);
    private readonly PackedFeed _feed;

    public ConsumerTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void ProjectFile_IsWhatTheInstallCommandsMadePlusTheDocumentationFilesLine()
    {
        var shown = ProjectShape(File.ReadAllText(_feed.ConsumerProjectFile));
        var made = ProjectShape(_feed.GeneratedProjectFile);

        shown.Properties.Should().Equal(made.Properties.Append("CopyDocumentationFilesFromPackages=true"));
        shown.PackageReferences.Should().Equal(made.PackageReferences).And.Equal("ConflictModel " + _feed.Version);
    }

    [Fact]
    public void Consumer_RunsAsDocumented()
    {
        var command = Documentation.Snippet(_feed.GettingStartedPath, "run").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        command[0].Should().Be("dotnet");
        var run = Dotnet.Run(_feed.ConsumerProject, BuildTimeout, _feed.Environment, command[1..]).ShouldSucceed();

        run.Output.Should().Be(DocumentedOutput());
        run.Lines.Should().HaveCount(5).And.Equal(
            "errors: 0, warnings: 0",
            "engagements[0].statements[1].sourceId CM2003 Error",
            "round trip equal: True",
            "mali-killed: 30–60+",
            "schema https://conflictmodel.org/schema/1.0/dataset-document.json");
    }

    [Fact]
    public void Consumer_NativeAot_BehavesTheSame()
    {
        var output = Path.Combine(_feed.ConsumerProject, "aot");
        var arguments = new[] { "publish", "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-p:PublishAot=true", "-o", output, "-nodeReuse:false" }.ToList();
        if (!OnPath("clang") && File.Exists("/usr/bin/clang-14"))
        {
            // Native AOT links with "clang" on Linux; Debian's clang-14 package installs only clang-14.
            arguments.Add("-p:CppCompilerAndLinker=clang-14");
        }

        var publish = Dotnet.Run(_feed.ConsumerProject, BuildTimeout, _feed.Environment, [.. arguments]).ShouldSucceed();
        var run = Dotnet.RunProgram(Path.Combine(output, "FirstEngagement"), _feed.ConsumerProject, TimeSpan.FromMinutes(1)).ShouldSucceed();

        run.Output.Should().Be(DocumentedOutput());
        TrimAndAotWarnings(publish.Output).Should().BeEquivalentTo(ExpectedAotWarnings);
    }

    private string DocumentedOutput() => Documentation.Blocks(_feed.GettingStartedPath, "text").Should().ContainSingle().Subject;

    // A project file's properties as "name=value" in document order, and its package references as "id version".
    private static (string[] Properties, string[] PackageReferences) ProjectShape(string projectFile)
    {
        var project = XDocument.Parse(projectFile.TrimStart('\uFEFF'));
        return (
            [.. project.Root!.Elements("PropertyGroup").Elements().Select(e => e.Name.LocalName + "=" + e.Value.Trim())],
            [.. project.Root.Elements("ItemGroup").Elements("PackageReference").Select(e => e.Attribute("Include")?.Value + " " + e.Attribute("Version")?.Value)]);
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, program)));

    private static string[] TrimAndAotWarnings(string buildOutput) =>
        [.. TrimOrAotWarning().Matches(buildOutput).Select(m => m.Groups["code"].Value + " " + m.Groups["subject"].Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    // "warning IL2026: Using member 'X' ...", "Trim analysis warning IL2026: Program.<Main>$(String[]): Using member 'X' ...",
    // "warning IL2104: Assembly 'X' produced trim warnings": the code and the first quoted name.
    [GeneratedRegex(@"warning (?<code>IL\d{4}): [^'\n]*'(?<subject>[^'\n]+)'")]
    private static partial Regex TrimOrAotWarning();
}
