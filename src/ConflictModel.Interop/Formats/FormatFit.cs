namespace ConflictModel.Interop.Formats;

/// <summary>How well the first bytes of an input fit a format, as <see cref="DatasetFormat.Recognise"/> judges.</summary>
public enum FormatFit
{
    /// <summary>The input is not in the format.</summary>
    No = 0,

    /// <summary>The input could be in the format, but nothing marks it as such (a CSV header of unknown columns).</summary>
    Possible = 1,

    /// <summary>The input has the format's marks (GED's <c>type_of_violence</c> column, a JSON object on the first line).</summary>
    Certain = 2,
}
