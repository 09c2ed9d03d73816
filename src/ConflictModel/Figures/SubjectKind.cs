namespace ConflictModel.Figures;

/// <summary>Whose losses or numbers a figure counts.</summary>
public enum SubjectKind
{
    /// <summary>One side of the engagement, named by <see cref="FigureSubject.SideId"/>.</summary>
    Side = 1,

    /// <summary>Particular actors, named by <see cref="FigureSubject.ActorIds"/>.</summary>
    Actors = 2,

    /// <summary>Civilians not belonging to any side.</summary>
    Civilians = 3,

    /// <summary>People whose affiliation is not known (UCDP's deaths_unknown).</summary>
    Unknown = 4,

    /// <summary>Everyone involved, without distinction (an overall toll).</summary>
    All = 5,
}
