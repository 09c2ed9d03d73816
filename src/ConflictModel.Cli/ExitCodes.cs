namespace ConflictModel.Cli;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Success: for <c>validate</c>, no errors (warnings may have been printed).</summary>
    internal const int Success = 0;

    /// <summary><c>validate</c> found at least one validation error.</summary>
    internal const int ValidationErrors = 1;

    /// <summary><c>convert</c> wrote its output but skipped rows or lines it could not read (<c>--bad-rows skip</c>); <c>parse-casualties</c> left some text unparsed.</summary>
    internal const int RowsRejected = 1;

    /// <summary>A file could not be read, or is not a dataset document the JSON reader accepts.</summary>
    internal const int Unreadable = 2;

    /// <summary>The command line itself is wrong: an unknown command or option, a missing argument.</summary>
    internal const int UsageError = 2;
}
