using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ConflictModel.Json;
using ConflictModel.Testing;

namespace ConflictModel.Benchmarks.Json;

/// <summary>
/// Reading and writing one generated dataset document of 10,000 engagements: ours (a hand-written reader
/// over <see cref="Utf8JsonReader"/>; writing through source-generated System.Text.Json metadata),
/// reflection-based System.Text.Json with the same options and converters,
/// Newtonsoft.Json set up for the same format, and a raw <see cref="Utf8JsonReader"/> token scan of the
/// same bytes (the floor). Every reader reads the same bytes; the setup checks that every reader gives
/// the original document back and every writer gives a document ours reads back equal.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonBenchmarks
{
    private DatasetDocument _document = null!;
    private byte[] _utf8 = null!;
    private string _text = null!;
    private JsonTypeInfo<DatasetDocument> _reflection = null!;
    private Newtonsoft.Json.JsonSerializer _newtonsoft = null!;

    /// <summary>Gets or sets the number of engagements in the document.</summary>
    [Params(10_000)]
    public int Engagements { get; set; }

    /// <summary>Builds the document, its JSON, the other serializers, and checks they all agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = DocumentGenerator.Generate(2025, Engagements);
        _utf8 = DatasetJson.WriteUtf8(_document);
        _text = Encoding.UTF8.GetString(_utf8);

        var reflection = JsonFormat.CreateOptions(new DefaultJsonTypeInfoResolver());
        _reflection = (JsonTypeInfo<DatasetDocument>)reflection.GetTypeInfo(typeof(DatasetDocument));
        _newtonsoft = Newtonsoft.Json.JsonSerializer.Create(NewtonsoftSettings.Create());

        Check(DeserializeOurs(), "ours");
        Check(DeserializeReflection(), "reflection System.Text.Json");
        Check(DeserializeNewtonsoft(), "Newtonsoft.Json");
        Check(DatasetJson.ReadUtf8(SerializeReflection()), "reflection System.Text.Json's output");
        Check(DatasetJson.Read(SerializeNewtonsoft()), "Newtonsoft.Json's output");
        Console.WriteLine($"// document: {_utf8.Length:N0} bytes of JSON, {RawTokenScan():N0} tokens");
    }

    /// <summary>Our reader: <see cref="DatasetJson.ReadUtf8"/>.</summary>
    /// <returns>The document.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Deserialize")]
    public DatasetDocument DeserializeOurs() => DatasetJson.ReadUtf8(_utf8);

    /// <summary>Reflection-based System.Text.Json, same options and converters.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    [BenchmarkCategory("Deserialize")]
    public DatasetDocument DeserializeReflection() => JsonSerializer.Deserialize(_utf8, _reflection)!;

    /// <summary>Newtonsoft.Json from the same text.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    [BenchmarkCategory("Deserialize")]
    public DatasetDocument DeserializeNewtonsoft()
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(_text));
        return _newtonsoft.Deserialize<DatasetDocument>(reader)!;
    }

    /// <summary>The floor: every token of the same bytes read by <see cref="Utf8JsonReader"/>, nothing built.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark]
    [BenchmarkCategory("Deserialize")]
    public int RawTokenScan()
    {
        var reader = new Utf8JsonReader(_utf8);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>Our writer: <see cref="DatasetJson.WriteUtf8"/>.</summary>
    /// <returns>The UTF-8 bytes.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Serialize")]
    public byte[] SerializeOurs() => DatasetJson.WriteUtf8(_document);

    /// <summary>Reflection-based System.Text.Json, same options, converters and writer settings.</summary>
    /// <returns>The UTF-8 bytes.</returns>
    [Benchmark]
    [BenchmarkCategory("Serialize")]
    public byte[] SerializeReflection()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, JsonFormat.IndentedWriter))
        {
            JsonSerializer.Serialize(writer, _document, _reflection);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Newtonsoft.Json to text.</summary>
    /// <returns>The JSON text.</returns>
    [Benchmark]
    [BenchmarkCategory("Serialize")]
    public string SerializeNewtonsoft()
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        _newtonsoft.Serialize(text, _document);
        return text.ToString();
    }

    private void Check(DatasetDocument read, string what)
    {
        if (!read.Equals(_document))
        {
            throw new InvalidOperationException(what + " did not give the original document back.");
        }
    }
}
