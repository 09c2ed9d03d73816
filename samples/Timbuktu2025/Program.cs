using System;
using System.IO;
using ConflictModel.Json;
using ConflictModel.Reporting;
using Timbuktu2025;

// Builds the 2 June 2025 Timbuktu attack as a dataset document and prints a readable summary:
// sides, sites, timeline, outcomes, and every figure with each source's estimate and the
// reconciled range under each policy.
//
// With --json PATH it writes the document as JSON instead ("-" for standard output). This is how the
// canonical example docs/examples/timbuktu-2025.json is made:
//   dotnet run --project samples/Timbuktu2025 -- --json docs/examples/timbuktu-2025.json
var document = TimbuktuAttack.Build();
switch (args)
{
    case []:
        DocumentSummaryWriter.Write(Console.Out, document);
        return 0;
    case ["--json", "-"]:
        using (var stdout = Console.OpenStandardOutput())
        {
            DatasetJson.Write(document, stdout);
        }

        return 0;
    case ["--json", var path]:
        using (var file = File.Create(path))
        {
            DatasetJson.Write(document, file);
        }

        Console.Error.WriteLine($"Wrote {path}");
        return 0;
    default:
        Console.Error.WriteLine("Usage: Timbuktu2025 [--json PATH|-]");
        return 2;
}
