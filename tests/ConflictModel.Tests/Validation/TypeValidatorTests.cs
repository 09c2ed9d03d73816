using System.Linq;
using ConflictModel.Figures;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Validation;

public class TypeValidatorTests
{
    [Fact]
    public void SiteValidator_OnItsOwn_ReportsNestedMembersWithPaths()
    {
        var site = Documents.Engagement.Sites[0] with { Coordinates = new Places.Coordinates(95, 0), Administrative = new Places.AdministrativePath { CountryCode = "ZZ" } };

        var result = new SiteValidator().Validate(site);

        result.Errors.Select(e => (e.PropertyName, e.ErrorCode)).Should().BeEquivalentTo(new[]
        {
            ("Coordinates.Latitude", "CM3001"),
            ("Administrative.CountryCode", "CM3004"),
        });
    }

    [Fact]
    public void QuantityValidator_OnItsOwn_ReportsAtTheMember()
    {
        var result = new QuantityValidator().Validate(new Quantity { Form = QuantityForm.Range, Low = 9, High = 3 });

        result.Errors.Should().ContainSingle().Which.Should().Match<FluentValidation.Results.ValidationFailure>(e => e.PropertyName == "Low" && e.ErrorCode == "CM3009");
    }
}
