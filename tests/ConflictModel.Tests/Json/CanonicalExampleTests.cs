using System;
using System.Diagnostics;
using System.IO;
using ConflictModel.Json;
using Timbuktu2025;

namespace ConflictModel.Tests.Json;

/// <summary>
/// docs/examples/timbuktu-2025.json is what the Timbuktu sample writes, byte for byte. When the sample or
/// the format changes, regenerate it:
/// <c>dotnet run --project samples/Timbuktu2025 -- --json docs/examples/timbuktu-2025.json</c>.
/// </summary>
public class CanonicalExampleTests
{
    private static readonly string ExamplePath = Path.Combine(RepositoryRoot(), "docs", "examples", "timbuktu-2025.json");

    [Fact]
    public void Example_IsExactlyWhatTheLibraryWritesForTheSample()
    {
        var committed = File.ReadAllBytes(ExamplePath);

        DatasetJson.WriteUtf8(TimbuktuAttack.Build()).Should().Equal(committed, "regenerate the file with the sample's --json option");
    }

#if NET10_0_OR_GREATER // the sample program itself is built for net10.0 only
    [Fact]
    public void Example_IsExactlyWhatTheSampleProgramWrites()
    {
        var output = Path.Combine(Path.GetTempPath(), "timbuktu-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "Timbuktu2025.dll");
            var start = new ProcessStartInfo("dotnet", [dll, "--json", output]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit(60_000).Should().BeTrue();

            process.ExitCode.Should().Be(0, errors);
            File.ReadAllBytes(output).Should().Equal(File.ReadAllBytes(ExamplePath), "regenerate the file with the sample's --json option");
        }
        finally
        {
            File.Delete(output);
        }
    }
#endif

    [Fact]
    public void Example_ReadsBackAsTheSampleDocument()
    {
        using var file = File.OpenRead(ExamplePath);

        DatasetJson.Read(file).Should().Be(TimbuktuAttack.Build());
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ConflictModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with ConflictModel.sln) is not above " + AppContext.BaseDirectory);
    }
}
