using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Testing;
using ConflictModel.Time;
using ConflictModel.Validation;
using CsCheck;

namespace ConflictModel.Tests.Validation;

public partial class DatasetValidatorTests
{
    [Fact]
    public void Validate_ObjectsWithEveryRequiredMemberNull_ReportsProblemsNotExceptions()
    {
        var document = new DatasetDocument
        {
            FormatVersion = null!,
            Actors = [new Actor { Id = default, Name = null!, Kind = default, ExternalIds = [null!, new ExternalId { Scheme = default, Value = null! }] }, null!],
            Sources = [new Source { Id = default, Name = null!, Kind = default }, null!],
            Engagements =
            [
                new Engagement
                {
                    Id = default, Name = null!, Type = default, Time = null!, Conflict = new ConflictReference { Name = null!, ExternalIds = [null!] },
                    Sides = [null!, new Side { Id = default, Role = default, ActorIds = [default, new ActorId("ghost")] }],
                    Sites = [null!, new Site { Id = default, Name = null!, Role = default, Kind = default, Precision = default, Administrative = new AdministrativePath { CountryCode = null! }, WithinSiteId = default(SiteId) }],
                    Statements = [null!, new SourcedStatement { Id = default, SourceId = default, Stance = default, Summary = null!, Via = [default], ReportedAt = new TemporalExtent { Start = default, Precision = default, Qualifier = default } }],
                    Figures =
                    [
                        null!,
                        new DisputedFigure { Id = default, Measure = default, Subject = null!, Estimates = [null!, new Estimate { StatementId = default, Quantity = null! }] },
                        new DisputedFigure { Id = default, Measure = Measure.Killed, Subject = new FigureSubject { Kind = default, ActorIds = [default] }, Estimates = [new Estimate { StatementId = default, Quantity = new Quantity { Form = default } }] },
                    ],
                    Incidents = [null!, new Incident { Id = default, Description = null!, SiteIds = [default], ActorIds = [default], StatementIds = [default], Time = new TemporalExtent { Start = default, Precision = TemporalPrecision.Minute } }],
                    Outcomes = [null!, new Outcome { Objective = null!, Result = default, SiteIds = [default], AchievedBySideId = default(SideId), StatementIds = [default] }],
                    Relations = [null!, new EngagementRelation { Kind = default, TargetId = default }],
                    ExternalIds = [null!],
                    DatasetFields = [null!, new DatasetField { Dataset = null!, Name = null!, Value = null! }],
                },
                null!,
            ],
        };

        var report = Validator.Validate(document);

        report.HasErrors.Should().BeTrue();
        report.Problems.Should().Contain(p => p.Code == "CM1002" && p.Path == "engagements[1]");
        report.Problems.Should().Contain(p => p.Code == "CM1002" && p.Path == "engagements[0].figures[1].estimates[0]");
        report.Problems.Should().Contain(p => p.Code == "CM1001" && p.Path == "engagements[0].time");
        report.Problems.Should().Contain(p => p.Code == "CM1001" && p.Path == "engagements[0].figures[1].subject");
        report.Problems.Should().Contain(p => p.Code == "CM1005" && p.Path == "actors[0].id");
        report.Problems.Should().Contain(p => p.Code == "CM1007" && p.Path == "engagements[0].figures[2].estimates[0].quantity.form");
        report.Problems.Should().Contain(p => p.Code == "CM2002" && p.Path == "engagements[0].sides[1].actorIds[1]");
        report.Problems.Should().Contain(p => p.Code == "CM1001" && p.Path == "engagements[0].datasetFields[1].value");
        report.Problems.Should().AllSatisfy(p => ValidationRules.Find(p.Code).Should().NotBeNull(p.ToString()));
    }

    [Fact]
    public void ValidateEngagement_NullArguments_ReportRequiredMissing()
    {
        Validator.ValidateEngagement(null, Documents.Minimal).Problems.Should().ContainSingle(p => p.Code == "CM1001" && p.Path == "");
        Validator.ValidateEngagement(Documents.Engagement, (DatasetDocument?)null).Problems.Should().ContainSingle(p => p.Code == "CM1001");
        Validator.ValidateEngagement(Documents.Engagement, (DocumentIndex?)null).Problems.Should().ContainSingle(p => p.Code == "CM1001");
    }

