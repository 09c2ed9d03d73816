using ConflictModel.Figures;
using Timbuktu2025;

namespace ConflictModel.Tests;

public class EqualityTests
{
    [Fact]
    public void Document_BuiltTwiceFromSameFacts_IsEqualWithEqualHashCode()
    {
        var first = TimbuktuAttack.Build();
        var second = TimbuktuAttack.Build();

        ReferenceEquals(first, second).Should().BeFalse();
        first.Equals(second).Should().BeTrue();
        (first == second).Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void Document_DifferingInOneNestedWording_IsNotEqual()
    {
        var original = TimbuktuAttack.Build();
        var engagement = original.Engagements[0];
        var figure = engagement.Figures[0];
        var changedFigure = figure with { Estimates = figure.Estimates.SetItem(0, figure.Estimates[0] with { Wording = "at least thirty" }) };
        var changed = original with { Engagements = original.Engagements.SetItem(0, engagement with { Figures = engagement.Figures.SetItem(0, changedFigure) }) };

        changed.Equals(original).Should().BeFalse();
        original.Engagements[0].Figures[0].Estimates[0].Wording.Should().Be("at least 30 Malian soldiers were killed", "with-expressions never change the original");
    }

    [Fact]
    public void Document_DifferingInCollectionOrder_IsNotEqual()
    {
        var original = TimbuktuAttack.Build();
        var reversed = original with { Sources = [.. System.Linq.Enumerable.Reverse(original.Sources)] };

        reversed.Equals(original).Should().BeFalse();
    }

    [Fact]
    public void Generated_SameSeed_GivesEqualDocuments()
    {
        var a = Testing.DocumentGenerator.Generate(42, 20);
        var b = Testing.DocumentGenerator.Generate(42, 20);
        var c = Testing.DocumentGenerator.Generate(43, 20);

        a.Equals(b).Should().BeTrue();
        a.Equals(c).Should().BeFalse();
    }

    [Fact]
    public void Quantity_EqualFactsAreEqual()
    {
        Quantity.AtLeast(30).Should().Be(Quantity.AtLeast(30));
        Quantity.AtLeast(30).Should().NotBe(Quantity.AtMost(30));
        Quantity.Qualitative("Dozens").Should().Be(Quantity.Qualitative("Dozens"));
    }
}
