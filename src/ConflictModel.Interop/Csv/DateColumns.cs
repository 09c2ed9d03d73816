using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ConflictModel.Validation;
using NodaTime;
using nietras.SeparatedValues;

namespace ConflictModel.Interop.Csv;

/// <summary>A date column a row mapper reads, and the day/month order its layout is known to write when the values cannot tell.</summary>
/// <param name="Name">The column's current name (matched ignoring case).</param>
/// <param name="Convention">The order used when no value of the column tells day from month.</param>
/// <param name="ConventionSource">Where the convention comes from, for the warning ("the ged layout").</param>
/// <param name="BadDateCode">The code of the error for a value that is no date (<c>ged.bad-date</c>).</param>
/// <param name="Expected">What the error says was expected.</param>
/// <param name="NamedMonthIsOwn">Whether a month by name with a four-digit year (<c>2 June 2025</c>) is a spelling the dataset itself writes (ACLED's older exports), so no sign of a re-save and no warning.</param>
internal sealed record DateColumnSpec(string Name, DateOrder Convention, string ConventionSource, string BadDateCode, string Expected, bool NamedMonthIsOwn = false);

/// <summary>
/// Column-wide date format detection: what every value of a date column says about its spelling, gathered before
/// the rows are mapped, and the decision taken from it (<see cref="DateColumn"/>).
/// </summary>
/// <remarks>
/// The day/month order of numeric dates is decided for the whole column, never row by row: by the first value (in
/// file order) whose numbers allow one order only (13/04/2025 is day first), else by the layout's convention with
/// a warning naming it. A value of the other order then cannot be read (<c>csv.date-order-conflict</c>). A
/// seekable input is scanned whole first; a non-seekable one is decided from its first rows
/// (<see cref="HeadChars"/> characters), and when it was decided by convention a later value that can only be the
/// other order stops the import (<c>csv.date-order-contradicted</c>): the rows before may have been read wrongly.
/// </remarks>
internal static class DateColumns
{
    /// <summary>How many characters of a non-seekable input its date columns are decided from (4 Mi: some 3,000 GED rows).</summary>
    public const int HeadChars = 4 << 20;

    /// <summary>Scans the date columns of a whole CSV text (header first).</summary>
    /// <param name="text">The text; read to its end.</param>
    /// <param name="specs">The date columns.</param>
    /// <param name="complete">Whether <paramref name="text"/> is the whole input (else its last row may be cut, and is not scanned).</param>
    /// <returns>The decision of each column found, by spec name.</returns>
    public static Dictionary<string, DateColumn> Scan(TextReader text, IReadOnlyList<DateColumnSpec> specs, bool complete)
    {
        var decisions = new Dictionary<string, DateColumn>(StringComparer.OrdinalIgnoreCase);
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        if (!reader.MoveNext())
        {
            return decisions;
        }

        var header = reader.Current;
        var scans = new List<(int Index, Scanner Scanner)>();
        foreach (var spec in specs)
        {
            for (var i = 0; i < header.ColCount; i++)
            {
                if (header[i].Span.Trim().Equals(spec.Name, StringComparison.OrdinalIgnoreCase))
                {
                    scans.Add((i, new Scanner(spec)));
                    break;
                }
            }
        }

        if (scans.Count == 0)
        {
            return decisions;
        }

        // The last row of a cut head may be cut too: each row is scanned once the next one has been read.
        var pending = new string?[scans.Count];
        long pendingLine = 0;
        var havePending = false;
        while (reader.MoveNext())
        {
            var row = reader.Current;
            if (havePending)
            {
                Observe(scans, pending, pendingLine);
            }

            for (var s = 0; s < scans.Count; s++)
            {
                pending[s] = scans[s].Index < row.ColCount ? row[scans[s].Index].ToString() : null;
            }

            pendingLine = row.LineNumberFrom;
            havePending = true;
        }

        if (havePending && complete)
        {
            Observe(scans, pending, pendingLine);
        }

        foreach (var (_, scanner) in scans)
        {
            decisions[scanner.Spec.Name] = scanner.Decide(complete);
        }

        return decisions;
    }

    private static void Observe(List<(int Index, Scanner Scanner)> scans, string?[] values, long line)
    {
        for (var s = 0; s < scans.Count; s++)
        {
            if (values[s] is { } value)
            {
                scans[s].Scanner.Observe(value, line);
            }
        }
    }

