using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Csv;
using ConflictModel.Sources;
using ConflictModel.Time;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// What a Wikipedia "Infobox military conflict" says, read by <see cref="InfoboxReader"/>: a partial
/// engagement. Every piece may be missing, so this is not an <see cref="Engagement"/>; build one with
/// <see cref="ToDocument"/> when the required pieces (a name, a date, two sides) are there.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record InfoboxData
{
    /// <summary>The value of <see cref="DatasetField.Dataset"/> for infobox parameters kept on the engagement.</summary>
    public const string DatasetName = "wikipedia-infobox";

    /// <summary>Gets every parameter as written, in order.</summary>
    public EquatableArray<InfoboxParameter> Parameters { get; init; }

    /// <summary>Gets the <c>conflict</c> name as plain text, or <see langword="null"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the <c>partof</c> field as plain text ("the Mali War"), or <see langword="null"/>.</summary>
    public string? PartOf { get; init; }

    /// <summary>Gets the <c>date</c> field as plain text, or <see langword="null"/>.</summary>
    public string? DateText { get; init; }

    /// <summary>
    /// Gets the date with the precision the text gives (day, month or year; a range when the text gives
    /// one), or <see langword="null"/> when <see cref="DateText"/> is absent or not understood.
    /// </summary>
    public TemporalExtent? Date { get; init; }

    /// <summary>Gets the <c>place</c> field as plain text, or <see langword="null"/>.</summary>
    public string? Place { get; init; }

    /// <summary>Gets the <c>result</c> field as plain text, or <see langword="null"/>.</summary>
    public string? Result { get; init; }

    /// <summary>Gets the numbered columns that have any content, in order (see <see cref="InfoboxSide"/>).</summary>
    public EquatableArray<InfoboxSide> Sides { get; init; }

    /// <summary>
    /// Builds a dataset document with one engagement from the infobox, when it has a name, a date and at
    /// least two columns with combatants.
    /// </summary>
    /// <returns>The document (or what is missing), and the estimates that could not be carried over.</returns>
    /// <remarks>
    /// <para>The mapping, in full:</para>
    /// <list type="bullet">
    /// <item>One source, the Wikipedia article (kind compilation); one more source per claimant named in the
    /// text ("Per Russia:", "(Ukrainian claim)", kind other), each estimate's statement citing its claimant
    /// via the article.</item>
    /// <item>One actor per combatant name (kind unknown), with ids made from the names; one side per column
    /// with combatants, role <see cref="SideRole.Belligerent"/> (an infobox does not say who attacked).</item>
    /// <item>Engagement type <see cref="EngagementType.Other"/>; <c>partof</c> becomes the conflict
    /// reference, <c>result</c> the result summary, the date the time; every parameter is also kept verbatim
    /// as a <see cref="DatasetField"/> of dataset <see cref="DatasetName"/>, place and commanders included.</item>
    /// <item>Each parsed estimate joins the figure of its column, measure and unit. A casualties estimate
    /// without a measure counts <see cref="Measure.KilledOrWounded"/> (casualties in the model's sense) for
    /// people and <see cref="Measure.Destroyed"/> (lost) for equipment; a strength estimate counts
    /// <see cref="Measure.Strength"/>. Estimates whose words name something the model has no measure for
    /// ("damaged", "killed or missing") are listed in <see cref="InfoboxConversion.Skipped"/>.</item>
    /// <item>An estimate that counts a part of another (<see cref="ParsedEstimate.PartOf"/>: "including 4
    /// children") is a figure of its own whose <see cref="DisputedFigure.PartOf"/> names the whole's figure, with
    /// the part's people in its note, when it counts the whole's measure and unit (or killed or wounded within
    /// killed or wounded); it is never another estimate of the whole. A part of another measure ("200,000
    /// captured" among casualties) joins the figure of its own measure.</item>
    /// <item>Figures of a column without combatants (<c>casualties3</c> beside two sides) count civilians
    /// when the text says "civilian", otherwise people of unknown affiliation.</item>
    /// </list>
    /// </remarks>
    public InfoboxConversion ToDocument()
    {
        var missing = new List<string>();
        if (Name is null)
        {
            missing.Add("conflict: the engagement needs a name");
        }

        if (Date is null)
        {
            missing.Add(DateText is null ? "date: the engagement needs a date" : $"date: '{DateText}' is not a date the reader understands");
        }

        var armed = Sides.Where(s => !s.Combatants.IsEmpty).ToList();
        if (armed.Count < 2)
        {
            missing.Add("combatant1, combatant2: the engagement needs at least two sides with combatants");
        }

        foreach (var parameter in Parameters)
        {
            // Every parameter is kept verbatim as a dataset field, so one that a field cannot hold stops the conversion.
            if (parameter.Value.Length > ModelText.LongText || !ModelText.Fits(parameter.Name))
            {
                missing.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{ModelText.Shorten(parameter.Name, 80)}: a parameter is kept as a dataset field, whose name holds 1 to {ModelText.ShortText} characters and value at most {ModelText.LongText}; this one's name has {parameter.Name.Length} and value {parameter.Value.Length}"));
            }
        }

        if (missing.Count > 0)
        {
            return new InfoboxConversion { Missing = EquatableArray.From(missing) };
        }

        var builder = new DocumentBuilder(this);
        return builder.Build(armed);
    }

    /// <summary>Makes an id from a name: lower-case letters and digits joined by '-'.</summary>
    internal static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        // A name without ASCII letters or digits, or a long one, gets the hashed slug the CSV importers use,
        // so that different names never share an id and ids stay within the model's 128 characters.
        var slug = builder.ToString().Trim('-');
        return slug.Length is > 0 and <= 40 ? slug : CsvValues.Slug(text);
    }

    /// <summary>Builds the document of <see cref="ToDocument"/>.</summary>
    private sealed class DocumentBuilder(InfoboxData data)
    {
        private readonly string _engagementSlug = Slug(data.Name!);
        private readonly List<Source> _sources = [];
        private readonly List<Actor> _actors = [];
        private readonly List<SourcedStatement> _statements = [];
        private readonly Dictionary<string, DisputedFigure> _figures = new(StringComparer.Ordinal);
        private int _parts;
        private readonly List<string> _skipped = [];

        public InfoboxConversion Build(List<InfoboxSide> armed)
        {
            var article = new SourceId("wikipedia-" + _engagementSlug);
            _sources.Add(new Source { Id = article, Name = ModelText.Shorten("Wikipedia: " + data.Name, ModelText.ShortText), Kind = SourceKind.Compilation, Description = "The article's infobox." });
            var sides = new List<Side>();
            var sideOfColumn = new Dictionary<int, SideId>();
            var onEarlierSides = new HashSet<ActorId>();
            foreach (var column in armed)
            {
                var number = column.Number.ToString(CultureInfo.InvariantCulture);
                var id = new SideId(_engagementSlug + "-side-" + number);
                var actorIds = column.Combatants.Select(AddActor).Distinct().ToArray();

                // A combatant named in two columns is two parties (an actor cannot be on two sides): the later
                // column gets an actor of its own with the same name.
                for (var i = 0; i < actorIds.Length; i++)
                {
                    if (onEarlierSides.Contains(actorIds[i]))
                    {
                        var first = _actors.Single(a => a.Id == actorIds[i]);
                        var twin = first.Id.Value + "-side-" + number;
                        actorIds[i] = new ActorId(twin);
                        for (var n = 2; _actors.Any(a => a.Id == actorIds[i]); n++)
                        {
                            // Another combatant's name gave that id already ("United Kingdom side 2").
                            actorIds[i] = new ActorId(twin + "-" + n.ToString(CultureInfo.InvariantCulture));
                        }

                        _actors.Add(first with { Id = actorIds[i] });
                    }
                }

                onEarlierSides.UnionWith(actorIds);
                sides.Add(new Side { Id = id, Role = SideRole.Belligerent, ActorIds = actorIds });
                sideOfColumn[column.Number] = id;
            }

            foreach (var column in data.Sides)
            {
                var subject = sideOfColumn.TryGetValue(column.Number, out var sideId) ? FigureSubject.OfSide(sideId)
                    : column.Casualties?.Input.Contains("civilian", StringComparison.OrdinalIgnoreCase) == true ? FigureSubject.Civilians
                    : FigureSubject.Unknown;
                AddFigures(column, "strength", column.Strength, subject, article, strength: true);
                AddFigures(column, "casualties", column.Casualties, subject, article, strength: false);
            }

            var engagement = new Engagement
            {
                Id = new EngagementId(_engagementSlug),
                Name = ModelText.Shorten(data.Name!, ModelText.ShortText),
                Conflict = data.PartOf is null ? null : new ConflictReference { Name = ModelText.Shorten(StripLeadingThe(data.PartOf), ModelText.ShortText) },
                Type = EngagementType.Other,
                Time = data.Date!,
                Sides = sides.ToArray(),
                ResultSummary = data.Result is null ? null : ModelText.Shorten(data.Result, ModelText.LongText),
                Figures = _figures.Values.ToArray(),
                Statements = _statements.ToArray(),
                DatasetFields = data.Parameters.Select(p => DatasetField.Of(DatasetName, p.Name, p.Value)).ToArray(),
            };

            var document = new DatasetDocument
            {
                Title = ModelText.Shorten(data.Name!, ModelText.ShortText),
                Description = "Read from the Wikipedia infobox of \"" + ModelText.Shorten(data.Name!, ModelText.ShortText) + "\" (Wikipedia contributors, CC BY-SA 4.0).",
                Sources = _sources.ToArray(),
                Actors = _actors.ToArray(),
                Engagements = [engagement],
            };
            return new InfoboxConversion { Document = document, Skipped = EquatableArray.From(_skipped) };
        }

        /// <summary>
        /// The actor of a combatant name: one per name, its id the name's slug, numbered ("-2") when another name
        /// has the same slug ("Free French" and "Free-French"). Names the model cannot hold whole are shortened;
        /// the parameter is kept verbatim as a dataset field.
        /// </summary>
        private ActorId AddActor(string name)
        {
            var held = ModelText.Shorten(name, ModelText.ShortText);
            var slug = Slug(name);
            var id = new ActorId(slug);
            for (var n = 2; _actors.Find(a => a.Id == id) is { } existing && existing.Name != held; n++)
            {
                id = new ActorId(slug + "-" + n.ToString(CultureInfo.InvariantCulture));
            }

            if (_actors.All(a => a.Id != id))
            {
                _actors.Add(new Actor { Id = id, Name = held, Kind = ActorKind.Unknown });
            }

            return id;
        }

        private void AddFigures(InfoboxSide column, string field, CasualtyParseResult? parsed, FigureSubject subject, SourceId article, bool strength)
        {
            if (parsed is null)
            {
                return;
            }

            var fieldName = field + column.Number.ToString(CultureInfo.InvariantCulture);
            var keys = new string?[parsed.Estimates.Count];
            for (var index = 0; index < parsed.Estimates.Count; index++)
            {
                var estimate = parsed.Estimates[index];
                Measure measure;
                if (strength)
                {
                    measure = Measure.Strength;
                }
                else if (estimate.Measure is { } m)
                {
                    measure = m;
                }
                else if (estimate.MeasureText is null)
                {
                    measure = estimate.Unit is null ? Measure.KilledOrWounded : Measure.Destroyed;
                }
                else
                {
                    _skipped.Add($"{fieldName}: '{estimate.Text}': the model has no measure for '{estimate.MeasureText}'");
                    continue;
                }

                var statement = Statement(fieldName, estimate.Attribution, article, parsed.Input);
                var key = string.Join('|', subject.ToString(), measure, estimate.Unit ?? string.Empty);
                var wording = ModelText.Shorten(WikitextCleaner.ToPlainText(estimate.Text), ModelText.ShortText);
                if (estimate.PartOf is { } w && keys[w] is { } wholeKey && _figures[wholeKey] is var whole && CanBePartOf(measure, estimate.Unit, whole))
                {
                    // "at least 12 civilians killed, including 4 children": the part is a figure of its own, never another estimate of the whole.
                    key = wholeKey + "|part|" + (estimate.Subject ?? string.Empty) + "|" + measure;
                    keys[index] = key;
                    if (_figures.TryGetValue(key, out var part))
                    {
                        _figures[key] = part with { Estimates = part.Estimates.Add(Estimate.Of(statement, estimate.Quantity, wording)) };
                        continue;
                    }

                    _figures[key] = new DisputedFigure
                    {
                        Id = new FigureId(_engagementSlug + "-part-" + (++_parts).ToString(CultureInfo.InvariantCulture) + "-" + measure.ToString().ToLowerInvariant()),
                        Measure = measure, Subject = subject, Unit = whole.Unit, PartOf = whole.Id,
                        Note = estimate.Subject is null ? null : ModelText.Shorten("Part: " + estimate.Subject, ModelText.ShortText),
                        Estimates = [Estimate.Of(statement, estimate.Quantity, wording)],
                    };
                    continue;
                }

                keys[index] = key;
                if (_figures.TryGetValue(key, out var figure))
                {
                    _figures[key] = figure with { Estimates = figure.Estimates.Add(Estimate.Of(statement, estimate.Quantity, wording)) };
                    continue;
                }

                var id = _engagementSlug + "-" + (subject.Kind == SubjectKind.Side ? "side-" + column.Number.ToString(CultureInfo.InvariantCulture) : subject.Kind.ToString().ToLowerInvariant())
                    + "-" + measure.ToString().ToLowerInvariant() + (estimate.Unit is null ? string.Empty : "-" + Slug(estimate.Unit));
                _figures[key] = new DisputedFigure
                {
                    Id = new FigureId(id), Measure = measure, Subject = subject, Unit = estimate.Unit is null ? null : ModelText.Shorten(estimate.Unit, ModelText.ShortText),
                    Estimates = [Estimate.Of(statement, estimate.Quantity, wording)],
                };
            }
        }

        /// <summary>A part counts its whole's measure and unit, or killed or wounded within killed or wounded (the model's rule for parts).</summary>
        private static bool CanBePartOf(Measure measure, string? unit, DisputedFigure whole) =>
            whole.PartOf is null && string.Equals(unit is null ? null : ModelText.Shorten(unit, ModelText.ShortText), whole.Unit, StringComparison.Ordinal)
            && (measure == whole.Measure || (whole.Measure == Measure.KilledOrWounded && measure is Measure.Killed or Measure.Wounded));

        private StatementId Statement(string fieldName, string? attribution, SourceId article, string input)
        {
            var id = new StatementId(_engagementSlug + "-" + fieldName + (attribution is null ? string.Empty : "-" + Slug(attribution)));
            if (_statements.Any(s => s.Id == id))
            {
                return id;
            }

            var summary = ModelText.Shorten("Infobox " + fieldName + ": " + WikitextCleaner.ToPlainText(input), ModelText.LongText);
            if (attribution is null)
            {
                _statements.Add(new SourcedStatement { Id = id, SourceId = article, Stance = StatementStance.Report, Summary = summary });
                return id;
            }

            var claimant = new SourceId("claimant-" + Slug(attribution));
            if (_sources.All(s => s.Id != claimant))
            {
                _sources.Add(new Source { Id = claimant, Name = ModelText.Shorten(attribution, ModelText.ShortText), Kind = SourceKind.Other, Description = "Named as the claimant in the infobox." });
            }

            _statements.Add(new SourcedStatement { Id = id, SourceId = claimant, Via = [article], Stance = StatementStance.Claim, Summary = summary });
            return id;
        }

        private static string StripLeadingThe(string text) =>
            text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
    }
}
