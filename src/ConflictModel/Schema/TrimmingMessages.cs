namespace ConflictModel.Schema;

/// <summary>The messages of the trimming and single-file annotations of schema generation, in one place.</summary>
internal static class TrimmingMessages
{
    /// <summary>Why schema generation is not trim-safe.</summary>
    internal const string Reflection =
        "Schema generation reads the model types' properties and the constants named in the XML documentation through reflection, which trimming may remove. Generate the schema in a build that is not trimmed (or use the published docs/schema files).";

    /// <summary>Why the parameterless overloads need the assembly on disk.</summary>
    internal const string DocumentationNextToAssembly =
        "The XML documentation file is looked for next to the ConflictModel assembly, which a single-file or Native AOT application does not have: pass its path to DatasetSchema.Generate(string).";
}
