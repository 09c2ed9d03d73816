namespace ConflictModel.Interop.Formats;

/// <summary>
/// One of the layouts a format has been published in: a GED yearly release's columns, the Candidate release, the
/// download centre's export, ACLED's pre-2023 columns, a monadic export. A reader recognises the layout from the
/// input (its header or first record), records it on every engagement it reads (a dataset field named
/// <see cref="DatasetFormat.LayoutFieldName"/>), and a writer writes that layout back unless
/// <see cref="DatasetWriteOptions.Layout"/> asks for another.
/// </summary>
/// <param name="Name">The name the layout is recorded and chosen under (<c>--layout</c>): lower case, such as <c>release</c>.</param>
/// <param name="Description">A short description for help and docs/interop.md, saying where such files come from.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FormatLayout(string Name, string Description);
