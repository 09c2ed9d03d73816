using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Csv;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Ged;

/// <summary>
/// UCDP GED on the way out, in one of its <see cref="GedFileLayout"/>s (the 49 current columns by default), counts
/// reconciled by best estimate (UCDP's own practice). The 49 values are derived as for every layout and then laid
/// out in the layout's columns, names and boolean spelling; what the layout has no column for is noted.
/// </summary>
/// <remarks>One instance per export: the row number of <see cref="GedFileLayout.ApiCsv"/> counts the rows written.</remarks>
internal sealed class GedLayout : CsvLayout
{
    /// <summary>The text the importer gives an original source's statement, which the export therefore does not lose.</summary>
    private const string OriginalPlaceholder = "Original source of the reports on UCDP GED event ";

    /// <summary>The description the importer gives an original source.</summary>
    private const string OriginalDescription = "Named by UCDP GED as the original source of a report.";

    private readonly GedFileLayout _file;
    private readonly string[] _canonical;
    private readonly string[] _derived;
    private long _rows;

    /// <summary>The 49 values of the row last filled, in <see cref="GedMapping"/>'s column order (see <see cref="WrittenNotes"/>).</summary>
    private string[]? _last;

    public GedLayout(GedFileLayout file)
    {
        _file = file;
        _canonical = new string[GedMapping.ColumnCount];
        _derived = new string[GedMapping.ColumnCount];
    }

    public override IReadOnlyList<string> Columns => _file.Columns;

    public override string Dataset => GedMapping.Dataset;

    public override ReconciliationPolicy Policy => ReconciliationPolicy.BestEstimate;

