using BenchmarkDotNet.Attributes;
using ConflictModel.Json;
using ConflictModel.Testing;
using ConflictModel.Validation;

namespace ConflictModel.Benchmarks;

/// <summary>
/// Validation of a large generated dataset: the whole document with <see cref="DatasetValidator.Validate"/>,
/// the cost of the document index it builds, and reading the same document from its JSON in the same run:
/// the issue asks that validating a document cost no more than reading it.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/ConflictModel.Benchmarks -- --filter *ValidationBenchmarks* --job short</c>.</remarks>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private DatasetDocument _document = null!;
    private byte[] _json = null!;

    /// <summary>Gets or sets the number of engagements in the generated document.</summary>
    [Params(10_000, 100_000)]
    public int Engagements { get; set; }

    /// <summary>Generates the document once per size (seed 42; deterministic).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = DocumentGenerator.Generate(42, Engagements);
        _json = DatasetJson.WriteUtf8(_document);
    }

    /// <summary>Builds the document index alone, the part of validation shared with reconciliation.</summary>
    /// <returns>The index, so that the work is not optimised away.</returns>
    [Benchmark]
    public DocumentIndex Index() => new(_document);

    /// <summary>Validates the whole document with every rule.</summary>
    /// <returns>The report, so that the work is not optimised away.</returns>
    [Benchmark(Baseline = true)]
    public ValidationReport Validate() => DatasetValidator.Default.Validate(_document);

    /// <summary>Reads the same document from its UTF-8 JSON: the yardstick validation is held to.</summary>
    /// <returns>The document read.</returns>
    [Benchmark]
    public DatasetDocument ReadJson() => DatasetJson.ReadUtf8(_json);
}
