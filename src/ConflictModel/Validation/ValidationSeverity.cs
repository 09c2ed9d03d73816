namespace ConflictModel.Validation;

/// <summary>How serious a <see cref="Problem"/> is. Values are ordered by gravity, so <c>severity &gt;= Warning</c> works.</summary>
public enum ValidationSeverity
{
    /// <summary>Worth knowing, not wrong: a self-reported estimate, an actor that takes no side.</summary>
    Info = 1,

    /// <summary>
    /// Suspicious, but real data does this (UCDP rows whose high is below their best); the document is
    /// usable as stated and nothing should be dropped because of it.
    /// </summary>
    Warning = 2,

    /// <summary>The document is unusable as stated: a reference points nowhere, a value is out of range, a required member is missing.</summary>
    Error = 3,
}