    /// <summary>Gathers what the values of one column say.</summary>
    private sealed class Scanner(DateColumnSpec spec)
    {
        private readonly long[] _counts = new long[Enum.GetValues<DateSpelling>().Length];
        private (long Line, string Value)? _dayFirst;
        private (long Line, string Value)? _monthFirst;
        private (long Line, string Value)? _firstOther;
        private long _ambiguous;
        private long _twoDigitYears;

        public DateColumnSpec Spec { get; } = spec;

        public void Observe(string value, long line)
        {
            if (value.Length == 0)
            {
                return;
            }

            if ((value.Length == 10 || (value.Length > 10 && value[10] is ' ' or 'T')) && CsvValues.TryParseIsoDate(value.AsSpan(0, 10), out _))
            {
                _counts[(int)DateSpelling.Iso]++;
                return;
            }

            var parts = DateText.Parse(value);
            _counts[(int)parts.Spelling]++;
            if (parts.Spelling is DateSpelling.None)
            {
                return;
            }

            if (!(Spec.NamedMonthIsOwn && parts.Spelling is DateSpelling.NamedMonth && !parts.TwoDigitYear))
            {
                // A spelling the dataset itself writes (ACLED's older exports: 2 June 2025) is no sign of a re-save.
                _firstOther ??= (line, value);
            }

            _twoDigitYears += parts.TwoDigitYear ? 1 : 0;
            if (parts.OnlyDayFirst)
            {
                _dayFirst ??= (line, value);
            }
            else if (parts.OnlyMonthFirst)
            {
                _monthFirst ??= (line, value);
            }
            else if (parts.Ambiguous)
            {
                _ambiguous++;
            }
        }

        public DateColumn Decide(bool complete)
        {
            var (order, evidence) = (_dayFirst, _monthFirst) switch
            {
                ({ } d, { } m) => d.Line <= m.Line ? (DateOrder.DayFirst, d) : (DateOrder.MonthFirst, m),
                ({ } d, null) => (DateOrder.DayFirst, d),
                (null, { } m) => (DateOrder.MonthFirst, m),
                _ => (Spec.Convention, ((long, string)?)null),
            };
            var spellings = Enum.GetValues<DateSpelling>().Where(s => s != DateSpelling.None && _counts[(int)s] > 0)
                .Select(s => (s, _counts[(int)s])).ToArray();
            return new DateColumn(Spec, order, evidence, complete, _ambiguous, _twoDigitYears, _firstOther, spellings);
        }
    }
}

/// <summary>The decision for one date column: the day/month order of its numeric dates and why, and its spellings.</summary>
internal sealed class DateColumn
{
    private readonly (long Line, string Value)? _evidence;
    private readonly (long Line, string Value)? _firstOther;
    private readonly (DateSpelling Spelling, long Count)[] _spellings;
    private readonly long _ambiguous;
    private readonly long _twoDigitYears;
    private readonly bool _complete;

    public DateColumn(DateColumnSpec spec, DateOrder order, (long Line, string Value)? evidence, bool complete, long ambiguous, long twoDigitYears, (long Line, string Value)? firstOther, (DateSpelling, long)[] spellings)
    {
        Spec = spec;
        Order = order;
        _evidence = evidence;
        _complete = complete;
        _ambiguous = ambiguous;
        _twoDigitYears = twoDigitYears;
        _firstOther = firstOther;
        _spellings = spellings;
    }

    /// <summary>Gets the column.</summary>
    public DateColumnSpec Spec { get; }

    /// <summary>Gets the order numeric dates are read in.</summary>
    public DateOrder Order { get; }

    /// <summary>Gets the decision of a column that no scan saw: the convention, deciding nothing else.</summary>
    public static DateColumn Unscanned(DateColumnSpec spec) => new(spec, spec.Convention, null, complete: false, 0, 0, null, []);

