using ConflictModel.Validation;

namespace ConflictModel.Interop.Csv;

/// <summary>Builds the problems of CSV imports and exports: located at a file's line and column name.</summary>
internal static class CsvProblems
{
    /// <summary>A row (or the header) that cannot be imported.</summary>
    public static Problem Error(string file, long line, string? column, string? value, string code, string message) =>
        new() { Code = code, Severity = ValidationSeverity.Error, Message = message, File = file, Line = line, ColumnName = column, Value = value };

    /// <summary>A suspicious value imported as it stands.</summary>
    public static Problem Warning(string file, long line, string? column, string? value, string code, string message) =>
        new() { Code = code, Severity = ValidationSeverity.Warning, Message = message, File = file, Line = line, ColumnName = column, Value = value };

    /// <summary>What an export split or left out of one engagement.</summary>
    public static Problem Note(string engagementId, string code, string message) =>
        new() { Code = code, Severity = ValidationSeverity.Info, Message = message, Path = "engagements[id=" + engagementId + "]", Value = engagementId };

    /// <summary>The located error of a value a row mapper could not read.</summary>
    public static Problem ToProblem(this RowFormatException exception, string file, long line) =>
        Error(file, line, exception.Column, exception.Value, exception.Code, exception.Message);
}
