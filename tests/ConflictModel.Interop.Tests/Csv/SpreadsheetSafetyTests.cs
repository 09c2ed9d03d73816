using System;
using ConflictModel.Interop.Csv;
using CsCheck;

namespace ConflictModel.Interop.Tests.Csv;

public class SpreadsheetSafetyTests
{
    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-Reuters", "'-Reuters")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("-1", "-1")]
    [InlineData("-3.0026", "-3.0026")]
    [InlineData("+5", "+5")]
    [InlineData("Timbuktu", "Timbuktu")]
    [InlineData("", "")]
    public void Neutralise_PrefixesOnlyFormulaLikeText(string value, string expected) =>
        SpreadsheetSafety.Neutralise(value).Should().Be(expected);

    [Fact]
    public void Restore_UndoesNeutralise_ForEveryValueNotAlreadyStartingWithAnApostropheTrigger()
    {
        Gen.String[Gen.Char["=+-@\t\r'a1 .,\"\n"], 0, 12]
            .Where(s => !(s.Length > 1 && s[0] == '\'' && SpreadsheetSafety.IsDangerous(s.AsSpan(1))))
            .Sample(s => SpreadsheetSafety.Restore(SpreadsheetSafety.Neutralise(s)) == s, iter: 2000);
    }

    [Fact]
    public void Neutralise_Result_IsNeverDangerous()
    {
        Gen.String[Gen.Char["=+-@\t\r'a1 .,"], 0, 12].Sample(s => !SpreadsheetSafety.IsDangerous(SpreadsheetSafety.Neutralise(s)), iter: 2000);
    }
}
