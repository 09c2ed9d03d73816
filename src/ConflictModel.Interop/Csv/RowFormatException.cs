using System;

namespace ConflictModel.Interop.Csv;

/// <summary>Thrown by a row mapper for a value it cannot read; the engine turns it into a located <see cref="Validation.Problem"/>.</summary>
internal sealed class RowFormatException : Exception
{
    public RowFormatException(string? column, string? value, string code, string reason)
        : base(reason)
    {
        Column = column;
        Value = value;
        Code = code;
    }

    public string? Column { get; }

    public string? Value { get; }

    public string Code { get; }
}
