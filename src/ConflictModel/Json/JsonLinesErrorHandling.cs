namespace ConflictModel.Json;

/// <summary>What <see cref="DatasetJson.ReadLinesAsync"/> does with a line that is not a readable document.</summary>
public enum JsonLinesErrorHandling
{
    /// <summary>Throw the line's <see cref="DatasetJsonException"/>; no later document is read. The default.</summary>
    Stop = 1,

    /// <summary>
    /// Pass the line's <see cref="DatasetJsonException"/> to <see cref="JsonLinesReadOptions.OnInvalidLine"/>
    /// and go on with the next line.
    /// </summary>
    SkipAndReport = 2,
}
