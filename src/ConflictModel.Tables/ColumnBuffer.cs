using System;
using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Tables;

/// <summary>The values of one column for the rows buffered so far, kept typed (no boxing) until they are written.</summary>
internal abstract class ColumnBuffer
{
    /// <summary>How many values the column holds.</summary>
    public abstract int Count { get; }

    /// <summary>Creates the buffer for a column of <paramref name="type"/>.</summary>
    public static ColumnBuffer For(ColumnType type) => type switch
    {
        ColumnType.Text => new TextColumn(),
        ColumnType.Int32 => new ValueColumn<int>(v => v.ToString(CultureInfo.InvariantCulture)),
        ColumnType.Int64 => new ValueColumn<long>(v => v.ToString(CultureInfo.InvariantCulture)),
        ColumnType.Double => new ValueColumn<double>(v => v.ToString("R", CultureInfo.InvariantCulture)),
        ColumnType.Boolean => new ValueColumn<bool>(v => v ? "true" : "false"),
        ColumnType.Date => new ValueColumn<DateOnly>(v => v.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture)),
        ColumnType.Timestamp => new ValueColumn<DateTime>(v => v.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture)),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown column type."),
    };

    /// <summary>The value of row <paramref name="row"/> as the CSV form writes it, or <see langword="null"/> when empty.</summary>
    public abstract string? Text(int row);

    /// <summary>Forgets every value (after a flush).</summary>
    public abstract void Clear();
}

/// <summary>A text column.</summary>
internal sealed class TextColumn : ColumnBuffer
{
    public List<string?> Values { get; } = [];

    public override int Count => Values.Count;

    public override string? Text(int row) => Values[row];

    public override void Clear() => Values.Clear();
}

/// <summary>A column of values of <typeparamref name="T"/>, each possibly empty.</summary>
internal sealed class ValueColumn<T>(Func<T, string> format) : ColumnBuffer
    where T : struct
{
    public List<T?> Values { get; } = [];

    public override int Count => Values.Count;

    public override string? Text(int row) => Values[row] is { } v ? format(v) : null;

    public override void Clear() => Values.Clear();
}
