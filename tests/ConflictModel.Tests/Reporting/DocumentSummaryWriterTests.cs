using System;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Reporting;
using ConflictModel.Testing;

namespace ConflictModel.Tests.Reporting;

public class DocumentSummaryWriterTests
{
    [Fact]
    public void ToText_IsDeterministic()
    {
        var document = DocumentGenerator.Generate(7, 5);

        DocumentSummaryWriter.ToText(document).Should().Be(DocumentSummaryWriter.ToText(DocumentGenerator.Generate(7, 5)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void ToText_NamesEveryEngagementOfAGeneratedDocument(int seed)
    {
        var document = DocumentGenerator.Generate(seed, 6);

        var text = DocumentSummaryWriter.ToText(document);

        foreach (var engagement in document.Engagements)
        {
            text.Should().Contain(engagement.Name + " [" + engagement.Id + "]");
        }
    }

    [Fact]
    public void ToText_MalformedDocument_ShowsRawIdsInsteadOfThrowing()
    {
        var engagement = new Engagement
        {
            Id = new("e"),
            Name = "Broken",
            Type = EngagementType.Attack,
            Time = null!,
            Sides = [null!, new Side { Id = new("s"), Role = SideRole.Attacker, ActorIds = [new("ghost")] }],
            Sites = [null!],
            Incidents = [null!],
            Outcomes = [null!],
            Statements = [null!],
            Relations = [new EngagementRelation { Kind = RelationKind.PrecededBy, TargetId = new("nowhere") }],
            Figures = [null!, new DisputedFigure { Id = new("f"), Measure = Measure.Killed, Subject = null!, Estimates = [null!, Estimate.Of(new("missing"), Quantity.Exactly(3))] }],
        };
        var document = new DatasetDocument { Engagements = [engagement, null!], Sources = [null!], Actors = [null!] };

        var text = DocumentSummaryWriter.ToText(document);

        text.Should().Contain("ghost").And.Contain("nowhere").And.Contain("missing (statement not found)");
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        FluentActions.Invoking(() => DocumentSummaryWriter.Write(null!, new DatasetDocument())).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        FluentActions.Invoking(() => DocumentSummaryWriter.Write(Console.Out, null!)).Should().Throw<ArgumentNullException>().WithParameterName("document");
    }
}
