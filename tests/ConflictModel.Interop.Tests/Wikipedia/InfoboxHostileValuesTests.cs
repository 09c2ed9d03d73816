using System;
using System.Linq;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Wikipedia;
using ConflictModel.Json;
using ConflictModel.Validation;
using CsCheck;

namespace ConflictModel.Interop.Tests.Wikipedia;

/// <summary>
/// An infobox with hostile parameters (empty, markup only, huge or impossible numbers and dates, 5,000-character
/// values, random text, odd parameter names) either converts into a document that validates without errors and
/// survives JSON unchanged, or says what is missing; it never throws.
/// </summary>
public class InfoboxHostileValuesTests
{
    private static readonly string[] Hostile =
    [
        "", " ", "\t", "<br />", "<br/><br/>", "{{flag|}}", "[[]]", "[[|]]", "<ref></ref>", "<!-- -->", "9999999999999999999999 killed",
        "-5 killed", "0", "1e9 killed", "''", "'''", "{{", "}}", "=", "[[a|b|c]]", "several", "dozens killed", "1942",
        "31 February 1942", "0000", "9999", "10000", "-1 June 1942", "30–60+ killed", "60–30 killed", "Ω", "\u200B",
        "&nbsp;", "&amp;", "<small>", "</small>", new string('x', 5_000), "{{flag|Free French Forces}}", "{{flagcountry|Nazi Germany}}",
    ];

    private static readonly string[] Lines = InfoboxReaderTests.BirHakeim.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('|')).ToArray();

    private static readonly Gen<string> Values = Gen.Frequency(
        (3, Gen.Int[0, Hostile.Length - 1].Select(i => Hostile[i])),
        (1, Gen.Char[' ', '\uD7FF'].Array[0, 10].Select(chars => new string(chars))));

    [Fact]
    public void ToDocument_HostileParameters_ValidDocumentOrWhatIsMissing() =>
        Gen.Select(Gen.Int[0, Lines.Length - 1], Values, Gen.Int[0, 4]).Array[1, 5].Sample(changes =>
        {
            var lines = (string[])Lines.Clone();
            foreach (var (line, value, renamed) in changes)
            {
                var name = renamed == 0 ? value.Replace("|", string.Empty, StringComparison.Ordinal) : lines[line].Split('=')[0].TrimStart('|');
                lines[line] = "|" + name + " = " + value;
            }

            var data = InfoboxReader.Read("{{Infobox military conflict\n" + string.Join("\n", lines) + "\n}}");

            data.Should().NotBeNull("the template is there");
            var conversion = data!.ToDocument();
            if (!conversion.Succeeded)
            {
                conversion.Missing.Should().NotBeEmpty();
                return;
            }

            DatasetValidator.Default.Validate(conversion.Document!).AtLeast(ValidationSeverity.Error).Should().BeEmpty();
            DatasetJson.Read(DatasetJson.Write(conversion.Document!)).Should().Be(conversion.Document);
        }, iter: 1000);

    [Fact]
    public void ToDocument_CombatantInTwoColumns_IsTwoActorsOfTheSameName()
    {
        var text = InfoboxReaderTests.BirHakeim.Replace("{{flagcountry|Kingdom of Italy}}", "{{flag|United Kingdom}}", StringComparison.Ordinal);

        var document = InfoboxReader.Read(text)!.ToDocument().Document!;

        var sides = document.Engagements[0].Sides;
        sides[1].ActorIds.Should().Contain(new Actors.ActorId("united-kingdom-side-2"));
        document.Actors.Where(a => a.Name == "United Kingdom").Select(a => a.Id.Value).Should().Equal("united-kingdom", "united-kingdom-side-2");
        DatasetValidator.Default.Validate(document).AtLeast(ValidationSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public void ToDocument_CombatantInTwoColumns_WhoseTwinIdIsTaken_GetsANumberedOne()
    {
        var text = InfoboxReaderTests.BirHakeim.Replace("{{flagcountry|Kingdom of Italy}}", "{{flag|United Kingdom}}<br>United Kingdom side 2", StringComparison.Ordinal);

        var document = InfoboxReader.Read(text)!.ToDocument().Document!;

        document.Actors.Select(a => a.Id.Value).Should().OnlyHaveUniqueItems().And.Contain("united-kingdom-side-2-2");
        DatasetValidator.Default.Validate(document).AtLeast(ValidationSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public void ToDocument_NamesWithTheSameSlug_AreTwoActors()
    {
        var text = InfoboxReaderTests.BirHakeim.Replace("{{flag|United Kingdom}}", "{{flag|Free-French Forces}}", StringComparison.Ordinal);

        var document = InfoboxReader.Read(text)!.ToDocument().Document!;

        document.Actors.Where(a => a.Name.StartsWith("Free", StringComparison.Ordinal)).Select(a => (a.Id.Value, a.Name)).Should().Equal(
            ("free-french-forces", "Free French Forces"), ("free-french-forces-2", "Free-French Forces"));
    }

    [Fact]
    public void ToDocument_TextLongerThanTheModelHolds_ShortenedAndKeptWhole()
    {
        var name = "Battle " + new string('b', 600);
        var text = InfoboxReaderTests.BirHakeim.Replace("Battle of Bir Hakeim\n", name + "\n", StringComparison.Ordinal);

        var document = InfoboxReader.Read(text)!.ToDocument().Document!;

        document.Engagements[0].Name.Should().HaveLength(ModelText.ShortText).And.EndWith("…");
        document.Engagements[0].Id.Value.Length.Should().BeLessThanOrEqualTo(50);
        document.Engagements[0].DatasetFields.Single(f => f.Name == "conflict").Value.Should().Be(name);
        DatasetValidator.Default.Validate(document).AtLeast(ValidationSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public void ToDocument_ParameterLongerThanAFieldHolds_SaysSoInMissing()
    {
        var text = InfoboxReaderTests.BirHakeim.Replace("|result", "|notes = " + new string('n', ModelText.LongText + 1) + "\n|result", StringComparison.Ordinal);

        var conversion = InfoboxReader.Read(text)!.ToDocument();

        conversion.Succeeded.Should().BeFalse();
        conversion.Missing.Should().ContainSingle().Which.Should().StartWith("notes: ").And.Contain("value 20001");
    }
}
