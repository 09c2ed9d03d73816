using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ConflictModel.Interop.Problems;
using ConflictModel.Validation;

namespace ConflictModel.Cli.Tests.Schema;

/// <summary>
/// The one problem catalogue against the code: every code a source file reports is listed, every listed code is
/// reported somewhere, and docs/problem-codes.md is what <c>conflictmodel docs</c> generates from it. Refresh the
/// page with <c>dotnet run --project src/ConflictModel.Cli -- docs --out docs</c>.
/// </summary>
public partial class ProblemCatalogueTests
{
    /// <summary>The files that define the codes: a code listed only here is used nowhere.</summary>
    private static readonly string[] CatalogueFiles = ["ProblemCatalogue.cs", "ProblemCodes.cs"];

    [Fact]
    public void EveryCodeUsedInTheSources_IsInTheCatalogue_AndEveryListedCodeIsUsed()
    {
        var sources = Directory.EnumerateFiles(Repository.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var used = sources
            .Where(f => !CatalogueFiles.Contains(Path.GetFileName(f)))
            .SelectMany(f => CodeLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups["code"].Value))
            .ToHashSet(StringComparer.Ordinal);
        var listed = ProblemCatalogue.All.Select(c => c.Code).ToList();

        used.Should().NotBeEmpty();
        used.Where(c => ProblemCatalogue.Find(c) is null).Should().BeEmpty("every code a problem is reported under must be in the catalogue, with its meaning and fix");
        listed.Where(c => !used.Contains(c)).Should().BeEmpty("a listed code that nothing reports is a stale entry");
    }

    [Fact]
    public void Catalogue_CodesAreUnique_WellFormed_AndDescribed()
    {
        var codes = ProblemCatalogue.All;

        codes.Select(c => c.Code).Should().OnlyHaveUniqueItems();
        codes.Should().AllSatisfy(c =>
        {
            c.Code.Should().MatchRegex(@"^(CM[1-3]\d{3}|[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*)$");
            c.Meaning.Should().NotBeNullOrWhiteSpace();
            c.Fix.Should().NotBeNullOrWhiteSpace();
            ProblemCatalogue.Find(c.Code).Should().BeSameAs(c);
        });
        codes.Where(c => c.Area == "validation").Select(c => (c.Code, c.Severity)).Should().Equal(ValidationRules.All.Select(r => (r.Code, r.Severity)), "the CM codes are the validator's rules");
        ProblemCatalogue.Find("ged.high-below-best")!.Severity.Should().Be(ValidationSeverity.Warning);
        ProblemCatalogue.Find("csv.not-an-integer")!.Severity.Should().Be(ValidationSeverity.Error);
        ProblemCatalogue.Find("nope.nothing").Should().BeNull();
        ProblemCatalogue.Find(null).Should().BeNull();
    }

    [Fact]
    public void ProblemCodesPage_CommittedFileIsWhatTheDocsCommandWrites()
    {
        using var directory = new TempDirectory();

        var result = Cli.Run("docs", "--page", "problem-codes", "--out", directory.Path);

        result.ExitCode.Should().Be(0, result.Error);
        var generated = File.ReadAllText(Path.Combine(directory.Path, DocumentationFiles.ProblemCodesFileName));
        var committed = File.ReadAllText(Repository.PathOf("docs", DocumentationFiles.ProblemCodesFileName));
        generated.Should().Be(committed, "docs/problem-codes.md is generated: refresh it with `dotnet run --project src/ConflictModel.Cli -- docs --out docs` and commit it");
        foreach (var code in ProblemCatalogue.All)
        {
            committed.Should().Contain($"| {code.Code} | {code.Severity} |");
        }
    }

    [GeneratedRegex(@"""(?<code>CM[1-3]\d{3}|(?:csv|ged|acled|api|json|merge|export|format|io|wikipedia|match)\.[a-z0-9]+(?:-[a-z0-9]+)*)""")]
    private static partial Regex CodeLiteral();
}
