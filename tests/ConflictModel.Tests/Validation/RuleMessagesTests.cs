using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Validation;

/// <summary>
/// The exact message of every built-in rule: for each of <see cref="RuleCases"/>, the message of the problem it
/// is reported as (its code at its path) must be the one approved in <c>RuleMessages.txt</c> (one line per case:
/// name, code, path and message, separated by tabs).
/// </summary>
/// <remarks>
/// When a message changes on purpose, or a case is added, the test fails and writes what the validator now says to
/// <c>RuleMessages.received.txt</c> beside the approved file: read the difference, and copy it over the approved
/// file if every change is meant.
/// </remarks>
public class RuleMessagesTests
{
    private static string Approved => Path.Combine(ReadmeExampleTests.RepositoryRoot(), "tests", "ConflictModel.Tests", "Validation", "RuleMessages.txt");

    private static System.Globalization.CultureInfo OddCulture()
    {
        var odd = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
        odd.NumberFormat.NumberDecimalSeparator = ",";
        odd.NumberFormat.NumberGroupSeparator = "'";
        odd.NumberFormat.NegativeSign = "~";
        odd.NumberFormat.PercentSymbol = "pc";
        odd.DateTimeFormat.DateSeparator = ".";
        odd.DateTimeFormat.TimeSeparator = "h";
        odd.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
        odd.DateTimeFormat.LongTimePattern = "HH:mm:ss";
        odd.DateTimeFormat.ShortTimePattern = "HH:mm";
        odd.DateTimeFormat.AMDesignator = "vorm";
        odd.DateTimeFormat.PMDesignator = "nachm";
        return odd;
    }

    [Fact]
    public void EveryRuleCase_IsReportedWithItsApprovedMessage()
    {
        List<string> received;
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // Messages are culture-invariant: run them under a culture whose numbers, dates and times are all written
            // differently (built from the invariant culture, as the test machine may have no culture data).
            System.Globalization.CultureInfo.CurrentCulture = OddCulture();
            received = RuleCases.All.Values.OrderBy(c => c.Name, System.StringComparer.Ordinal).Select(Line).ToList();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        var approved = File.Exists(Approved) ? File.ReadAllLines(Approved).Where(l => l.Length > 0).ToList() : [];

        if (!received.SequenceEqual(approved))
        {
            File.WriteAllLines(Path.ChangeExtension(Approved, ".received.txt"), received);
        }

        var missing = received.Except(approved).ToList();
        var stale = approved.Except(received).ToList();
        missing.Should().BeEmpty($"each message must be approved in {Approved} (what the validator says now is in RuleMessages.received.txt); approved lines no case gives:\n{string.Join("\n", stale)}");
        stale.Should().BeEmpty("every approved line belongs to a rule case");
        received.Should().Equal(approved, "the approved file is sorted by case name");
    }

    private static string Line(RuleCase rule)
    {
        var problems = DatasetValidator.Default.Validate(rule.Document).Problems.Where(p => p.Code == rule.Code && p.Path == rule.Path).ToList();
        var message = problems.Count == 0 ? "(not reported)" : problems[0].Message;
        return string.Join('\t', rule.Name, rule.Code, rule.Path, Clean(message));
    }

    /// <summary>Keeps a message on one line of the approved file.</summary>
    private static string Clean(string message) => message.Replace("\t", "\\t", System.StringComparison.Ordinal).Replace("\r", "\\r", System.StringComparison.Ordinal).Replace("\n", "\\n", System.StringComparison.Ordinal);
}
