using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using ConflictModel.Collections;
using ConflictModel.Figures;
using ConflictModel.Json;
using ConflictModel.Testing;
using ConflictModel.Time;
using CsCheck;
using Timbuktu2025;

namespace ConflictModel.Tests.Json;

public class DatasetJsonRoundTripTests
{
    private static readonly Gen<DatasetDocument> Documents =
        from seed in Gen.Int[0, int.MaxValue]
        from engagements in Gen.Int[1, 6]
        select DocumentGenerator.Generate(seed, engagements);

    [Fact]
    public void ReadWrite_GeneratedDocuments_RoundTripExactly()
    {
        Documents.Sample(
            document =>
            {
                var bytes = DatasetJson.WriteUtf8(document);
                var back = DatasetJson.ReadUtf8(bytes);
                return back.Equals(document) && DatasetJson.WriteUtf8(back).AsSpan().SequenceEqual(bytes);
            },
            iter: 2000);
    }

    [Fact]
    public async Task ReadWrite_GeneratedDocuments_RoundTripThroughJsonLines()
    {
        var documents = Enumerable.Range(0, 200).Select(i => DocumentGenerator.Generate(i, 1 + (i % 4))).ToList();
        using var stream = new MemoryStream();

        await DatasetJson.WriteLinesAsync(documents, stream, JsonLinesShape.Document);
        stream.Position = 0;
        var back = new List<DatasetDocument>();
        await foreach (var document in DatasetJson.ReadLinesAsync(stream))
        {
            back.Add(document);
        }

        back.Should().HaveCount(documents.Count);
        back.Zip(documents).Should().OnlyContain(pair => pair.First.Equals(pair.Second));
    }

    [Fact]
    public async Task ReadWrite_GeneratedDocuments_OneEngagementPerLine_MergeBackToTheSameItems()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var original = DocumentGenerator.Generate(seed, 1 + (seed % 5));
            using var stream = new MemoryStream();

            var lines = await DatasetJson.WriteLinesAsync([original], stream);
            stream.Position = 0;
            var merger = new DocumentMerger();
            var problems = new List<ConflictModel.Validation.Problem>();
            long line = 0;
            await foreach (var document in DatasetJson.ReadLinesAsync(stream))
            {
                problems.AddRange(merger.Add(document, "lines.jsonl", ++line));
            }

            var merged = merger.ToDocument();
            lines.Should().BeInRange(1, Math.Max(1, original.Engagements.Count), $"seed {seed}: one line per engagement, or per group of related ones");
            problems.Should().BeEmpty($"seed {seed}: the lines repeat shared items identically");
            merged.Engagements.Should().BeEquivalentTo(original.Engagements, $"seed {seed}: related engagements move up to the line of the first of them");
            merged.Actors.Should().BeEquivalentTo(original.Actors, $"seed {seed}: every actor is on some line, none twice");
            merged.Sources.Should().BeEquivalentTo(original.Sources, $"seed {seed}");
        }
    }

    [Fact]
    public void Write_TheTimbuktuSample_RoundTrips()
    {
        var document = TimbuktuAttack.Build();

        var back = DatasetJson.Read(DatasetJson.Write(document));

        back.Should().Be(document);
    }

    [Fact]
    public async Task Write_EveryOutputForm_GivesTheSameBytes()
    {
        var document = DocumentGenerator.Generate(11, 4);
        var bytes = DatasetJson.WriteUtf8(document);
        using var syncStream = new MemoryStream();
        using var asyncStream = new MemoryStream();

        DatasetJson.Write(document, syncStream);
        await DatasetJson.WriteAsync(document, asyncStream);

        Encoding.UTF8.GetBytes(DatasetJson.Write(document)).Should().Equal(bytes);
        syncStream.ToArray().Should().Equal(bytes);
        asyncStream.ToArray().Should().Equal(bytes);
        DatasetJson.WriteUtf8(DocumentGenerator.Generate(11, 4)).Should().Equal(bytes, "an equal document gives the same bytes");
    }

    [Fact]
    public async Task Read_EveryInputForm_GivesTheSameDocument()
    {
        var document = DocumentGenerator.Generate(12, 3);
        var bytes = DatasetJson.WriteUtf8(document);

        DatasetJson.Read(Encoding.UTF8.GetString(bytes)).Should().Be(document);
        DatasetJson.Read(new MemoryStream(bytes)).Should().Be(document);
        (await DatasetJson.ReadAsync(new MemoryStream(bytes))).Should().Be(document);
        DatasetJson.Read(new TrickleStream(bytes)).Should().Be(document, "a stream that returns one byte at a time is read to its end");
    }

    [Fact]
    public void Generator_CoversEveryMemberOfEveryType_AndEveryFormPrecisionAndQualifier()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var values = new HashSet<string>(StringComparer.Ordinal);
        for (var seed = 0; seed < 300; seed++)
        {
            using var json = JsonDocument.Parse(DatasetJson.WriteUtf8(DocumentGenerator.Generate(seed, 4)));
            Collect(json.RootElement, names, values);
        }

        var members = typeof(DatasetDocument).Assembly.GetTypes()
            .Where(t => t.Namespace is "ConflictModel.Actors" or "ConflictModel.Engagements" or "ConflictModel.Figures" or "ConflictModel.Places" or "ConflictModel.Sources" or "ConflictModel.Time")
            .Where(t => t.IsPublic && !t.IsEnum && t != typeof(ReconciledFigure) && t != typeof(EstimateContribution) && t != typeof(ReconciliationPolicy) && t != typeof(ReconciliationContext)
                && t != typeof(EstimateEvidence) && t != typeof(FigureEvolutionStep))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is not null && p.DeclaringType!.Namespace != typeof(EquatableArray).Namespace)
            .Where(p => !(p.DeclaringType!.IsValueType && p.Name == "Value"))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Concat(["formatVersion", "title", "description", "sources", "actors", "engagements"]);
        names.Should().Contain(members);

        var forms = Enum.GetNames<QuantityForm>().Concat(Enum.GetNames<TemporalPrecision>()).Concat(Enum.GetNames<TemporalQualifier>());
        values.Should().Contain(forms.Select(JsonNamingPolicy.CamelCase.ConvertName));
    }

    private static void Collect(JsonElement element, HashSet<string> names, HashSet<string> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    names.Add(property.Name);
                    Collect(property.Value, names, values);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, names, values);
                }

                break;
            case JsonValueKind.String:
                values.Add(element.GetString()!);
                break;
        }
    }

    /// <summary>A read-only stream that returns at most one byte per read.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }
}
