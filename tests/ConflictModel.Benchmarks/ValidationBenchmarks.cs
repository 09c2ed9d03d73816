using BenchmarkDotNet.Attributes;
using ConflictModel.Testing;
using ConflictModel.Validation;

namespace ConflictModel.Benchmarks;

/// <summary>
/// Validation of a large generated dataset: the whole document with <see cref="DatasetValidator.Validate"/>,
/// and the cost of the document index it builds. The issue asks that validating a document cost no more
/// than reading it from JSON; compare with the JSON reading benchmark on the same sizes.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/ConflictModel.Benchmarks -- --filter *ValidationBenchmarks* --job short</c>.</remarks>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private DatasetDocument _document = null!;

    /// <summary>Gets or sets the number of engagements in the generated document.</summary>
    [Params(10_000, 100_000)]
    public int Engagements { get; set; }

    /// <summary>Generates the document once per size (seed 42; deterministic).</summary>
    [GlobalSetup]
    public void Setup() => _document = DocumentGenerator.Generate(42, Engagements);

    /// <summary>Builds the document index alone, the part of validation shared with reconciliation.</summary>
    /// <returns>The index, so that the work is not optimised away.</returns>
    [Benchmark]
    public DocumentIndex Index() => new(_document);

    /// <summary>Validates the whole document with every rule.</summary>
    /// <returns>The report, so that the work is not optimised away.</returns>
    [Benchmark(Baseline = true)]
    public ValidationReport Validate() => DatasetValidator.Default.Validate(_document);
}
