using ConflictModel.Collections;

namespace ConflictModel.Tests.Collections;

public class EquatableArrayTests
{
    [Fact]
    public void Equals_SameElementsSameOrder_AreEqualWithEqualHashCodes()
    {
        EquatableArray<string> a = ["JNIM", "GSIM"];
        EquatableArray<string> b = new[] { "JNIM", "GSIM" };

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentOrderOrLength_AreNotEqual()
    {
        EquatableArray<string> a = ["JNIM", "GSIM"];

        a.Equals((EquatableArray<string>)["GSIM", "JNIM"]).Should().BeFalse();
        a.Equals((EquatableArray<string>)["JNIM"]).Should().BeFalse();
        (a != (EquatableArray<string>)["JNIM"]).Should().BeTrue();
    }

    [Fact]
    public void Default_BehavesAsEmpty()
    {
        var none = default(EquatableArray<int>);

        none.Count.Should().Be(0);
        none.IsEmpty.Should().BeTrue();
        none.Equals(EquatableArray<int>.Empty).Should().BeTrue();
        none.Equals((EquatableArray<int>)System.Array.Empty<int>()).Should().BeTrue();
        none.AsImmutableArray().IsDefault.Should().BeFalse();
        none.Should().BeEmpty();
    }

    [Fact]
    public void ImplicitFromArray_CopiesSoLaterChangesAreNotSeen()
    {
        var source = new[] { 1, 2, 3 };
        EquatableArray<int> copy = source;

        source[0] = 99;

        copy[0].Should().Be(1);
    }

    [Fact]
    public void Add_ReturnsNewArrayAndLeavesOriginalUnchanged()
    {
        EquatableArray<int> original = [1];

        var longer = original.Add(2);

        original.Should().Equal(1);
        longer.Should().Equal(1, 2);
    }
}
