using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Json;
using ConflictModel.Validation;
using Timbuktu2025;

namespace ConflictModel.Tests.Json;

/// <summary>JSON Lines one engagement per line (the default), each line a self-contained document; reading lines back with their located entries.</summary>
public class JsonLinesShapeTests
{
    private static readonly DatasetDocument Related = TimbuktuAttack.Build();

    /// <summary>The Timbuktu document with its engagements' relations to each other removed.</summary>
    private static readonly DatasetDocument Timbuktu = Related with { Engagements = Related.Engagements.Select(e => e with { Relations = [] }).ToArray() };

    [Fact]
    public async Task WriteLinesAsync_Default_OneValidSelfContainedDocumentPerEngagement()
    {
        using var stream = new MemoryStream();

        var count = await DatasetJson.WriteLinesAsync([Timbuktu], stream);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        count.Should().Be(Timbuktu.Engagements.Count);
        lines.Should().HaveCount(Timbuktu.Engagements.Count);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = DatasetJson.Read(lines[i]);
            line.Engagements.Should().Equal(Timbuktu.Engagements[i]);
            DatasetValidator.Default.Validate(line).HasErrors.Should().BeFalse($"line {i + 1} must be valid on its own: {DatasetValidator.Default.Validate(line)}");
            line.Sources.Select(s => s.Id).Should().BeSubsetOf(Timbuktu.Sources.Select(s => s.Id));
        }

        lines.Skip(1).Select(l => DatasetJson.Read(l).Actors.Count).Should().OnlyContain(n => n < Timbuktu.Actors.Count, "a line declares only what its engagement references");
    }

    [Fact]
    public async Task WriteLinesAsync_ActorsNoEngagementNames_AreKeptOnTheFirstLine_AndParentsFollowTheirChildren()
    {
        var child = Timbuktu.Engagements[1].Sides[0].ActorIds[0];
        var parent = new Actor { Id = new ActorId("parent-of-child"), Name = "Parent", Kind = ActorKind.StateForces };
        var orphan = new Actor { Id = new ActorId("nobody-names-me"), Name = "Orphan", Kind = ActorKind.Militia };
        var actors = Timbuktu.Actors.Select(a => a.Id == child ? a with { ParentId = parent.Id } : a).Append(parent).Append(orphan).ToArray();
        var document = Timbuktu with { Actors = actors };
        using var stream = new MemoryStream();

        await DatasetJson.WriteLinesAsync([document], stream);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(DatasetJson.Read).ToList();
        lines[0].Actors.Select(a => a.Id).Should().Contain(orphan.Id);
        lines[1].Actors.Select(a => a.Id).Should().Contain([child, parent.Id]);
        lines.Skip(1).Should().OnlyContain(l => !l.Actors.Any(a => a.Id == orphan.Id));
    }

    [Fact]
    public async Task WriteLinesAsync_EngagementsLinkedByRelations_ShareALine_SoThatItIsValid()
    {
        using var stream = new MemoryStream();

        var count = await DatasetJson.WriteLinesAsync([Related], stream);

        count.Should().Be(1, "the Timbuktu engagements are linked by 'part of the same offensive' relations");
        var line = DatasetJson.Read(Encoding.UTF8.GetString(stream.ToArray()).TrimEnd('\n'));
        line.Should().Be(Related);
    }

    [Fact]
    public async Task WriteLinesAsync_DocumentShape_OneLinePerDocument()
    {
        using var stream = new MemoryStream();

        var count = await DatasetJson.WriteLinesAsync([Timbuktu, Timbuktu], stream, JsonLinesShape.Document);

        count.Should().Be(2);
        Encoding.UTF8.GetString(stream.ToArray()).Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(DatasetJson.Read).Should().Equal(Timbuktu, Timbuktu);
    }

    [Fact]
    public async Task ReadLineEntriesAsync_BadLine_IsAnEntryWithItsLocatedProblem_AndReadingGoesOn()
    {
        var input = """{"formatVersion":"1.0"}""" + "\n\n" + """{"formatVersion":"1.0","title":5}""" + "\n" + """{"formatVersion":"1.0",""" + "\n" + """{"formatVersion":"1.0"}""";
        var entries = new List<JsonLinesEntry>();

        await foreach (var entry in DatasetJson.ReadLineEntriesAsync(new MemoryStream(Encoding.UTF8.GetBytes(input))))
        {
            entries.Add(entry);
        }

        entries.Select(e => (e.Line, e.Document is not null)).Should().Equal((1L, true), (3L, false), (4L, false), (5L, true));
        entries[1].Error!.Problem.Should().Be(new Problem
        {
            Code = "json.invalid-document",
            Severity = ValidationSeverity.Error,
            Message = "Expected a string but found a number (5).",
            Path = "title",
            Line = 3,
            Column = 33,
        });
        entries[2].Error!.Problem.Code.Should().Be("json.syntax");
        entries[2].Error!.Problem.Line.Should().Be(4);
    }

    [Fact]
    public void Locate_SetsTheLineOfEachPath_AndOfTheObjectLackingAMissingMember()
    {
        var json = "{\n  \"formatVersion\": \"1.0\",\n  \"title\": \" \"\n}";
        var problems = new[]
        {
            new Problem { Code = "CM1003", Severity = ValidationSeverity.Warning, Message = "blank", Path = "title" },
            new Problem { Code = "CM1001", Severity = ValidationSeverity.Error, Message = "missing", Path = "engagements[0].name" },
            new Problem { Code = "csv.empty", Severity = ValidationSeverity.Error, Message = "no path" },
        };

        var located = DatasetJson.Locate(Encoding.UTF8.GetBytes(json), problems);

        located.Select(p => p.Line).Should().Equal(3L, 1L, null);
    }
}
