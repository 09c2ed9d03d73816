using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Formats;
using ConflictModel.Interop.GeoJson;
using ConflictModel.Tables;
using ConflictModel.Validation;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// <c>conflictmodel export IN --to parquet|tables-csv|geojson OUT [--partition-by year]</c>: the tidy tables
/// (<see cref="TidyTableExporter"/>) or the sites' GeoJSON (<see cref="SiteGeoJsonWriter"/>) of any file the registry reads.
/// </summary>
internal static class ExportCommand
{
    /// <summary>The values of <c>--to</c>.</summary>
    internal static readonly string[] Targets = ["parquet", "tables-csv", "geojson"];

    /// <summary>Creates the command.</summary>
    /// <returns>A new command.</returns>
    internal static Command Create()
    {
        var registry = FormatRegistry.Default;
        var readable = registry.Formats.Where(f => f.CanRead).Select(f => f.Name).ToArray();
        var to = new Option<string>("--to")
        {
            Description = "What to write: parquet (the seven tidy tables as Parquet files in the folder OUT), tables-csv (the same tables as CSV files) or geojson (a FeatureCollection of the sites with coordinates, in the file OUT). The tables' columns are in docs/analysis.md.",
            Required = true,
            HelpName = string.Join('|', Targets),
        };
        to.AcceptOnlyFromAmong(Targets);
        var partition = new Option<string>("--partition-by")
        {
            Description = "Split each table by the year its engagement starts in, in hive-style folders (engagements/year=2025/part-0.parquet) that DuckDB, Spark, pandas and R's arrow read as a year column. Only for parquet and tables-csv.",
            HelpName = "year",
        };
        partition.AcceptOnlyFromAmong("year");
        var from = new Option<string>("--from")
        {
            Description = "The input format: auto (the default: the file's first bytes decide) or " + string.Join(", ", readable) + ".",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|" + string.Join('|', readable),
        };
        from.AcceptOnlyFromAmong(["auto", .. readable]);
        var badRows = new Option<string>("--bad-rows")
        {
            Description = "What to do with a CSV row or JSON Lines line that cannot be read, as in convert: stop (at the first; exit code 2) or skip (leave it out, export the rest, exit code 1). Either way each bad row is printed on standard error.",
            DefaultValueFactory = _ => "stop",
            HelpName = "stop|skip",
        };
        badRows.AcceptOnlyFromAmong("stop", "skip");
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "How many engagements a GED or ACLED import reads before handing them on to the export; memory is bounded by a batch and a row group per table.",
            DefaultValueFactory = _ => 1000,
            HelpName = "N",
        }.AtLeastOne();
        var reasoning = new Option<bool>("--reasoning")
        {
            Description = "Fill the reconciled table's reasoning column with each step of every reconciliation (which estimate set the low and the high, which were set aside and why). Without it the column is empty and the export is several times faster; the ranges are the same.",
        };
        var input = new Argument<string>("IN")
        {
            Description = "The file to read (any format the registry reads: GED or ACLED CSV, JSON, JSON Lines), or - for standard input.",
        }.RejectOptionLikeNames();
        var output = new Argument<string>("OUT")
        {
            Description = "The folder to write the tables into (created if needed; existing table files are replaced), or for geojson the file to write.",
        }.RejectOptionLikeNames();

