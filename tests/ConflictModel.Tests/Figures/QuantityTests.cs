using System;
using ConflictModel.Figures;

namespace ConflictModel.Tests.Figures;

public class QuantityTests
{
    [Theory]
    [InlineData(QuantityForm.Exact, 14L, 14L, "14")]
    [InlineData(QuantityForm.AtLeast, 30L, null, "≥30")]
    [InlineData(QuantityForm.AtMost, 0L, 20L, "≤20")]
    [InlineData(QuantityForm.About, 40L, 40L, "~40")]
    public void SingleValueForms_HaveTheirBounds(QuantityForm form, long lower, long? upper, string text)
    {
        var value = form == QuantityForm.AtMost ? 20 : lower;
        var q = form switch
        {
            QuantityForm.Exact => Quantity.Exactly(value),
            QuantityForm.AtLeast => Quantity.AtLeast(value),
            QuantityForm.AtMost => Quantity.AtMost(value),
            _ => Quantity.About(value),
        };

        q.Form.Should().Be(form);
        q.Value.Should().Be(value);
        q.LowerBound.Should().Be(lower);
        q.UpperBound.Should().Be(upper);
        q.IsNumeric.Should().BeTrue();
        q.ToString().Should().Be(text);
    }

    [Fact]
    public void Between_OpenEnded_HasNoUpperBoundButKeepsItsStatedHigh()
    {
        var q = Quantity.Between(30, 60, openEnded: true);

        q.Low.Should().Be(30);
        q.High.Should().Be(60);
        q.OpenEnded.Should().BeTrue();
        q.LowerBound.Should().Be(30);
        q.UpperBound.Should().BeNull();
        q.ToString().Should().Be("30–60+");
    }

    [Fact]
    public void AboutBetween_IsAnApproximateRangeWithItsStatedEnds()
    {
        var q = Quantity.AboutBetween(3000, 4000);

        q.Form.Should().Be(QuantityForm.Range);
        q.Approximate.Should().BeTrue();
        q.OpenEnded.Should().BeFalse();
        q.LowerBound.Should().Be(3000);
        q.UpperBound.Should().Be(4000);
        q.ToString().Should().Be("~3000–4000");
        q.Should().NotBe(Quantity.Between(3000, 4000));
        Quantity.Between(3000, 4000).Approximate.Should().BeFalse();
    }

    [Fact]
    public void AboutBetween_HighBelowLow_IsRejected()
    {
        var act = () => Quantity.AboutBetween(40, 30);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("high");
    }

    [Fact]
    public void Between_Closed_IsBoundedBothWays()
    {
        var q = Quantity.Between(6, 14);

        q.UpperBound.Should().Be(14);
        q.ToString().Should().Be("6–14");
    }

    [Fact]
    public void Qualitative_UsesTheDefaultTable()
    {
        var q = Quantity.Qualitative("  Dozens ");

        q.Form.Should().Be(QuantityForm.Qualitative);
        q.Term.Should().Be("Dozens");
        q.Low.Should().Be(24);
        q.High.Should().Be(99);
        q.IsNumeric.Should().BeFalse();
        q.ToString().Should().Be("Dozens (24–99)");
    }

    [Fact]
    public void Qualitative_OpenTerm_HasNoUpperBound()
    {
        var q = Quantity.Qualitative("many");

        q.LowerBound.Should().Be(10);
        q.UpperBound.Should().BeNull();
    }

    [Fact]
    public void Qualitative_CanBeOverriddenExplicitlyOrThroughATable()
    {
        Quantity.Qualitative("dozens", 20, 50).High.Should().Be(50);

        var table = QualitativeTermTable.Default.With("dozens", 12, 60).With("une dizaine", 8, 12);

        Quantity.Qualitative("dozens", table).Low.Should().Be(12);
        Quantity.Qualitative("une dizaine", table).High.Should().Be(12);
        QualitativeTermTable.Default.TryGetRange("dozens", out var low, out _).Should().BeTrue();
        low.Should().Be(24, "deriving a table never changes the default");
    }

    [Fact]
    public void Qualitative_UnknownTerm_ThrowsNamingTheTermAndTheFix()
    {
        var act = () => Quantity.Qualitative("oodles");

        act.Should().Throw<ArgumentException>()
            .WithParameterName("term")
            .WithMessage("The qualitative term 'oodles' is not in the table.*Quantity.Qualitative(term, low, high)*");
    }

    [Fact]
    public void Factories_RejectNegativeCountsAndInvertedRanges()
    {
        FluentActions.Invoking(() => Quantity.Exactly(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        FluentActions.Invoking(() => Quantity.AtLeast(-5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        FluentActions.Invoking(() => Quantity.Between(10, 5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("high");
        FluentActions.Invoking(() => Quantity.Qualitative("x", 5, 4)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("high");
    }

    [Fact]
    public void Bounds_AreNullWhenMembersDoNotFitTheForm()
    {
        var malformed = new Quantity { Form = QuantityForm.Exact, Low = 3 };

        malformed.LowerBound.Should().BeNull();
        malformed.UpperBound.Should().BeNull();
    }

    [Fact]
    public void Estimate_Of_KeepsStatementQuantityAndWording()
    {
        var e = Estimate.Of(new("afp"), Quantity.AtLeast(30), "at least 30");

        e.StatementId.Value.Should().Be("afp");
        e.Quantity.Should().Be(Quantity.AtLeast(30));
        e.Wording.Should().Be("at least 30");
        e.ToString().Should().Be("≥30 (afp)");
    }
}
