using ConflictModel.Actors;
using ConflictModel.Collections;

namespace ConflictModel.Places;

/// <summary>
/// A place where part of an engagement happened, with its role in it, what it is, and how precisely its
/// location is known.
/// </summary>
/// <remarks>
/// Sites belong to one engagement; their ids are unique within the document so that incidents and
/// outcomes can reference them. A site may lie within another (the Russian base inside the airport
/// compound) through <see cref="WithinSiteId"/>. Coordinates are optional: an article often names a place
/// it does not locate, and a missing coordinate is better than an invented one.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Site
{
    /// <summary>Gets the id that incidents, outcomes and other sites use to reference this site.</summary>
    public required SiteId Id { get; init; }

    /// <summary>Gets the name most sources use ("Timbuktu Airport").</summary>
    public required string Name { get; init; }

    /// <summary>Gets other names and spellings ("Tombouctou", "Tinbuktu").</summary>
    public EquatableArray<string> Aliases { get; init; }

    /// <summary>Gets the part the site played in the engagement.</summary>
    public required SiteRole Role { get; init; }

    /// <summary>Gets what the site is.</summary>
    public required SiteKind Kind { get; init; }

    /// <summary>Gets the site's position, or <see langword="null"/> when no source locates it.</summary>
    public Coordinates? Coordinates { get; init; }

    /// <summary>Gets the site's administrative location, or <see langword="null"/> when unknown.</summary>
    public AdministrativePath? Administrative { get; init; }

    /// <summary>Gets how precisely the location (coordinates or administrative path) is known.</summary>
    public required SpatialPrecision Precision { get; init; }

    /// <summary>Gets the id of a site of the same engagement that contains this one, or <see langword="null"/>.</summary>
    public SiteId? WithinSiteId { get; init; }

    /// <summary>Gets free text that locates or describes the site ("north of the city"), or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>Gets identifiers of the place in gazetteers and grids (GeoNames, PRIO-GRID cell, Wikidata).</summary>
    public EquatableArray<ExternalId> ExternalIds { get; init; }
}
