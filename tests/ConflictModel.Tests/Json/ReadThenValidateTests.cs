using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictModel.Json;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Json;

/// <summary>Reading checks the form, validation the meaning; their paths name the same places.</summary>
public class ReadThenValidateTests
{
    private const string ReadableButInvalid = """
        {
          "formatVersion": "1.0",
          "engagements": [
            {
              "id": "e",
              "name": "n",
              "type": "attack",
              "time": { "start": "2025-06-02", "precision": "day" },
              "sites": [
                { "id": "s", "name": "S", "role": "target", "kind": "airport", "precision": "exactLocation",
                  "coordinates": { "latitude": 200, "longitude": -3.0 } }
              ],
              "sides": [ { "id": "a", "role": "attacker", "actorIds": ["nobody"] } ]
            }
          ]
        }
        """;

    [Fact]
    public void ReadThenValidate_ReadableDocumentWithWrongValues_IsReadAndTheValidatorPathsPointIntoTheJson()
    {
        var document = DatasetJson.Read(ReadableButInvalid);

        var report = DatasetValidator.Default.Validate(document);

        report.HasErrors.Should().BeTrue();
        report.Problems.Select(p => p.Path).Should().Contain("engagements[0].sites[0].coordinates.latitude")
            .And.Contain(p => p!.StartsWith("engagements[0].sides[0].actorIds[0]", System.StringComparison.Ordinal));
        using var json = JsonDocument.Parse(ReadableButInvalid);
        foreach (var problem in report.Problems.Where(p => p.Path!.Length > 0))
        {
            Navigate(json.RootElement, problem.Path!).ValueKind.Should().NotBe(JsonValueKind.Undefined, problem.Path + " names a place in the JSON");
        }
    }

    [Fact]
    public void ReadThenValidate_TheCanonicalExample_HasNoErrors()
    {
        var root = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "ConflictModel.sln")))
        {
            root = root.Parent!;
        }

        using var file = File.OpenRead(Path.Combine(root.FullName, "docs", "examples", "timbuktu-2025.json"));
        var report = DatasetValidator.Default.Validate(DatasetJson.Read(file));

        report.HasErrors.Should().BeFalse(report.ToString());
    }

    private static JsonElement Navigate(JsonElement element, string path)
    {
        foreach (var part in path.Split('.'))
        {
            var name = part.Contains('[', System.StringComparison.Ordinal) ? part[..part.IndexOf('[', System.StringComparison.Ordinal)] : part;
            if (!element.TryGetProperty(name, out element))
            {
                return default;
            }

            foreach (var index in part.Split('[').Skip(1).Select(i => int.Parse(i.TrimEnd(']'), System.Globalization.CultureInfo.InvariantCulture)))
            {
                if (element.ValueKind != JsonValueKind.Array || index >= element.GetArrayLength())
                {
                    return default;
                }

                element = element[index];
            }
        }

        return element;
    }
}
