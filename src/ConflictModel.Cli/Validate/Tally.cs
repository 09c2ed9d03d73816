using System.Globalization;

namespace ConflictModel.Cli.Validate;

/// <summary>Counts of what was validated, for one file or for all.</summary>
internal sealed class Tally
{
    /// <summary>Gets or sets the number of files.</summary>
    public int Files { get; set; }

    /// <summary>Gets or sets the number of documents read and validated.</summary>
    public long Documents { get; set; }

    /// <summary>Gets or sets the number of files and documents that could not be read or parsed.</summary>
    public long Unreadable { get; set; }

    /// <summary>Gets or sets the number of validation errors.</summary>
    public long Errors { get; set; }

    /// <summary>Gets or sets the number of validation warnings.</summary>
    public long Warnings { get; set; }

    /// <summary>Gets or sets the number of validation notes.</summary>
    public long Infos { get; set; }

    /// <summary>Adds another tally to this one.</summary>
    /// <param name="other">The tally to add.</param>
    public void Add(Tally other)
    {
        Files += other.Files;
        Documents += other.Documents;
        Unreadable += other.Unreadable;
        Errors += other.Errors;
        Warnings += other.Warnings;
        Infos += other.Infos;
    }

    /// <summary>Returns "2 files, 5 documents: 1 unreadable, 3 errors, 1 warning, 0 notes".</summary>
    /// <returns>The counts in words.</returns>
    public override string ToString() =>
        $"{Count(Files, "file")}, {Count(Documents, "document")}: {Unreadable.ToString(CultureInfo.InvariantCulture)} unreadable, {Count(Errors, "error")}, {Count(Warnings, "warning")}, {Count(Infos, "note")}";

    private static string Count(long n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
