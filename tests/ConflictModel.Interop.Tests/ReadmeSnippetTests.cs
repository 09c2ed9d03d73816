using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Interop.Ged;
using ConflictModel.Interop.Wikipedia;

namespace ConflictModel.Interop.Tests;

/// <summary>The README's interop snippet, verbatim between the markers, so that it always compiles and runs.</summary>
public class ReadmeSnippetTests
{
    [Fact]
    public async Task InteropSnippet_RunsAndIsInTheReadme()
    {
        var gedCsvPath = TestFiles.Ged;
        var document = Timbuktu2025.TimbuktuAttack.Build();

        // README3:begin
        var ged = await GedImporter.ImportFileAsync(gedCsvPath);                  // UCDP GED CSV: ged.Document, ged.Summary
        var parsed = CasualtyParser.Parse("30–60+ killed<br />6–14 killed");      // Wikipedia casualty strings into estimates
        var wikitext = InfoboxRenderer.Render(document, document.Engagements[0]); // an engagement as an infobox
        // README3:end

        ged.Document.Engagements.Count.Should().Be(1675);
        parsed.Estimates.Should().HaveCount(2);
        parsed.IsComplete.Should().BeTrue();
        wikitext.Should().Contain("30–60+ killed");

        var root = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "ConflictModel.sln")))
        {
            root = root.Parent!;
        }

        var source = File.ReadAllText(Path.Combine(root.FullName, "tests", "ConflictModel.Interop.Tests", "ReadmeSnippetTests.cs"));
        var start = source.IndexOf("// README3:begin", System.StringComparison.Ordinal) + "// README3:begin".Length;
        var end = source.IndexOf("        // README3:end", System.StringComparison.Ordinal);
        var snippet = string.Join("\n", source[start..end].Trim('\r', '\n').Split('\n').Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()));
        File.ReadAllText(Path.Combine(root.FullName, "README.md")).Replace("\r\n", "\n").Should().Contain(snippet);
    }
}