    [Fact]
    public void Validate_TimesAtTheEdgeOfTheCalendar_DoNotThrow()
    {
        var edge = new TemporalExtent { Start = new NodaTime.LocalDateTime(9999, 12, 31, 23, 59), Precision = TemporalPrecision.Minute, TimeZoneId = "Africa/Bamako" };
        var document = Documents.WithEngagement(e => e with
        {
            Time = edge,
            Statements = [e.Statements[0] with { ReportedAt = edge with { Start = new NodaTime.LocalDateTime(-9998, 1, 1, 0, 0), Precision = TemporalPrecision.Year } }],
            Incidents = [e.Incidents[0] with { Time = edge with { End = edge.Start } }],
        });

        var report = Validator.Validate(document);

        report.HasErrors.Should().BeFalse(report.ToString());
    }

    /// <summary>
    /// Sets one member, anywhere in a generated document, to null (or to a default id), or inserts a null
    /// element into one collection, and checks that validation reports problems rather than throwing.
    /// </summary>
    [Fact]
    public void Validate_GeneratedDocumentWithOneMemberNulled_NeverThrows()
    {
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[1, 3], Gen.Int[0, int.MaxValue]).Sample((seed, engagements, pick) =>
        {
            var document = DocumentGenerator.Generate(seed, engagements);
            var slots = Slots(document).ToList();
            var (owner, property) = slots[pick % slots.Count];
            property.SetValue(owner, Broken(property.PropertyType, property.GetValue(owner)));

            var act = () => Validator.Validate(document);

            act.Should().NotThrow();
        }, iter: 300);
    }

    private static object? Broken(Type type, object? value)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            var element = type.GetGenericArguments()[0];
            var items = ((IEnumerable)value!).Cast<object?>().ToList();
            items.Insert(items.Count / 2, element.IsValueType ? Activator.CreateInstance(element) : null);
            var array = Array.CreateInstance(element, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                array.SetValue(items[i], i);
            }

            return typeof(EquatableArray).GetMethod(nameof(EquatableArray.From))!.MakeGenericMethod(element).Invoke(null, [array]);
        }

        return type.IsValueType ? Activator.CreateInstance(type) : null;
    }

    /// <summary>
    /// Every settable reference-typed, id-typed or collection member of every model object in the document,
    /// except the shared static subjects (<see cref="FigureSubject.All"/>...), which other tests use.
    /// </summary>
    private static IEnumerable<(object Owner, PropertyInfo Property)> Slots(object root)
    {
        var pending = new Stack<object>([root]);
        while (pending.Count > 0)
        {
            var owner = pending.Pop();
            if (ReferenceEquals(owner, FigureSubject.All) || ReferenceEquals(owner, FigureSubject.Civilians) || ReferenceEquals(owner, FigureSubject.Unknown))
            {
                continue;
            }

            foreach (var property in owner.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
            {
                var type = property.PropertyType;
                var value = property.GetValue(owner);
                var isCollection = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>);
                var isId = type.IsValueType && type.Namespace?.StartsWith("ConflictModel", StringComparison.Ordinal) == true && type.Name.EndsWith("Id", StringComparison.Ordinal);
                if (!type.IsValueType || isCollection || isId || Nullable.GetUnderlyingType(type) is not null)
                {
                    yield return (owner, property);
                }

                if (isCollection)
                {
                    foreach (var item in (IEnumerable)value!)
                    {
                        if (item is not null && item.GetType().Namespace?.StartsWith("ConflictModel", StringComparison.Ordinal) == true && !item.GetType().IsValueType)
                        {
                            pending.Push(item);
                        }
                    }
                }
                else if (value is not null && !type.IsValueType && type != typeof(string) && type.Namespace?.StartsWith("ConflictModel", StringComparison.Ordinal) == true)
                {
                    pending.Push(value);
                }
            }
        }
    }
}
