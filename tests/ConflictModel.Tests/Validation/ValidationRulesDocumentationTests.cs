using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Validation;

public partial class ValidationRulesDocumentationTests
{
    [Fact]
    public void Documentation_ListsExactlyTheCodesOfTheCatalogue_WithTheirSeverities()
    {
        var markdown = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "validation-rules.md"));
        var documented = TableRow().Matches(markdown).Select(m => (Code: m.Groups["code"].Value, Severity: m.Groups["severity"].Value)).ToList();

        documented.Select(d => d.Code).Should().OnlyHaveUniqueItems();
        documented.Should().BeEquivalentTo(ValidationRules.All.Select(r => (r.Code, Severity: r.Severity.ToString())));
    }

    [Fact]
    public void Catalogue_CodesAreUniqueOrderedAndNumberedByCategory()
    {
        var codes = ValidationRules.All.Select(r => r.Code).ToList();

        codes.Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
        foreach (var rule in ValidationRules.All)
        {
            rule.Code.Should().MatchRegex("^CM[1-3][0-9]{3}$");
            rule.Code[2].Should().Be((char)('0' + (int)rule.Category), rule.ToString());
            ValidationRules.Find(rule.Code).Should().BeSameAs(rule);
            new[] { rule.Checks, rule.Example, rule.Fix }.Should().AllSatisfy(text => text.Should().NotBeNullOrWhiteSpace());
        }

        ValidationRules.Find("CM9999").Should().BeNull();
        ValidationRules.Find(null).Should().BeNull();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ConflictModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ConflictModel.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^\| (?<code>CM\d{4}) \| (?<severity>\w+) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
