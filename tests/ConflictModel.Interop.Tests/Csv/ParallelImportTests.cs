using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Tests.Csv;

/// <summary>
/// <see cref="CsvImportOptions.MaxDegreeOfParallelism"/>: an import on several threads delivers exactly what the
/// same import on one thread delivers (batches, warnings, errors, progress, summary), including where the first
/// row naming an actor or a source defines it and a later row, mapped on another thread, names it differently.
/// </summary>
public class ParallelImportTests
{
    /// <summary>Two office names whose GED source ids collide (same slug prefix, same 32-bit FNV-1a hash); found by search.</summary>
    private const string CollidingA = "Regional Broadcasting Corporation of the Northern Provinces, desk JEDQA";
    private const string CollidingB = "Regional Broadcasting Corporation of the Northern Provinces, desk RGBAI";

    private enum Format
    {
        Ged,
        Acled,
    }

    [Theory]
    [InlineData(2, 50)]
    [InlineData(3, 7)]
    [InlineData(4, 1_000)]
    public async Task Ged_RealFileWithBadRows_SameAsOnOneThread(int threads, int batchSize)
    {
        var table = CsvTable.Ged()
            .With(100, "where_prec", "9")
            .With(101, "date_start", "2026-13-01")
            .With(900, "best", "many");
        var csv = table.ToCsv() + "1,2,3\n";

        var one = await Run(Format.Ged, csv, 1, batchSize, BadRowHandling.SkipAndReport);
        var many = await Run(Format.Ged, csv, threads, batchSize, BadRowHandling.SkipAndReport);

        one.Summary!.RowsRejected.Should().Be(4);
        one.Summary.WarningCount.Should().BePositive("the real file has suspicious values");
        one.Documents.Should().HaveCount((int)Math.Ceiling((table.Rows.Count - 3) / (double)batchSize));
        ShouldBeTheSame(many, one);
    }