    public override void ToColumns(Engagement engagement, int siteIndex, Func<ActorId, Actor?> actors, Func<SourceId, Source?> sources, Func<DisputedFigure, ReconciledFigure?> reconcile, string[] output)
    {
        // Written in the layout it was read in, a row gives back the file's values as they were spelled; converted
        // to another layout, its dates and booleans take the spelling of that layout.
        var converting = !string.Equals(Recorded(engagement), _file.Format.Name, StringComparison.Ordinal);
        if (ReferenceEquals(_file, GedFileLayout.Release) && (!converting || !HasRespelled(engagement)))
        {
            GedMapping.ToColumns(engagement, siteIndex, actors, sources, reconcile, output, applyFields: true);
            _last = output;
            return;
        }

        var values = _canonical;
        GedMapping.ToColumns(engagement, siteIndex, actors, sources, reconcile, values, applyFields: true);
        if (converting)
        {
            for (var date = GedMapping.DateStart; date <= GedMapping.DateEnd; date++)
            {
                if (!IsIsoDate(values[date]))
                {
                    // A date as a spreadsheet spelled it (02/04/2026, 45810): the layout's spelling of the day read.
                    GedMapping.ToColumns(engagement, siteIndex, actors, sources, reconcile, _derived, applyFields: false);
                    values[date] = _derived[date];
                }
            }

            values[GedMapping.ActiveYear] = Boolean(values[GedMapping.ActiveYear]);
        }

        _last = values;
        var canonical = _file.Canonical;
        for (var i = 0; i < canonical.Length; i++)
        {
            output[i] = canonical[i] >= 0 ? values[canonical[i]] : (_rows++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The layout the engagement records it was read in, or <see langword="null"/>.</summary>
    private static string? Recorded(Engagement engagement)
    {
        foreach (var f in engagement.DatasetFields)
        {
            if (f.Name == Formats.DatasetFormat.LayoutFieldName && f.Dataset == GedMapping.Dataset)
            {
                return f.Value;
            }
        }

        return null;
    }

    /// <summary>Whether the engagement has a boolean or date field a layout spells its own way (a spreadsheet's TRUE, a d/m/y date).</summary>
    private static bool HasRespelled(Engagement engagement)
    {
        foreach (var f in engagement.DatasetFields)
        {
            if (f.Dataset == GedMapping.Dataset && ((f.Name == "active_year" && f.Value is not ("true" or "false" or "")) || (f.Name is "date_start" or "date_end" && !IsIsoDate(f.Value))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIsoDate(string value) =>
        value.Length == 0 || ((value.Length == 10 || (value.Length > 10 && value[10] is ' ' or 'T')) && CsvValues.TryParseIsoDate(value.AsSpan(0, 10), out _));

    /// <summary>The layout's spelling of a boolean however the file spelled it (true, TRUE, True, 1); other text as it stands.</summary>
    private string Boolean(string value) => value.ToLowerInvariant() switch
    {
        "true" or "1" => _file.PythonBooleans ? "True" : "true",
        "false" or "0" => _file.PythonBooleans ? "False" : "false",
        _ => value,
    };

    public override void Notes(Engagement engagement, DocumentIndex index, Action<Problem> note)
    {
        var e = engagement;
        RowNotes(e, note, "GED", "figures");
        foreach (var c in _file.Dropped)
        {
            var name = GedColumns.Names[c];
            foreach (var f in e.DatasetFields)
            {
                if (f.Dataset == Dataset && f.Name == name && f.Value.Length > 0)
                {
                    note(ExportNotes.Note(e, ExportNotes.PathOf(e) + ".datasetFields", ExportNotes.ColumnDropped, $"the {_file.Format.Name} layout has no column {name}: its value '{f.Value}' is not written."));
                }
            }
        }

        if (GedMapping.External(e.ExternalIds, ExternalIdScheme.UcdpEvent).Length == 0 && !ExportNotes.HasField(e, Dataset, "id"))
        {
            IdNote(e, note, "id", ExportNotes.DerivedEventId(e, GedMapping.IdPrefix), GedMapping.IdPrefix);
        }

        for (var s = 0; s < Math.Min(2, e.Sides.Count); s++)
        {
            var side = e.Sides[s];
            if (side.ActorIds.Count > 1)
            {
                note(ExportNotes.Note(e, ExportNotes.PathOf(e, "sides", side.Id.Value) + ".actorIds", ExportNotes.ActorsDropped, $"side {(s == 0 ? "A" : "B")} has {side.ActorIds.Count} actors and GED holds one: side_{(s == 0 ? "a" : "b")} gets {(side.Name is null ? "their names joined" : "the side's name")}, the actors' ids, kinds and countries are not written."));
            }
        }

        if (e.ResultSummary is not null)
        {
            note(ExportNotes.Note(e, ExportNotes.PathOf(e) + ".resultSummary", ExportNotes.SummaryDropped, "GED has no column for the result summary; it is not written."));
        }

        TypeNote(e, index, note);
        FigureNotes(e, index, note);
        StatementNotes(e, index, note);
        MemberNotes.Engagement(e, "GED", Dataset, tactics: true, note, ExternalIdScheme.UcdpEvent, ExternalIdScheme.UcdpDyad);
        if (e.Conflict is { } conflict)
        {
            MemberNotes.ExternalIds(e, ExportNotes.PathOf(e) + ".conflict.externalIds", conflict.ExternalIds, "the conflict", "GED", note, ExternalIdScheme.UcdpConflict);
        }

        MemberNotes.Time(e, "GED", "date_start, date_end and date_prec (days)", MemberNotes.TimeLost(e.Time, range: true, monthOrYear: true, approximate: false), note);
        foreach (var site in e.Sites)
        {
            MemberNotes.Site(e, site, "GED", KindOf(site.Precision), "from where_prec", p => p, levels: 2, localityIsName: false, description: true, note, ExternalIdScheme.PrioGrid);
        }
    }

    /// <summary>
    /// What an import of the first row would give back otherwise than the engagement holds it: its name (GED names an
    /// event "side_a vs side_b, where_coordinates, date_start"), the sides' roles (attacker and defender for
    /// type_of_violence 3, else belligerents) and names, and the written actors' members.
    /// </summary>
    public override void WrittenNotes(Engagement engagement, DocumentIndex index, Action<Problem> note)
    {
        var e = engagement;
        var w = _last!;
        if (!IsImportName(e.Name, w[GedMapping.SideA], w[GedMapping.SideB], w[GedMapping.WhereCoordinates], e.Time.Start.Date))
        {
            MemberNotes.Dropped(e, ExportNotes.PathOf(e) + ".name", note, $"GED has no column for an engagement's name (an import names the row after side_a, side_b, where_coordinates and date_start): '{ModelText.Shorten(e.Name, 60)}' is not written.");
        }

        var oneSided = w[GedMapping.TypeOfViolence] == "3";
        for (var s = 0; s < Math.Min(2, e.Sides.Count); s++)
        {
            var side = e.Sides[s];
            var letter = s == 0 ? "a" : "b";
            var path = ExportNotes.PathOf(e, "sides", side.Id.Value);
            var role = oneSided ? (s == 0 ? SideRole.Attacker : SideRole.Defender) : SideRole.Belligerent;
            if (side.Role != role)
            {
                MemberNotes.Dropped(e, path + ".role", note, $"GED has no column for a side's role (an import gives {role} for type_of_violence {w[GedMapping.TypeOfViolence]}): the role {side.Role} of side {letter.ToUpperInvariant()} is not written.");
            }

            var name = w[s == 0 ? GedMapping.SideA : GedMapping.SideB];
            if (side.Name is { } sideName && sideName != name)
            {
                MemberNotes.Dropped(e, path + ".name", note, $"side_{letter} holds the actor's name ('{ModelText.Shorten(name, 60)}'): the side's name '{ModelText.Shorten(sideName, 60)}' is not written.");
            }

            if (side.ActorIds.Count == 0 || index.FindActor(side.ActorIds[0]) is not { } actor)
            {
                continue;
            }

            // As the import infers them from the row that first names the actor: the kind from its name and UCDP id, the
            // country from its Gleditsch-Ward code (both kept on the actor, so judged from the actor itself).
            var ucdpId = GedMapping.External(actor.ExternalIds, ExternalIdScheme.UcdpActor);
            var kind = actor.Name.StartsWith("Government of", StringComparison.Ordinal) ? ActorKind.Government
                : ucdpId == "1" || actor.Name == "Civilians" ? ActorKind.Civilians
                : ActorKind.NonStateArmedGroup;
            var gw = GedMapping.External(actor.ExternalIds, ExternalIdScheme.GleditschWard);
            var country = long.TryParse(gw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) ? CountryCodes.FromGw(code)?.Iso2 : null;
            MemberNotes.Actor(e, MemberNotes.PathOf(e, side, actor.Id), actor, "GED", kind, "from the actor's name and UCDP id", country,
                gw.Length == 0 ? "gwno" + letter + " is written from a GleditschWard id, which it has not" : "gwno" + letter + " is " + gw, note,
                ExternalIdScheme.UcdpActor, ExternalIdScheme.GleditschWard);
        }
    }

    /// <summary>The kind of site GED's import gives for a where_prec code.</summary>
    private static SiteKind KindOf(SpatialPrecision precision) => precision switch
    {
        SpatialPrecision.ExactLocation or SpatialPrecision.NearLocation => SiteKind.Settlement,
        SpatialPrecision.InternationalWatersOrAirspace => SiteKind.Other,
        _ => SiteKind.Area,
    };

    /// <summary>Whether <paramref name="name"/> is what GED's import names a row: "{a} vs {b}, {place}, {yyyy-MM-dd}", shortened to the model's limit.</summary>
    private static bool IsImportName(string name, string a, string b, string place, NodaTime.LocalDate date)
    {
        Span<char> day = stackalloc char[10];
        if (a.Length + b.Length + place.Length + 18 > ModelText.ShortText || !CsvValues.TryWriteIsoDate(day, date))
        {
            return name == ModelText.Shorten($"{a} vs {b}, {place}, {CsvValues.FormatIsoDate(date, string.Empty)}", ModelText.ShortText);
        }

        var rest = name.AsSpan();
        return Take(ref rest, a) && Take(ref rest, " vs ") && Take(ref rest, b) && Take(ref rest, ", ") && Take(ref rest, place) && Take(ref rest, ", ") && rest.SequenceEqual(day);

        static bool Take(ref ReadOnlySpan<char> text, string part)
        {
            if (!text.StartsWith(part, StringComparison.Ordinal))
            {
                return false;
            }

            text = text[part.Length..];
            return true;
        }
    }

    private void TypeNote(Engagement e, DocumentIndex index, Action<Problem> note)
    {
        if (ExportNotes.HasField(e, Dataset, "type_of_violence") || e.Type is EngagementType.ViolenceAgainstCivilians or EngagementType.Battle)
        {
            return;
        }

        var path = ExportNotes.PathOf(e) + ".type";
        if (ExportNotes.IsAttackOnCivilians(e, index.FindActor))
        {
            note(ExportNotes.Note(e, path, ExportNotes.MappingRule, "an Attack whose defending side is civilians is written as type_of_violence 3 (one-sided violence), by rule."));
            return;
        }

        note(ExportNotes.Note(e, path, ExportNotes.MappingRule, $"GED has no type for {e.Type}: type_of_violence is 1 (state-based) when an actor of a side is a government or state force, else 2 (non-state), by rule."));
    }

    private void FigureNotes(Engagement e, DocumentIndex index, Action<Problem> note)
    {
        var sideA = e.Sides.Count > 0 ? e.Sides[0].Id : (SideId?)null;
        var sideB = e.Sides.Count > 1 ? e.Sides[1].Id : (SideId?)null;
        var slots = new Dictionary<string, DisputedFigure>(StringComparer.Ordinal);
        foreach (var f in e.Figures)
        {
            var path = ExportNotes.PathOf(e, "figures", f.Id.Value);
            if (f.PartOf is { } whole)
            {
                note(ExportNotes.Note(e, path, ExportNotes.FigureDropped, $"{ExportNotes.Describe(f)} is a part of figure {whole.Value}, counted in its whole; GED has no column for parts, so it is not written."));
                continue;
            }

            if (f.Measure != Measure.Killed)
            {
                note(ExportNotes.Note(e, path, ExportNotes.FigureDropped, $"GED counts deaths only: the figure {ExportNotes.Describe(f)} is not written."));
                continue;
            }

            var column = f.Subject.Kind switch
            {
                SubjectKind.All => "best",
                SubjectKind.Civilians => "deaths_civilians",
                SubjectKind.Unknown => "deaths_unknown",
                SubjectKind.Side when f.Subject.SideId == sideA => "deaths_a",
                SubjectKind.Side when f.Subject.SideId == sideB => "deaths_b",
                _ => null,
            };
            if (column is null)
            {
                note(ExportNotes.Note(e, path, ExportNotes.FigureDropped, $"GED's deaths columns are for side A, side B, civilians, unknown and all: the figure {ExportNotes.Describe(f)} is not written."));
                continue;
            }

            if (slots.TryGetValue(column, out var earlier))
            {
                note(ExportNotes.Note(e, ExportNotes.PathOf(e, "figures", earlier.Id.Value), ExportNotes.FigureDropped, $"figure {f.Id.Value} counts the same ({ExportNotes.Describe(f)}) and takes column {column}: this one is not written."));
            }

            slots[column] = f;
        }

        foreach (var (column, f) in slots)
        {
            var path = ExportNotes.PathOf(e, "figures", f.Id.Value);
            if (f.Estimates.IsEmpty)
            {
                if (!ExportNotes.HasField(e, Dataset, column))
                {
                    note(ExportNotes.Note(e, path, ExportNotes.FigureDropped, $"the figure {ExportNotes.Describe(f)} has no estimate: {column} is left empty, so the figure is not written."));
                }

                continue;
            }

            var held = column == "best" ? GedMapping.IsTotalAsWritten(f) || IsImportedRange(e, f) : ExportNotes.IsOneExact(f);
            var columns = column == "best" ? "best, low and high" : column;
            if (!held)
            {
                note(ExportNotes.Note(e, path, ExportNotes.EstimatesDropped, $"{f.Estimates.Count} estimate(s) of {ExportNotes.Describe(f)} are written as {columns} of their best-estimate reconciliation; the estimates as stated, and who stated them, are not written."));
            }
            else
            {
                MemberNotes.Attribution(e, path, f, "GED", columns, GedMapping.UcdpSourceId, index.FindSource, note);
            }

            MemberNotes.Figure(e, path, f, "GED", null, held ? static (figure, estimate, c) => Wording(c, figure, estimate) : null, column, note);
        }
    }

    /// <summary>
    /// Whether the total is the import's form of a row without a usable best (empty or a sentinel): one range, "at least"
    /// or "at most" estimate, with the file's best kept as a dataset field, so that best, low and high are written as
    /// the file had them.
    /// </summary>
    private bool IsImportedRange(Engagement e, DisputedFigure total) =>
        total.Estimates.Count == 1 && total.Estimates[0].Quantity is { Approximate: false, Form: QuantityForm.Range or QuantityForm.AtLeast or QuantityForm.AtMost } && ExportNotes.HasField(e, Dataset, "best");

    /// <summary>The wording GED's import gives an estimate it reads from <paramref name="column"/>.</summary>
    private static string Wording(string column, DisputedFigure figure, Estimate estimate) => column != "best" ? column : estimate.Quantity.Form switch
    {
        QuantityForm.Exact => "best",
        QuantityForm.AtLeast when figure.Estimates.Any(x => x.Quantity.Form == QuantityForm.AtMost) => "low",
        QuantityForm.AtMost when figure.Estimates.Any(x => x.Quantity.Form == QuantityForm.AtLeast) => "high",
        _ => "low-high",
    };

    private static void StatementNotes(Engagement e, DocumentIndex index, Action<Problem> note)
    {
        HashSet<SourceId>? seen = null;
        foreach (var statement in e.Statements)
        {
            var path = ExportNotes.PathOf(e, "statements", statement.Id.Value);
            var source = index.FindSource(statement.SourceId);
            if (statement.SourceId == GedMapping.UcdpSourceId)
            {
                Details(statement, StatementStance.Assessment, "UCDP's own statement is the row itself");
                continue;
            }

            if (source is null || source.Kind == SourceKind.Compilation)
            {
                note(ExportNotes.Note(e, path, ExportNotes.StatementDropped, source is null
                    ? $"the statement's source {statement.SourceId.Value} is not declared: the statement is not written."
                    : $"GED's source columns list articles and original sources, not compilations: the statement of {source.Name} is not written."));
                continue;
            }

            if (statement.Via.Count == 0)
            {
                Details(statement, StatementStance.Report, "an article (its office, day and headline are written)");
                MemberNotes.Source(e, path, source, "GED", SourceKind.NewsAgency, null, ref seen, note);
                continue;
            }

            if (!statement.Summary.StartsWith(OriginalPlaceholder, StringComparison.Ordinal))
            {
                note(ExportNotes.Note(e, path, ExportNotes.StatementDropped, $"a relayed statement is written as its source's name in source_original: its summary, relays and date are not written."));
                continue;
            }

            Details(statement, StatementStance.Report, "an original source (its name is written)");
            MemberNotes.Source(e, path, source, "GED", SourceKind.Other, OriginalDescription, ref seen, note);

            void Details(SourcedStatement s, StatementStance stance, string what)
            {
                var lost = ExportNotes.LostDetails(s, stance);
                if (lost.Count > 0)
                {
                    note(ExportNotes.Note(e, path, ExportNotes.StatementDropped, $"{what}: {string.Join(", ", lost)} not written."));
                }
            }
        }
    }
}
