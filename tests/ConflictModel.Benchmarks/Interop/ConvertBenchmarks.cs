using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ConflictModel.Interop.Formats;
using ConflictModel.Interop.Ged;
using ConflictModel.Interop.JsonLines;

namespace ConflictModel.Benchmarks.Interop;

/// <summary>
/// <c>convert</c> against the sum of its parts, side by side in one run, on a GED file made of the committed real
/// file's rows (<see cref="GedFileMultiplier"/>): the import alone, the writing alone (of documents the import
/// delivered, held in memory and written over and over up to the same number of engagements), and the conversion
/// (the import piped into the writing), GED → JSON Lines and GED → GED, all to <see cref="Stream.Null"/>, on every
/// core as the tool's default for large inputs. The target (issue 16): each conversion ≤ 1.3 × (import + writing). 100,000 rows
/// rather than the 300,000 keep a run within minutes on the shared machine; the ratio does not depend on the size (every part is linear).
/// </summary>
/// <remarks>Run with <c>dotnet run -c Release --project tests/ConflictModel.Benchmarks -- --filter '*ConvertBenchmarks*'</c>.</remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ConvertBenchmarks
{
    /// <summary>How many documents (batches of 1,000) of the import are held to measure the writing alone.</summary>
    private const int HeldBatches = 10;

    private readonly List<DatasetDocument> _held = [];
    private string _path = string.Empty;

    /// <summary>Gets or sets the number of rows of the generated file.</summary>
    [Params(100_000)]
    public int Rows { get; set; }

    /// <summary>Gets or sets the threads reading and writing: the tool's default for large inputs is every core.</summary>
    public int Threads { get; set; } = Environment.ProcessorCount;

    /// <summary>Writes the file and holds the first batches of its import.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"conflictmodel-convert-{Rows}.csv");
        if (!File.Exists(_path))
        {
            GedFileMultiplier.Write(_path, Rows);
        }

        using var input = File.OpenRead(_path);
        var enumerator = GedFormat.Instance.Read(input, Options()).GetAsyncEnumerator();
        while (_held.Count < HeldBatches && enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
        {
            _held.Add(enumerator.Current);
        }

        enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>The import alone: every document delivered and dropped.</summary>
    /// <returns>The engagements read.</returns>
    [Benchmark(Baseline = true)]
    public async Task<long> Import()
    {
        await using var input = File.OpenRead(_path);
        long engagements = 0;
        await foreach (var document in GedFormat.Instance.Read(input, Options()).ConfigureAwait(false))
        {
            engagements += document.Engagements.Count;
        }

        return engagements;
    }

    /// <summary>The JSON Lines writing alone, of as many engagements as the file holds.</summary>
    /// <returns>The engagements written.</returns>
    [Benchmark]
    public async Task<long> WriteJsonLines() =>
        (await JsonLinesFormat.Instance.WriteAsync(Held(), Stream.Null, new DatasetWriteOptions { MaxDegreeOfParallelism = Threads }).ConfigureAwait(false)).EngagementsWritten;

    /// <summary>The GED writing alone, of as many engagements as the file holds.</summary>
    /// <returns>The engagements written.</returns>
    [Benchmark]
    public async Task<long> WriteGed() =>
        (await GedFormat.Instance.WriteAsync(Held(), Stream.Null).ConfigureAwait(false)).EngagementsWritten;

    /// <summary>GED → JSON Lines: the import piped into the writing.</summary>
    /// <returns>The engagements written.</returns>
    [Benchmark]
    public async Task<long> GedToJsonLines()
    {
        await using var input = File.OpenRead(_path);
        var reading = GedFormat.Instance.Read(input, Options(uniqueIds: true));
        return (await JsonLinesFormat.Instance.WriteAsync(reading, Stream.Null, new DatasetWriteOptions { MaxDegreeOfParallelism = Threads }).ConfigureAwait(false)).EngagementsWritten;
    }

    /// <summary>GED → GED: the import piped into the writing.</summary>
    /// <returns>The engagements written.</returns>
    [Benchmark]
    public async Task<long> GedToGed()
    {
        await using var input = File.OpenRead(_path);
        var reading = GedFormat.Instance.Read(input, Options());
        return (await GedFormat.Instance.WriteAsync(reading, Stream.Null).ConfigureAwait(false)).EngagementsWritten;
    }

    private DatasetReadOptions Options(bool uniqueIds = false) => new() { MaxDegreeOfParallelism = Threads, UniqueIdsAcrossBatches = uniqueIds };

    /// <summary>The held documents again and again, up to <see cref="Rows"/> engagements.</summary>
    private async IAsyncEnumerable<DatasetDocument> Held([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long engagements = 0;
        while (engagements < Rows)
        {
            foreach (var document in _held)
            {
                cancellationToken.ThrowIfCancellationRequested();
                engagements += document.Engagements.Count;
                yield return document;
                if (engagements >= Rows)
                {
                    yield break;
                }
            }
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
