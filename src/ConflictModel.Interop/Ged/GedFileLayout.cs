using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Interop.Formats;

namespace ConflictModel.Interop.Ged;

/// <summary>
/// One of the column layouts GED files come in: which of the 49 current columns it has, under which names, in
/// which order, and how it spells booleans. Reading matches columns by name whatever the layout (a column a layout
/// lacks is reported missing, a warning); the layout is recognised from the header, recorded on every engagement
/// (<see cref="DatasetFormat.LayoutFieldName"/>) and used to write the same columns back.
/// </summary>
internal sealed class GedFileLayout
{
    private GedFileLayout(FormatLayout format, string[] columns, int[] canonical, bool pythonBooleans, string origin)
    {
        Format = format;
        Columns = columns;
        Canonical = canonical;
        PythonBooleans = pythonBooleans;
        Origin = origin;
        var present = new bool[GedColumns.Names.Count];
        foreach (var c in canonical.Where(c => c >= 0))
        {
            present[c] = true;
        }

        Dropped = Enumerable.Range(0, present.Length).Where(c => !present[c]).ToArray();
    }

    /// <summary>
    /// The current layout (the default): GED's yearly releases 20.1 to 25.1, the monthly Candidate releases
    /// (v20.0.x to v26.0.x) and the UCDP API's <c>gedevents</c> fields share these 49 columns.
    /// </summary>
    public static GedFileLayout Release { get; } = Of(
        "release",
        "GED yearly releases 20.1–25.1, Candidate releases and the UCDP API's fields: the 49 current columns",
        GedColumns.Names.ToArray(),
        pythonBooleans: false,
        "the committed Candidate file GEDEvent_v26_0_4.csv; the UCDP API's gedevents fields");

    /// <summary>GED 17.1 to 19.1: the current columns less <c>code_status</c>, which came with the Candidate data.</summary>
    public static GedFileLayout Release17 { get; } = Of(
        "release-17",
        "GED yearly releases 17.1–19.1: the current columns without code_status",
        GedColumns.Names.Where(n => n != "code_status").ToArray(),
        pythonBooleans: false,
        "reconstructed from the GED 17.1–19.1 codebooks' variable lists as described in docs/interop.md");

    /// <summary>GED 5.0 (2016): no <c>relid</c> or <c>code_status</c>, the estimates named <c>best_est</c>, <c>high_est</c>, <c>low_est</c>.</summary>
    public static GedFileLayout Release5 { get; } = Of(
        "release-5",
        "GED 5.0 (2016) and earlier: no relid or code_status; best_est, high_est, low_est",
        GedColumns.Names.Where(n => n is not ("relid" or "code_status")).Select(n => n is "best" or "high" or "low" ? n + "_est" : n).ToArray(),
        pythonBooleans: false,
        "GED 5.0's codebook; public scripts reading ged50.csv use best_est, dyad_dset_id and side_a_dset_id");

    /// <summary>
    /// The UCDP API's records saved as CSV by a script (pandas' <c>to_csv</c>): an unnamed row-number column first,
    /// then the API's 49 fields, booleans as Python writes them (<c>True</c>, <c>False</c>).
    /// </summary>
    public static GedFileLayout ApiCsv { get; } = Of(
        "api-csv",
        "UCDP API records saved as CSV by a script (pandas): an unnamed row-number column, the 49 fields, True/False",
        [string.Empty, .. GedColumns.Names],
        pythonBooleans: true,
        "the UCDP API's gedevents fields as pandas.DataFrame.to_csv writes them (index column, Python booleans)");

    /// <summary>Gets every layout, the default first.</summary>
    public static IReadOnlyList<GedFileLayout> All { get; } = [Release, Release17, Release5, ApiCsv];

    /// <summary>Gets the layout as the registry lists it.</summary>
    public FormatLayout Format { get; }

    /// <summary>Gets the layout's column names in file order (the row-number column of <see cref="ApiCsv"/> has none).</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Gets, for each of <see cref="Columns"/>, its index in <see cref="GedColumns.Names"/>, or -1 for the row number.</summary>
    public int[] Canonical { get; }

    /// <summary>Gets the current columns the layout has no column for.</summary>
    public int[] Dropped { get; }

    /// <summary>Gets whether booleans are written True/False (Python) rather than true/false (UCDP).</summary>
    public bool PythonBooleans { get; }

    /// <summary>Gets where the layout's columns come from, for docs/interop.md and the test data's README.</summary>
    public string Origin { get; }

    /// <summary>Gets the dataset field that records the layout on an engagement, shared by every engagement read in it.</summary>
    public Engagements.DatasetField Field => field ??= Engagements.DatasetField.Of(GedMapping.Dataset, DatasetFormat.LayoutFieldName, Format.Name);

    /// <summary>Finds a layout by name (ignoring case), or <see langword="null"/>.</summary>
    public static GedFileLayout? Find(string? name) => All.FirstOrDefault(l => string.Equals(l.Format.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Recognises the layout of a header: a first column without a name before GED's columns is a script's row
    /// number (<see cref="ApiCsv"/>); <c>best_est</c> without <c>relid</c> marks GED 5.0; <c>code_status</c> the
    /// current columns; without it, 17.1–19.1.
    /// </summary>
    public static GedFileLayout Recognise(IReadOnlyList<string> header)
    {
        var names = header.Select(h => h.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (header.Count > 1 && header[0].Trim().Length == 0 && names.Contains("id"))
        {
            return ApiCsv;
        }

        return names.Contains("best_est") && !names.Contains("relid") ? Release5 : names.Contains("code_status") ? Release : Release17;
    }

    private static GedFileLayout Of(string name, string description, string[] columns, bool pythonBooleans, string origin)
    {
        var canonical = columns.Select(c => c.Length == 0 ? -1 : IndexOf(c)).ToArray();
        return new GedFileLayout(new FormatLayout(name, description), columns, canonical, pythonBooleans, origin);
    }

    private static int IndexOf(string column)
    {
        for (var i = 0; i < GedColumns.Names.Count; i++)
        {
            if (GedColumns.Names[i] == column || (GedColumns.HistoricalNames.TryGetValue(GedColumns.Names[i], out var olds) && olds.Contains(column)))
            {
                return i;
            }
        }

        throw new InvalidOperationException("Unknown GED column " + column);
    }
}
