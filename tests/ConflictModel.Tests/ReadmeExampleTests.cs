using System;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Json;
using ConflictModel.Sources;
using ConflictModel.Time;
using ConflictModel.Validation;

namespace ConflictModel.Tests;

/// <summary>The README's quick-start, verbatim between the markers, so that the README never shows code that does not compile or run.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void QuickStart_BuildsAndReconciles()
    {
        // README:begin
        var afp = new Source { Id = new("afp"), Name = "Agence France-Presse", Kind = SourceKind.NewsAgency };
        var official = new Source { Id = new("official"), Name = "A local official", Kind = SourceKind.LocalOfficial };
        var attack = new Engagement
        {
            Id = new("timbuktu-2025-06-02"),
            Name = "2025 Timbuktu attack",
            Type = EngagementType.Attack,
            Time = TemporalExtent.AtHour(new(2025, 6, 2), 10).Approximately().InZone("Africa/Bamako"),
            Sides = [new() { Id = new("jnim"), Role = SideRole.Attacker, ActorIds = [new("jnim")] },
                     new() { Id = new("mali"), Role = SideRole.Defender, ActorIds = [new("fama")] }],
            Statements = [new() { Id = new("afp-toll"), SourceId = afp.Id, Stance = StatementStance.Report, Summary = "At least 30 soldiers killed" },
                          new() { Id = new("official-toll"), SourceId = official.Id, Via = [afp.Id], Stance = StatementStance.Report, Summary = "At least 60 killed" }],
            Figures = [new() { Id = new("mali-killed"), Measure = Measure.Killed, Subject = FigureSubject.OfSide(new("mali")),
                               Estimates = [Estimate.Of(new("afp-toll"), Quantity.AtLeast(30)), Estimate.Of(new("official-toll"), Quantity.AtLeast(60))] }],
        };
        var document = new DatasetDocument
        {
            Sources = [afp, official],
            Actors = [new() { Id = new("jnim"), Name = "JNIM", Kind = ActorKind.NonStateArmedGroup }, new() { Id = new("fama"), Name = "Malian Armed Forces", Kind = ActorKind.StateForces }],
            Engagements = [attack],
        };
        var range = FigureReconciler.Reconcile(attack.Figures[0], ReconciliationContext.For(document, attack), ReconciliationPolicy.FullRange);
        Console.WriteLine(range.ToRangeText()); // 30–60+
        // README:end

        range.ToRangeText().Should().Be("30–60+");
        AssertReadmeContains("README");

        // README2:begin
        var json = DatasetJson.Write(document);                    // deterministic, indented UTF-8 JSON
        var back = DatasetJson.Read(json);                         // strict: throws DatasetJsonException with path and line
        var report = DatasetValidator.Default.Validate(back);      // every problem at once, never throws
        foreach (var p in report.Problems) { Console.WriteLine($"{p.Path} {p.Code} {p.Severity}: {p.Message}"); }
        // README2:end

        back.Equals(document).Should().BeTrue();
        report.HasErrors.Should().BeFalse();
        AssertReadmeContains("README2");
    }

    private static void AssertReadmeContains(string marker) => AssertDocumentContains("README.md", "ReadmeExampleTests.cs", marker);

    /// <summary>Asserts that the Markdown file shows, verbatim and unindented, the code between the markers of a test file of this project.</summary>
    internal static void AssertDocumentContains(string document, string testFile, string marker)
    {
        var readme = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot(), document));
        var thisFile = System.IO.Directory.GetFiles(System.IO.Path.Combine(RepositoryRoot(), "tests", "ConflictModel.Tests"), testFile, System.IO.SearchOption.AllDirectories)
            .Select(System.IO.File.ReadAllText).Single();
        var begin = "// " + marker + ":begin";
        var start = thisFile.IndexOf(begin, System.StringComparison.Ordinal);
        var end = thisFile.IndexOf("        // " + marker + ":end", System.StringComparison.Ordinal);
        var snippet = thisFile[(start + begin.Length)..end].Trim('\r', '\n');
        var unindented = string.Join("\n", snippet.Split('\n').Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()));
        readme.Replace("\r\n", "\n").Should().Contain(unindented, "the document's snippet must be this test's code");
    }

    internal static string RepositoryRoot()
    {
        var dir = new System.IO.DirectoryInfo(System.AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "ConflictModel.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new System.InvalidOperationException("ConflictModel.sln not found above " + System.AppContext.BaseDirectory);
    }
}
