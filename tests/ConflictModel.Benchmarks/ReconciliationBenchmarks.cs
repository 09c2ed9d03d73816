using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ConflictModel.Figures;
using ConflictModel.Json;
using ConflictModel.Testing;

namespace ConflictModel.Benchmarks;

/// <summary>
/// Reconciling every figure of a large generated document (with revisions, grades, parts and approximate
/// ranges) under each built-in policy, against reading the same document from its JSON in the same run:
/// the target is at most 0.5× the reading time per policy.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/ConflictModel.Benchmarks -- --filter *ReconciliationBenchmarks* --job short</c>.</remarks>
[MemoryDiagnoser]
public class ReconciliationBenchmarks
{
    private DatasetDocument _document = null!;
    private byte[] _json = null!;

    /// <summary>Gets or sets the number of engagements in the generated document.</summary>
    [Params(100_000)]
    public int Engagements { get; set; }

    /// <summary>Generates the document once per size (seed 42; deterministic).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = DocumentGenerator.Generate(42, Engagements);
        _json = DatasetJson.WriteUtf8(_document);
    }

    /// <summary>Reads the document from its UTF-8 JSON: the yardstick.</summary>
    /// <returns>The document read.</returns>
    [Benchmark(Baseline = true)]
    public DatasetDocument ReadJson() => DatasetJson.ReadUtf8(_json);

    /// <summary>Reconciles every figure under the full-range policy, index included.</summary>
    /// <returns>The number of figures reconciled.</returns>
    [Benchmark]
    public int FullRange() => ReconcileAll(ReconciliationPolicy.FullRange);

    /// <summary>Reconciles every figure under the conservative policy, index included.</summary>
    /// <returns>The number of figures reconciled.</returns>
    [Benchmark]
    public int Conservative() => ReconcileAll(ReconciliationPolicy.Conservative);

    /// <summary>Reconciles every figure under the best-estimate policy, index included.</summary>
    /// <returns>The number of figures reconciled.</returns>
    [Benchmark]
    public int BestEstimate() => ReconcileAll(ReconciliationPolicy.BestEstimate);

    private int ReconcileAll(ReconciliationPolicy policy)
    {
        var index = new DocumentIndex(_document);
        var count = 0;
        foreach (var engagement in _document.Engagements)
        {
            IReadOnlyList<ReconciledFigure> results = FigureReconciler.ReconcileAll(new ReconciliationContext(index, engagement), policy);
            count += results.Count;
        }

        return count;
    }
}
