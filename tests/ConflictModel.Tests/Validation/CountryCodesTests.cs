using ConflictModel.Validation;

namespace ConflictModel.Tests.Validation;

public class CountryCodesTests
{
    [Fact]
    public void Count_IsTheNumberOfOfficiallyAssignedCodes() => CountryCodes.Count.Should().Be(249);

    [Theory]
    [InlineData("ML", true)]
    [InlineData("BF", true)]
    [InlineData("SS", true)]
    [InlineData("PS", true)]
    [InlineData("AQ", true)]
    [InlineData("XK", false)]
    [InlineData("AN", false)]
    [InlineData("SU", false)]
    [InlineData("ml", false)]
    [InlineData("MLI", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsAssigned_FollowsTheIsoList(string? code, bool assigned) => CountryCodes.IsAssigned(code).Should().Be(assigned);
}