        var command = new Command("export", "Export a dataset for analysis tools: the tidy tables (engagements, sides, sites, figures, estimates, statements, reconciled) as Parquet or CSV, optionally partitioned by year, or the sites as GeoJSON. Streams: CSV is imported in batches and written as it comes. Standard error gets each bad row in one located line, the import summary, and a line of counts (engagements read, rows written per table, or features written and sites without coordinates). Exit code: 0 exported, 1 when --bad-rows skip left rows or lines out, 2 when the command line is wrong or the input cannot be read or has a bad row under --bad-rows stop (the default).")
        {
            to,
            partition,
            from,
            badRows,
            batchSize,
            reasoning,
            input,
            output,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var configuration = result.InvocationConfiguration;
            var request = new ExportRequest(
                result.GetValue(to)!,
                result.GetValue(partition) == "year",
                result.GetValue(from)!,
                result.GetValue(badRows) == "skip",
                result.GetValue(batchSize),
                result.GetValue(reasoning),
                result.GetRequiredValue(input),
                result.GetRequiredValue(output));
            return await RunAsync(request, registry, configuration.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Runs the export and prints its problems and summary on <paramref name="error"/>.</summary>
    private static async Task<int> RunAsync(ExportRequest request, FormatRegistry registry, TextWriter error, CancellationToken cancellationToken)
    {
        if (request.PartitionByYear && request.To == "geojson")
        {
            error.WriteLine($"{CommandLine.Name}: --partition-by is for the tables (--to parquet or tables-csv), not geojson.");
            return ExitCodes.UsageError;
        }

        if (await DatasetInput.OpenAsync(request.Input, request.From, registry, error, null, cancellationToken).ConfigureAwait(false) is not var (stream, source, name))
        {
            return ExitCodes.Unreadable;
        }

        await using (stream.ConfigureAwait(false))
        {
            var reading = source.Read(stream, new DatasetReadOptions
            {
                Name = name,
                BadRecords = request.SkipBadRows ? BadRowHandling.SkipAndReport : BadRowHandling.StopAtFirst,
                BatchSize = request.BatchSize,
                OnProblem = p =>
                {
                    if (p.Severity == ValidationSeverity.Error)
                    {
                        error.WriteLine(p.ToString());
                    }
                },
            });
            string counts;
            try
            {
                counts = request.To == "geojson"
                    ? await WriteGeoJsonAsync(reading, request.Output, error, cancellationToken).ConfigureAwait(false)
                    : await WriteTablesAsync(reading, request, cancellationToken).ConfigureAwait(false);
            }
            catch (DatasetReadException e)
            {
                error.WriteLine(e.Problem.ToString());
                WriteReadSummary(e.Summary, error);
                return ExitCodes.Unreadable;
            }

            WriteReadSummary(reading.Summary, error);
            error.WriteLine(counts);
            return reading.Summary.RecordsRejected > 0 ? ExitCodes.RowsRejected : ExitCodes.Success;
        }
    }

    private static async Task<string> WriteTablesAsync(DatasetReading reading, ExportRequest request, CancellationToken cancellationToken)
    {
        var summary = await TidyTableExporter.ExportAsync(
            reading,
            request.Output,
            new TableExportOptions { Format = request.To == "tables-csv" ? TableFileFormat.Csv : TableFileFormat.Parquet, PartitionByYear = request.PartitionByYear, IncludeReasoning = request.Reasoning },
            cancellationToken).ConfigureAwait(false);
        var rows = string.Join(", ", summary.RowsPerTable.Select(p => p.Key + " " + N(p.Value)));
        return $"{request.Output}: {Count(summary.Engagements, "engagement")} read; rows written: {rows} ({Count(summary.Files.Count, "file")})";
    }

    private static async Task<string> WriteGeoJsonAsync(DatasetReading reading, string output, TextWriter error, CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(output)) is { } directory && !Directory.Exists(directory))
        {
            throw new IOException($"cannot write {output}: the directory {directory} does not exist.");
        }

        GeoJsonSummary summary;
        await using (var stream = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: false))
        {
            summary = await SiteGeoJsonWriter.WriteAsync(reading, stream, cancellationToken).ConfigureAwait(false);
        }

        foreach (var site in summary.SitesWithoutCoordinates.Take(20))
        {
            error.WriteLine($"{output}: no coordinates, no feature: engagement {site.EngagementId}, site {site.SiteId} ({site.SiteName})");
        }

        if (summary.SitesWithoutCoordinates.Count > 20)
        {
            error.WriteLine($"{output}: … and {N(summary.SitesWithoutCoordinates.Count - 20)} more sites without coordinates");
        }

        return $"{output}: {Count(summary.Engagements, "engagement")} read; {Count(summary.Features, "feature")} written; {Count(summary.SitesWithoutCoordinates.Count, "site")} without coordinates";
    }

    private static void WriteReadSummary(ReadSummary summary, TextWriter error)
    {
        if (summary.Csv is { } csv)
        {
            error.WriteLine($"{summary.Name}: {Count(csv.RowsRead, "row")} read: {N(csv.RowsImported)} imported, {N(csv.RowsRejected)} rejected, {Count(csv.WarningCount, "warning")}");
        }
        else
        {
            error.WriteLine($"{summary.Name}: {Count(summary.RecordsRead, summary.RecordKind)} read: {N(summary.RecordsImported)} exported, {N(summary.RecordsRejected)} rejected");
        }
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Count(long n, string noun) => N(n) + " " + noun + (n == 1 ? string.Empty : "s");

    /// <summary>What <c>export</c> is asked to do.</summary>
    private sealed record ExportRequest(string To, bool PartitionByYear, string From, bool SkipBadRows, int BatchSize, bool Reasoning, string Input, string Output);
}