    [Theory]
    [InlineData(2, 50)]
    [InlineData(3, 1_000)]
    public async Task Ged_RepeatedEventIds_WhoseRowsFirstNameAnActor_SameAsOnOneThread(int threads, int batchSize)
    {
        // Every 37th row repeats the event id of the row three before it and is the first to name actor 99900k;
        // a later row, on another thread's block, names that actor differently.
        var table = CsvTable.Ged(400);
        for (var i = 5; i + 70 < table.Rows.Count; i += 37)
        {
            table = table.With(i, "id", table.Get(i - 3, "id"))
                .With(i, "side_b_new_id", $"99900{i}").With(i, "side_b", $"Group first named on row {i}")
                .With(i + 70, "side_b_new_id", $"99900{i}").With(i + 70, "side_b", $"Group renamed on row {i + 70}");
        }

        var one = await Run(Format.Ged, table.ToCsv(), 1, batchSize, BadRowHandling.StopAtFirst);
        var many = await Run(Format.Ged, table.ToCsv(), threads, batchSize, BadRowHandling.StopAtFirst);

        one.Summary!.Warnings.Count(w => w.Code == "csv.duplicate-id").Should().BePositive();
        one.Documents.SelectMany(d => d.Actors).Where(a => a.Id.Value.StartsWith("ucdp-actor-99900", StringComparison.Ordinal))
            .Should().OnlyContain(a => a.Name.StartsWith("Group first named", StringComparison.Ordinal));
        one.Documents.Should().AllSatisfy(d => DatasetValidator.Default.Validate(d).AtLeast(ValidationSeverity.Error).Should().BeEmpty());
        ShouldBeTheSame(many, one);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Ged_ActorNamedDifferentlyInEveryRow_TheFirstRowDefinesIt(int threads)
    {
        var table = CsvTable.Ged(400);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            table = table.With(i, "side_a_new_id", "114").With(i, "side_a", $"Government of Iran {i}");
        }

        var one = await Run(Format.Ged, table.ToCsv(), 1, 100, BadRowHandling.StopAtFirst);
        var many = await Run(Format.Ged, table.ToCsv(), threads, 100, BadRowHandling.StopAtFirst);

        var iran = one.Documents.SelectMany(d => d.Actors).Where(a => a.Id == new ActorId("ucdp-actor-114")).Distinct().Should().ContainSingle().Subject;
        iran.Name.Should().Be("Government of Iran 0");
        one.Documents.SelectMany(d => d.Engagements).Skip(1).Should().OnlyContain(e => e.DatasetFields.Any(f => f.Name == "side_a"));
        ShouldBeTheSame(many, one);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Ged_SourceIdsThatCollide_TheFirstRowDefinesTheSource(int threads)
    {
        var table = CsvTable.Ged(300).With(0, "source_original", CollidingA);
        for (var i = 1; i < table.Rows.Count; i++)
        {
            table = table.With(i, "source_original", CollidingB);
        }

        var one = await Run(Format.Ged, table.ToCsv(), 1, 64, BadRowHandling.StopAtFirst);
        var many = await Run(Format.Ged, table.ToCsv(), threads, 64, BadRowHandling.StopAtFirst);

        var names = one.Documents.SelectMany(d => d.Sources).Where(s => s.Name.StartsWith("Regional Broadcasting", StringComparison.Ordinal)).Select(s => s.Name).Distinct();
        names.Should().Equal(CollidingA);
        one.Documents.SelectMany(d => d.Engagements).Skip(1).Should().OnlyContain(e => e.DatasetFields.Any(f => f.Name == "source_original" && f.Value == CollidingB));
        ShouldBeTheSame(many, one);
    }

    [Theory]
    [InlineData("acled-synthetic.csv", 2)]
    [InlineData("acled-hdx-synthetic.csv", 3)]
    public async Task Acled_ActorsWhoseTypeChangesFromRowToRow_SameAsOnOneThread(string file, int threads)
    {
        var table = CsvTable.Parse(TestFiles.Read(file));
        var hxl = table.Rows[0][0].StartsWith('#') ? table.Rows[0] : null;
        var data = table.Rows.Skip(hxl is null ? 0 : 1).ToList();
        string[] inters = ["State forces", "Rebel group", "Political militia", "Civilians", "External/Other forces"];
        var rows = new List<string[]>();
        for (var i = 0; i < 500; i++)
        {
            var row = (string[])data[i % data.Count].Clone();
            row[Array.IndexOf(table.Header, "event_id_cnty")] += "-" + i;
            row[Array.IndexOf(table.Header, "inter1")] = inters[i % inters.Length];
            rows.Add(row);
        }

        var csv = new CsvTable { Header = table.Header, Rows = hxl is null ? rows : [hxl, .. rows] }.ToCsv();

        var one = await Run(Format.Acled, csv, 1, 33, BadRowHandling.StopAtFirst);
        var many = await Run(Format.Acled, csv, threads, 33, BadRowHandling.StopAtFirst);

        one.Summary!.RowsImported.Should().Be(500);
        one.Summary.HxlRowSkipped.Should().Be(hxl is not null);
        one.Documents.SelectMany(d => d.Engagements).Skip(data.Count).Should().Contain(e => e.DatasetFields.Any(f => f.Name == "inter1"), "the first row that names an actor sets its kind");
        ShouldBeTheSame(many, one);
    }

    [Fact]
    public async Task StopAtFirst_BadRowLateInTheFile_SameBatchesErrorAndSummary()
    {
        var csv = CsvTable.Ged(700).With(450, "date_end", "yesterday").ToCsv();

        var one = await Run(Format.Ged, csv, 1, 100, BadRowHandling.StopAtFirst);
        var many = await Run(Format.Ged, csv, 3, 100, BadRowHandling.StopAtFirst);

        one.Failure.Should().NotBeNull();
        one.Failure!.Error.Line.Should().Be(one.Failure.Summary.Errors.Single().Line);
        one.Failure.Summary.RowsRead.Should().Be(451);
        one.Documents.Should().HaveCount(5, "the four full batches and the 50 rows before the bad one are delivered");
        ShouldBeTheSame(many, one);
        many.Failure!.Error.Should().Be(one.Failure.Error);
    }

    [Fact]
    public async Task BatchCallbackThatAwaits_IsWaitedFor_AndCalledOneAtATime()
    {
        var csv = CsvTable.Ged(600).ToCsv();
        var inside = 0;
        var overlapped = false;
        var documents = new List<DatasetDocument>();
        var options = new CsvImportOptions { FileName = "file.csv", BatchSize = 40, MaxDegreeOfParallelism = 3 };

        var summary = await GedImporter.ImportAsync(
            new StringReader(csv),
            async (document, cancellationToken) =>
            {
                overlapped |= Interlocked.Increment(ref inside) > 1;
                await Task.Delay(2, cancellationToken);
                documents.Add(document);
                Interlocked.Decrement(ref inside);
            },
            options);

        var one = await Run(Format.Ged, csv, 1, 40, BadRowHandling.StopAtFirst);
        overlapped.Should().BeFalse("the callback is never called again before it has completed");
        summary.Should().BeEquivalentTo(one.Summary, o => o.WithStrictOrdering());
        documents.Should().Equal(one.Documents);
    }

    [Fact]
    public async Task Cancelled_DuringAParallelImport_ThrowsAndStops()
    {
        using var cancel = new CancellationTokenSource();
        var batches = 0;
        var options = new CsvImportOptions { BatchSize = 10, MaxDegreeOfParallelism = 2 };

        var import = () => GedImporter.ImportAsync(
            new StringReader(CsvTable.Ged().ToCsv()),
            async (_, _) =>
            {
                if (++batches == 3)
                {
                    await cancel.CancelAsync();
                }
            },
            options,
            cancel.Token);

        await import.Should().ThrowAsync<OperationCanceledException>();
        batches.Should().Be(3, "no batch is delivered after the cancellation");
    }

    [Fact]
    public async Task BatchCallbackThrows_DuringAParallelImport_TheExceptionComesOut()
    {
        var options = new CsvImportOptions { BatchSize = 10, MaxDegreeOfParallelism = 3 };

        var import = () => GedImporter.ImportAsync(
            new StringReader(CsvTable.Ged().ToCsv()),
            (d, _) => throw new InvalidOperationException("the database is full"),
            options);

        await import.Should().ThrowAsync<InvalidOperationException>().WithMessage("the database is full");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task ReadingFails_PartWayThrough_TheIOExceptionComesOut(int threads)
    {
        var text = CsvTable.Ged().ToCsv();
        var options = new CsvImportOptions { BatchSize = 10, MaxDegreeOfParallelism = threads };

        var import = () => GedImporter.ImportAsync(new FailingReader(text, failAt: text.Length / 2), (_, _) => ValueTask.CompletedTask, options);

        await import.Should().ThrowAsync<IOException>().WithMessage("the disk went away");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    public async Task FilesOfAFewRows_AroundTheBlockSize_SameAsOnOneThread(int rows)
    {
        var csv = CsvTable.Ged(rows).ToCsv();

        var one = await Run(Format.Ged, csv, 1, 10, BadRowHandling.StopAtFirst);
        var many = await Run(Format.Ged, csv, 4, 10, BadRowHandling.StopAtFirst);

        one.Summary!.RowsRead.Should().Be(rows);
        ShouldBeTheSame(many, one);
    }

    [Fact]
    public void MaxDegreeOfParallelism_BelowOne_IsRejected()
    {
        var set = () => new CsvImportOptions { MaxDegreeOfParallelism = 0 };

        set.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxDegreeOfParallelism");
        new CsvImportOptions().MaxDegreeOfParallelism.Should().Be(1);
    }

    private static void ShouldBeTheSame(ImportRun actual, ImportRun expected)
    {
        actual.Documents.Should().HaveSameCount(expected.Documents);
        for (var i = 0; i < expected.Documents.Count; i++)
        {
            actual.Documents[i].Should().Be(expected.Documents[i], $"batch {i + 1} is the same on any number of threads");
        }

        actual.Progress.Should().Equal(expected.Progress);
        actual.Summary.Should().BeEquivalentTo(expected.Summary, o => o.WithStrictOrdering());
        actual.Failure?.Summary.Should().BeEquivalentTo(expected.Failure?.Summary, o => o.WithStrictOrdering());
    }

    private static async Task<ImportRun> Run(Format format, string csv, int threads, int batchSize, BadRowHandling badRows)
    {
        var documents = new List<DatasetDocument>();
        var progress = new List<ImportProgress>();
        var options = new CsvImportOptions
        {
            FileName = "file.csv",
            BatchSize = batchSize,
            BadRows = badRows,
            MaxDegreeOfParallelism = threads,
            Progress = new Recorder(progress),
        };
        ValueTask OnBatch(DatasetDocument document, CancellationToken cancellationToken)
        {
            documents.Add(document);
            return ValueTask.CompletedTask;
        }

        try
        {
            var summary = format == Format.Ged
                ? await GedImporter.ImportAsync(new StringReader(csv), OnBatch, options)
                : await AcledImporter.ImportAsync(new StringReader(csv), OnBatch, options);
            return new ImportRun(documents, progress, summary, null);
        }
        catch (CsvImportException ex)
        {
            return new ImportRun(documents, progress, null, ex);
        }
    }

    private sealed record ImportRun(List<DatasetDocument> Documents, List<ImportProgress> Progress, ImportSummary? Summary, CsvImportException? Failure);

    /// <summary>Records progress as it is reported (<see cref="Progress{T}"/> would post it to the thread pool).</summary>
    private sealed class Recorder(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }

    /// <summary>A reader whose source fails after <c>failAt</c> characters, as a network stream or a disk can.</summary>
    private sealed class FailingReader(string text, int failAt) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (_position >= failAt)
            {
                throw new IOException("the disk went away");
            }

            var n = Math.Min(Math.Min(buffer.Length, text.Length - _position), 4096);
            text.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
    }
}
