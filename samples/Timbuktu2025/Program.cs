using System;
using ConflictModel.Reporting;
using Timbuktu2025;

// Builds the 2 June 2025 Timbuktu attack as a dataset document and prints a readable summary:
// sides, sites, timeline, outcomes, and every figure with each source's estimate and the
// reconciled range under each policy.
var document = TimbuktuAttack.Build();
DocumentSummaryWriter.Write(Console.Out, document);
