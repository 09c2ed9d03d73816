using System.Linq;
using ConflictModel.Figures;
using ConflictModel.Sources;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Validation;

/// <summary>Parts of a whole ("at least 12 civilians, including 4 children"): what validation accepts and the exact problems it reports.</summary>
public class PartOfValidationTests
{
    private static readonly StatementId Toll = new("afp-toll");
    private static readonly FigureId Civilians = new("civilians-killed");

    private static DisputedFigure Whole(Quantity quantity) => new()
    {
        Id = Civilians, Measure = Measure.Killed, Subject = FigureSubject.Civilians, Estimates = [Estimate.Of(Toll, quantity)],
    };

    private static DisputedFigure Part(string id, Quantity quantity, Measure measure = Measure.Killed) => new()
    {
        Id = new FigureId(id), Measure = measure, Subject = FigureSubject.Civilians, PartOf = Civilians, Estimates = [Estimate.Of(Toll, quantity)], Note = "children",
    };

    private static ValidationReport Validate(params DisputedFigure[] figures) =>
        DatasetValidator.Default.Validate(Documents.WithEngagement(e => e with { Figures = figures }));

    [Fact]
    public void Validate_ChildrenAmongCivilians_SameMeasureAndSubject_IsValidAndNotADuplicate()
    {
        var report = Validate(Whole(Quantity.AtLeast(12)), Part("children-killed", Quantity.Exactly(4)));

        report.Problems.Should().BeEmpty(report.ToString());
    }

    [Fact]
    public void Validate_KilledPartOfKilledOrWounded_IsAccepted()
    {
        var whole = Whole(Quantity.AtLeast(20)) with { Measure = Measure.KilledOrWounded };

        var report = Validate(whole, Part("children-killed", Quantity.Exactly(4)));

        report.Problems.Should().BeEmpty(report.ToString());
    }

    [Fact]
    public void Validate_UnknownWhole_IsLocatedWithItsMessage()
    {
        var report = Validate(Part("children-killed", Quantity.Exactly(4)));

        report.Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new Problem
        {
            Code = "CM2015",
            Severity = ValidationSeverity.Error,
            Path = "engagements[0].figures[0].partOf",
            Message = "The figure 'children-killed' is part of 'civilians-killed', which is not a figure of this engagement.",
            Value = "civilians-killed",
        });
    }

    [Fact]
    public void Validate_LoopOfThreeParts_IsReportedOnceAtItsFirstFigure()
    {
        var a = Part("a", Quantity.Exactly(1)) with { PartOf = new FigureId("b") };
        var b = Part("b", Quantity.Exactly(1)) with { PartOf = new FigureId("c") };
        var c = Part("c", Quantity.Exactly(1)) with { PartOf = new FigureId("a") };

        var report = Validate(b, c, a);

        report.Problems.Where(p => p.Code == "CM2016").Should().ContainSingle().Which.Should().BeEquivalentTo(new Problem
        {
            Code = "CM2016",
            Severity = ValidationSeverity.Error,
            Path = "engagements[0].figures[0].partOf",
            Message = "The figure 'b' is, through 'partOf', part of itself: 'b' -> 'c' -> 'a' -> 'b'; the whole has no 'partOf'.",
            Value = "c",
        });
    }

    [Fact]
    public void Validate_PartOfItself_IsALoopOfOne()
    {
        var report = Validate(Whole(Quantity.Exactly(3)) with { PartOf = Civilians });

        report.Problems.Should().ContainSingle().Which.Message.Should()
            .Be("The figure 'civilians-killed' is, through 'partOf', part of itself: 'civilians-killed' -> 'civilians-killed'; the whole has no 'partOf'.");
    }

    [Fact]
    public void Validate_WoundedPartOfKilled_IsAMeasureMismatch()
    {
        var report = Validate(Whole(Quantity.AtLeast(12)), Part("children-wounded", Quantity.Exactly(4), Measure.Wounded));

        report.Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new Problem
        {
            Code = "CM3022",
            Severity = ValidationSeverity.Error,
            Path = "engagements[0].figures[1].partOf",
            Message = "The figure 'children-wounded' counts Wounded but is part of 'civilians-killed', which counts Killed; a part counts the same measure and unit as its whole, or killed or wounded within killed or wounded.",
            Value = "civilians-killed",
        });
    }

    [Fact]
    public void Validate_PartWithAnotherUnit_IsAMeasureMismatch()
    {
        var whole = Whole(Quantity.Exactly(10)) with { Measure = Measure.Destroyed, Unit = "vehicles" };
        var part = Part("tanks", Quantity.Exactly(2), Measure.Destroyed) with { Unit = "buildings" };

        var report = Validate(whole, part);

        report.Problems.Should().ContainSingle().Which.Message.Should()
            .Be("The figure 'tanks' counts Destroyed (buildings) but is part of 'civilians-killed', which counts Destroyed (vehicles); a part counts the same measure and unit as its whole, or killed or wounded within killed or wounded.");
    }

    [Fact]
    public void Validate_PartLowAboveWholeHigh_IsAWarningNamingBoth()
    {
        var report = Validate(Whole(Quantity.Between(5, 10)), Part("children-killed", Quantity.AtLeast(12)));

        report.Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new Problem
        {
            Code = "CM3023",
            Severity = ValidationSeverity.Warning,
            Path = "engagements[0].figures[1].estimates[0]",
            Message = "The figure 'children-killed' is part of 'civilians-killed' (figures[0]), but its lowest estimate ≥12 is above the whole's highest, 10.",
            Value = "≥12",
        });
    }

    [Theory]
    [InlineData(12L, 12L)]
    [InlineData(4L, 10L)]
    public void Validate_PartWithinTheWhole_OrTheWholeOpenAbove_IsNoWarning(long partLow, long wholeHigh)
    {
        Validate(Whole(Quantity.Between(1, wholeHigh)), Part("children-killed", Quantity.AtLeast(partLow))).Problems.Should().BeEmpty();
        Validate(Whole(Quantity.AtLeast(1)), Part("children-killed", Quantity.AtLeast(partLow + 100))).Problems.Should().BeEmpty("a whole with no upper bound cannot be exceeded");
    }
}
