using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ConflictModel.Tables.Tests;

/// <summary>docs/analysis.md documents every column of every table, in order, and its DuckDB example is the query the tests run.</summary>
public class DocsTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "analysis.md"));

    /// <summary>The SQL block that follows the <c>&lt;!-- duckdb-example --&gt;</c> marker.</summary>
    public static string DuckDbExample()
    {
        var match = Regex.Match(Page, @"<!-- duckdb-example -->\s*```sql\n(?<sql>.*?)```", RegexOptions.Singleline);
        match.Success.Should().BeTrue("docs/analysis.md marks its DuckDB example with <!-- duckdb-example -->");
        return match.Groups["sql"].Value;
    }

    [Theory]
    [MemberData(nameof(GedTablesTests.Tables), MemberType = typeof(GedTablesTests))]
    public void AnalysisPage_DocumentsEveryColumn_InOrder(string name)
    {
        var section = Regex.Match(Page, $@"^#### `{name}`\n(?<body>.*?)(?=^#)", RegexOptions.Singleline | RegexOptions.Multiline);
        section.Success.Should().BeTrue($"docs/analysis.md has a '#### `{name}`' section");
        var documented = Regex.Matches(section.Groups["body"].Value, @"^\| `(?<column>[a-z0-9_]+)` \| (?<type>[a-z0-9]+) \|", RegexOptions.Multiline)
            .Select(m => (m.Groups["column"].Value, m.Groups["type"].Value)).ToList();
        var schema = TidySchemas.All.Single(t => t.Name == name);

        documented.Should().Equal(schema.Columns.Select(c => (c.Name, c.Type.ToString().ToLowerInvariant())));
    }
}
