using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace ConflictModel.Packaging.Tests;

/// <summary>
/// A brand-new console project in a temporary folder, referencing ConflictModel by package id from the
/// feed packed by <see cref="PackedFeed"/> (no project reference), whose Program.cs is the C# blocks of
/// docs/getting-started.md in order. It is built and run, then published with Native AOT and run again;
/// both must print the output the page shows.
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
    public void Consumer_BuildsAndRunsAsDocumented()
    {
        var project = CreateConsumer("jit");

        Dotnet.Run(project, BuildTimeout, "build", "-c", "Release", "-o", Path.Combine(project, "out"), "-nodeReuse:false").ShouldSucceed();
        var run = Dotnet.Run(project, TimeSpan.FromMinutes(1), Path.Combine(project, "out", "Consumer.dll")).ShouldSucceed();

        run.Output.Should().Be(DocumentedOutput());
        run.Lines.Should().Contain("errors: 0, warnings: 0")
            .And.Contain("round trip equal: True")
            .And.Contain("mali-killed: 30–60+")
            .And.Contain("schema " + "https://conflictmodel.org/schema/1.0/dataset-document.json");
        run.Lines.Should().Contain(line => line.StartsWith("engagements[0].statements[1].sourceId CM2", StringComparison.Ordinal) && line.EndsWith(" Error", StringComparison.Ordinal));
    }

    [Fact]
    public void Consumer_NativeAot_BehavesTheSame()
    {
        var project = CreateConsumer("aot");
        var output = Path.Combine(project, "aot");
        var arguments = new[] { "publish", "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-p:PublishAot=true", "-o", output, "-nodeReuse:false" }.ToList();
        if (!OnPath("clang") && File.Exists("/usr/bin/clang-14"))
        {
            // Native AOT links with "clang" on Linux; Debian's clang-14 package installs only clang-14.
            arguments.Add("-p:CppCompilerAndLinker=clang-14");
        }

        var publish = Dotnet.Run(project, BuildTimeout, [.. arguments]).ShouldSucceed();
        var run = Dotnet.RunProgram(Path.Combine(output, "Consumer"), project, TimeSpan.FromMinutes(1)).ShouldSucceed();

        run.Output.Should().Be(DocumentedOutput());
        TrimAndAotWarnings(publish.Output).Should().BeEquivalentTo(ExpectedAotWarnings);
    }

    private string CreateConsumer(string name)
    {
        var project = Path.Combine(_feed.Root, "consumer-" + name);
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{_feed.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <InvariantGlobalization>true</InvariantGlobalization>
                <CopyDocumentationFilesFromPackages>true</CopyDocumentationFilesFromPackages>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ConflictModel" Version="{_feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), string.Join("\n", Blocks("csharp")));
        return project;
    }

    private string GettingStarted => File.ReadAllText(Path.Combine(_feed.RepositoryRoot, "docs", "getting-started.md")).ReplaceLineEndings("\n");

    private string[] Blocks(string language) =>
        [.. FencedBlock().Matches(GettingStarted).Where(m => m.Groups["lang"].Value == language).Select(m => m.Groups["code"].Value)];

    private string DocumentedOutput() => Blocks("text").Should().ContainSingle().Subject;

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, program)));

    private static string[] TrimAndAotWarnings(string buildOutput) =>
        [.. TrimOrAotWarning().Matches(buildOutput).Select(m => m.Groups["code"].Value + " " + m.Groups["subject"].Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"^```(?<lang>\w+)\n(?<code>.*?\n)```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();

    // "warning IL2026: Using member 'X' ...", "Trim analysis warning IL2026: Program.<Main>$(String[]): Using member 'X' ...",
    // "warning IL2104: Assembly 'X' produced trim warnings": the code and the first quoted name.
    [GeneratedRegex(@"warning (?<code>IL\d{4}): [^'\n]*'(?<subject>[^'\n]+)'")]
    private static partial Regex TrimOrAotWarning();
}
