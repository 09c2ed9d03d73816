using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Analysis;
using ConflictModel.Figures;
using ConflictModel.Interop.Ged;

namespace ConflictModel.Interop.Tests.Analysis;

/// <summary>
/// The aggregation of the committed real GED file equals the sums of the file's own <c>low</c>, <c>best</c> and
/// <c>high</c> columns, computed here straight from the CSV: per month and country under the best-estimate policy.
/// The 8 rows whose own values contradict each other (a best outside low–high, or a low above the high) are left to
/// a test of their own: the policy resolves them by its documented rule, within the values the row gives.
/// </summary>
public class GedAggregationTests
{
    [Fact]
    public async Task RealGedFile_ByMonthAndCountry_EqualsTheFilesOwnSums()
    {
        var table = CsvTable.Ged();
        var imported = (await GedImporter.ImportFileAsync(TestFiles.Ged)).Document;
        var consistent = Enumerable.Range(0, table.Rows.Count).Where(i => Consistent(table, i)).ToList();
        var document = imported with { Engagements = [.. consistent.Select(i => imported.Engagements[i])] };

        var result = EngagementAggregator.Aggregate(document, ByMonthAndCountry);

        // The file's country_id (Gleditsch-Ward) names the country; the import's ISO code for it is read off the documents,
        // and must be one code per country_id, so that grouping by either gives the same groups.
        var iso = table.Rows.Select((row, i) => (Gw: table.Get(i, "country_id"), Code: imported.Engagements[i].Sites.Single().Administrative?.CountryCode))
            .Distinct().ToList();
        iso.GroupBy(p => p.Gw).Should().AllSatisfy(g => g.Should().ContainSingle());
        var codeOf = iso.ToDictionary(p => p.Gw, p => p.Code);

        var expected = new Dictionary<string, (int Events, long Low, long Best, long High)>(StringComparer.Ordinal);
        foreach (var i in consistent)
        {
            var (start, end) = (Month(table.Get(i, "date_start")), Month(table.Get(i, "date_end")));
            var key = (start == end ? start : "?") + "," + (codeOf[table.Get(i, "country_id")] ?? "?");
            var (best, low, high) = (Count(table.Get(i, "best")), Count(table.Get(i, "low")), Count(table.Get(i, "high")));
            var sums = expected.GetValueOrDefault(key);
            expected[key] = (sums.Events + 1, sums.Low + low, sums.Best + best, sums.High + high);
        }

        result.Rows.Should().HaveCountGreaterThan(10, "the file spans several months and countries");
        result.Rows.ToDictionary(r => string.Join(",", r.Keys.Select(k => k ?? "?")), r => (r.Engagements, r.Low, r.Best, r.High))
            .Should().BeEquivalentTo(expected);
        result.Total.Engagements.Should().Be(consistent.Count).And.Be(table.Rows.Count - 8);
        result.Rows.Should().OnlyContain(r => !r.HighOpen);
    }

    [Fact]
    public async Task RealGedFile_RowsThatContradictThemselves_AreCountedWithinTheirOwnValues()
    {
        var table = CsvTable.Ged();
        var imported = (await GedImporter.ImportFileAsync(TestFiles.Ged)).Document;

        foreach (var i in Enumerable.Range(0, table.Rows.Count).Where(i => !Consistent(table, i)))
        {
            var values = CountColumns.Select(c => Count(table.Get(i, c))).ToArray();
            var row = EngagementAggregator.Aggregate(imported with { Engagements = [imported.Engagements[i]] }, ByMonthAndCountry).Total;

            new[] { row.Low, row.Best, row.High }.Should().AllSatisfy(v => v.Should().BeInRange(values.Min(), values.Max()), $"row {i + 2} gives {string.Join("/", values)}");
            row.Low.Should().BeLessThanOrEqualTo(row.Best).And.BeLessThanOrEqualTo(row.High);
        }
    }

    private static readonly string[] CountColumns = ["low", "best", "high"];

    private static readonly AggregationOptions ByMonthAndCountry = new()
    {
        Measure = Measure.Killed,
        Policy = ReconciliationPolicy.BestEstimate,
        Keys = [GroupKey.Month, GroupKey.Country],
    };

    private static bool Consistent(CsvTable table, int row) =>
        Count(table.Get(row, "low")) <= Count(table.Get(row, "best")) && Count(table.Get(row, "best")) <= Count(table.Get(row, "high"));

    private static string Month(string date) => date[..7];

    private static long Count(string value) => long.Parse(value, CultureInfo.InvariantCulture);
}
