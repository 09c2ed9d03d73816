using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Formats;
using ConflictModel.Interop.Ged;

namespace ConflictModel.Interop.Tests.Csv;

/// <summary>
/// <see cref="DatasetWriteOptions.MaxDegreeOfParallelism"/> for the CSV formats: documents are turned into rows on
/// several threads and written in order, so the bytes, the notes (and their order) and the summary are those of the
/// same write on one thread.
/// </summary>
public class ParallelExportTests
{
    [Theory]
    [InlineData("ged", 2, 40)]
    [InlineData("ged", 4, 7)]
    [InlineData("acled", 3, 40)]
    public async Task RealGedFile_WrittenOnSeveralThreads_IsByteForByteTheOneThreadWrite(string format, int threads, int batchSize)
    {
        // Every third engagement gets a result summary, which neither CSV format holds: each is a note to keep in order.
        var documents = (await ReadGed(batchSize))
            .Select(d => d with { Engagements = [.. d.Engagements.Select((e, i) => i % 3 == 0 ? e with { ResultSummary = "Held by " + e.Id.Value } : e)] })
            .ToList();
        documents.Should().HaveCountGreaterThan(threads * 2, "several documents must be in flight at once");

        var (oneBytes, oneNotes, one) = await Write(format, documents, 1);
        var (manyBytes, manyNotes, many) = await Write(format, documents, threads);

        one.EngagementsWritten.Should().Be(documents.Sum(d => d.Engagements.Count));
        oneNotes.Should().HaveCountGreaterThanOrEqualTo(documents.Sum(d => d.Engagements.Count) / 3, "each result summary is noted");
        manyBytes.Should().Equal(oneBytes);
        manyNotes.Should().Equal(oneNotes);
        many.Should().BeEquivalentTo(one);
    }

    [Fact]
    public async Task SourceThatFailsMidway_OnSeveralThreads_PassesItsExceptionOn()
    {
        var documents = await ReadGed(50);

        var write = () => GedFormat.Instance.WriteAsync(FailingAfter(documents, 5), new MemoryStream(), new DatasetWriteOptions { MaxDegreeOfParallelism = 3 });

        (await write.Should().ThrowAsync<InvalidOperationException>()).WithMessage("the sixth document cannot be read");
    }

    private static async Task<List<DatasetDocument>> ReadGed(int batchSize)
    {
        await using var input = File.OpenRead(TestFiles.Ged);
        var documents = new List<DatasetDocument>();
        await foreach (var document in GedFormat.Instance.Read(input, new DatasetReadOptions { Name = "ged.csv", BatchSize = batchSize }))
        {
            documents.Add(document);
        }

        return documents;
    }

    private static async Task<(byte[] Bytes, List<string> Notes, DatasetWriteSummary Summary)> Write(string format, IReadOnlyList<DatasetDocument> documents, int threads)
    {
        var notes = new List<string>();
        using var output = new MemoryStream();
        var target = FormatRegistry.Default.Find(format)!;
        var summary = await target.WriteAsync(Stream(documents), output, new DatasetWriteOptions { MaxDegreeOfParallelism = threads, OnNote = n => notes.Add(n.ToString()) });
        return (output.ToArray(), notes, summary);
    }

    private static async IAsyncEnumerable<DatasetDocument> Stream(IReadOnlyList<DatasetDocument> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }

    private static async IAsyncEnumerable<DatasetDocument> FailingAfter(IReadOnlyList<DatasetDocument> documents, int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var document in documents.Take(count))
        {
            await Task.Yield();
            yield return document;
        }

        cancellationToken.ThrowIfCancellationRequested();
        throw new InvalidOperationException("the sixth document cannot be read");
    }
}
