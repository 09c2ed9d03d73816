using System;
using System.Linq;

namespace ConflictModel.Tables;

/// <summary>The rows of one table (one partition of it) buffered since the last flush, one typed buffer per column.</summary>
internal sealed class TableBuffer
{
    public TableBuffer(TableSchema schema)
    {
        Schema = schema;
        Columns = [.. schema.Columns.Select(c => ColumnBuffer.For(c.Type))];
    }

    public TableSchema Schema { get; }

    public ColumnBuffer[] Columns { get; }

    /// <summary>How many complete rows are buffered.</summary>
    public int Rows { get; private set; }

    /// <summary>Starts a row: its values are given in column order, then <see cref="RowAppender.End"/>.</summary>
    public RowAppender Add() => new(this);

    internal void Completed(int columns)
    {
        if (columns != Columns.Length)
        {
            throw new InvalidOperationException($"A row of table '{Schema.Name}' was given {columns} values for {Columns.Length} columns.");
        }

        Rows++;
    }

    public void Clear()
    {
        foreach (var column in Columns)
        {
            column.Clear();
        }

        Rows = 0;
    }
}

/// <summary>Appends one row's values to a <see cref="TableBuffer"/> in column order; the column's type must match.</summary>
internal struct RowAppender(TableBuffer table)
{
    private int _column;

    public RowAppender Text(string? value)
    {
        ((TextColumn)Next(ColumnType.Text)).Values.Add(value);
        return this;
    }

    public RowAppender Int32(int? value) => Value(ColumnType.Int32, value);

    public RowAppender Int64(long? value) => Value(ColumnType.Int64, value);

    public RowAppender Double(double? value) => Value(ColumnType.Double, value);

    public RowAppender Boolean(bool? value) => Value(ColumnType.Boolean, value);

    public RowAppender Date(DateOnly? value) => Value(ColumnType.Date, value);

    public RowAppender Timestamp(DateTime? value) => Value(ColumnType.Timestamp, value);

    public readonly void End() => table.Completed(_column);

    private RowAppender Value<T>(ColumnType type, T? value)
        where T : struct
    {
        ((ValueColumn<T>)Next(type)).Values.Add(value);
        return this;
    }

    private ColumnBuffer Next(ColumnType type)
    {
        if (_column >= table.Columns.Length || table.Schema.Columns[_column].Type != type)
        {
            throw new InvalidOperationException($"Table '{table.Schema.Name}': value {_column + 1} is a {type}, but the column is {(_column < table.Columns.Length ? table.Schema.Columns[_column].Name + " (" + table.Schema.Columns[_column].Type + ")" : "past the last")}.");
        }

        return table.Columns[_column++];
    }
}
