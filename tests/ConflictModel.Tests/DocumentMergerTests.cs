using System.Linq;
using ConflictModel.Validation;
using Timbuktu2025;

namespace ConflictModel.Tests;

/// <summary>Merging documents: equal repeats kept once and counted, different declarations of one id an error naming both places.</summary>
public class DocumentMergerTests
{
    private static readonly DatasetDocument Timbuktu = TimbuktuAttack.Build();

    [Fact]
    public void Add_SameDocumentTwice_KeepsEachItemOnce_CountsTheDuplicates()
    {
        var merger = new DocumentMerger();

        var first = merger.Add(Timbuktu, "a.jsonl", 1);
        var second = merger.Add(Timbuktu, "a.jsonl", 2);

        first.Should().BeEmpty();
        second.Should().BeEmpty("duplicates are only counted unless asked for");
        merger.Duplicates.Should().Be(Timbuktu.Sources.Count + Timbuktu.Actors.Count + Timbuktu.Engagements.Count);
        merger.Conflicts.Should().Be(0);
        merger.ToDocument().Should().Be(Timbuktu);
    }

    [Fact]
    public void Add_ReportDuplicates_ReturnsAnInfoPerRepeatedItem()
    {
        var merger = new DocumentMerger(reportDuplicates: true);
        var source = Timbuktu.Sources[0];
        merger.Add(new DatasetDocument { Sources = [source] }, "a.jsonl", 1);

        var problems = merger.Add(new DatasetDocument { Sources = [source] }, "a.jsonl", 2);

        problems.Should().Equal(new Problem
        {
            Code = "merge.duplicate",
            Severity = ValidationSeverity.Info,
            Message = $"The source '{source.Id}' is declared again, equal to its declaration at a.jsonl:1 sources[0]; it is kept once.",
            Value = source.Id.ToString(),
            File = "a.jsonl",
            Line = 2,
            Path = "sources[0]",
        });
    }

    [Fact]
    public void Add_SameIdDifferentContent_IsAnErrorNamingBothPlaces_FirstKeptButNotSilently()
    {
        var merger = new DocumentMerger();
        var source = Timbuktu.Sources[1];
        var renamed = source with { Name = "Another name" };
        merger.Add(new DatasetDocument { Sources = [Timbuktu.Sources[0], source] }, "in.jsonl", 4);

        var problems = merger.Add(new DatasetDocument { Sources = [renamed] }, "in.jsonl", 9);

        problems.Should().ContainSingle().Which.Should().Be(new Problem
        {
            Code = "merge.conflict",
            Severity = ValidationSeverity.Error,
            Message = $"The source '{source.Id}' is declared differently at in.jsonl:4 sources[1]; an id names one source, so the two cannot be merged (give one another id, or make them equal).",
            Value = source.Id.ToString(),
            File = "in.jsonl",
            Line = 9,
            Path = "sources[0]",
        });
        merger.Conflicts.Should().Be(1);
        merger.ToDocument().Sources.Should().Equal(Timbuktu.Sources[0], source);
    }

    [Fact]
    public void Add_WithoutFileOrLine_NamesTheDocumentByItsNumber()
    {
        var merger = new DocumentMerger();
        var engagement = Timbuktu.Engagements[0];
        merger.Add(new DatasetDocument { Engagements = [engagement] });

        var problems = merger.Add(new DatasetDocument { Engagements = [engagement with { Name = "changed" }] });

        problems.Single().Message.Should().StartWith($"The engagement '{engagement.Id}' is declared differently at document 1 engagements[0];");
        problems.Single().File.Should().BeNull();
    }

    [Fact]
    public void ToDocument_NothingAdded_IsAnEmptyDocument()
    {
        new DocumentMerger().ToDocument().Should().Be(new DatasetDocument());
    }
}