    /// <summary>The warnings the decision owes: spellings other than ISO, an order taken from the convention.</summary>
    public IEnumerable<Problem> Warnings(string file)
    {
        if (_firstOther is not { } first)
        {
            yield break;
        }

        var what = string.Join(", ", _spellings.Select(s => string.Create(CultureInfo.InvariantCulture, $"{DateText.Describe(s.Spelling, Order)} {s.Count:N0}")));
        var scope = _complete ? "its values" : string.Create(CultureInfo.InvariantCulture, $"the values of its first {DateColumns.HeadChars / (1 << 20)} Mi characters (the input cannot be read twice)");
        var years = _twoDigitYears > 0 ? string.Create(CultureInfo.InvariantCulture, $" {_twoDigitYears:N0} have two-digit years, read as 19yy from 50 and 20yy below.") : string.Empty;
        var order = _evidence is { } e
            ? string.Create(CultureInfo.InvariantCulture, $"numeric dates are read {Describe(Order)}, as line {e.Line} ('{e.Value}') can only be")
            : _ambiguous > 0 ? $"numeric dates are read {Describe(Order)}, {Spec.ConventionSource}'s convention (see the other warning)"
            : "no value depends on the order of day and month";
        yield return CsvProblems.Warning(file, first.Line, Spec.Name, first.Value, "csv.date-spellings", string.Create(CultureInfo.InvariantCulture,
            $"{Spec.Name} is not all yyyy-MM-dd, as a spreadsheet's re-save writes dates; decided from {scope}: {what}; {order}.{years}"));
        if (_evidence is null && _ambiguous > 0)
        {
            yield return CsvProblems.Warning(file, first.Line, Spec.Name, first.Value, "csv.date-order-assumed", string.Create(CultureInfo.InvariantCulture,
                $"{Spec.Name}'s {_ambiguous:N0} numeric dates with day and month of 12 or less cannot tell day-first from month-first, and no value of the column does; they are read {Describe(Order)}, {Spec.ConventionSource}'s convention. Check one date you know."));
        }
    }

    /// <summary>Reads one value of the column.</summary>
    /// <param name="value">The value, not empty.</param>
    /// <param name="file">The file, for a stopping error.</param>
    /// <param name="line">The row's line, for a stopping error.</param>
    /// <returns>The date.</returns>
    /// <exception cref="RowFormatException">The value is no date, or a date of the other order.</exception>
    /// <exception cref="CsvInputException">The order was assumed from a non-seekable input's head and the value can only be the other.</exception>
    public LocalDate Parse(ReadOnlySpan<char> value, string file, long line)
    {
        if ((value.Length == 10 || (value.Length > 10 && value[10] is ' ' or 'T')) && CsvValues.TryParseIsoDate(value[..10], out var iso))
        {
            return iso;
        }

        // Read with surrounding spaces trimmed; errors quote the value as the file has it.
        var parts = DateText.Parse(value.Trim());
        if ((Order == DateOrder.DayFirst && parts.OnlyMonthFirst) || (Order == DateOrder.MonthFirst && parts.OnlyDayFirst))
        {
            var other = Order == DateOrder.DayFirst ? DateOrder.MonthFirst : DateOrder.DayFirst;
            if (_evidence is null && !_complete)
            {
                throw new CsvInputException(CsvProblems.Error(file, line, Spec.Name, value.ToString(), "csv.date-order-contradicted", string.Create(CultureInfo.InvariantCulture,
                    $"'{value}' can only be {Describe(other)}, but {Spec.Name} was read {Describe(Order)} ({Spec.ConventionSource}'s convention) from the first rows of an input that cannot be read twice; the rows before may be misread, so the import stops. Give the file as a seekable file (its whole column then decides) or re-save its dates as yyyy-MM-dd.")));
            }

            var why = _evidence is { } e ? string.Create(CultureInfo.InvariantCulture, $"as line {e.Line} ('{e.Value}') can only be") : $"{Spec.ConventionSource}'s convention";
            throw new RowFormatException(Spec.Name, value.ToString(), "csv.date-order-conflict",
                $"'{value}' can only be {Describe(other)}, but the column's numeric dates are read {Describe(Order)}, {why}; one column cannot be both. Correct this date or re-save the dates as yyyy-MM-dd.");
        }

        return DateText.ToDate(parts, Order) ?? throw new RowFormatException(Spec.Name, value.ToString(), Spec.BadDateCode,
            $"'{value}' is not a date; expected {Spec.Expected}.");
    }

    private static string Describe(DateOrder order) => order == DateOrder.DayFirst ? "day-first" : "month-first";
}
