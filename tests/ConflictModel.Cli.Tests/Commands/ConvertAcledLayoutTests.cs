using System.IO;
using System.Linq;

namespace ConflictModel.Cli.Tests.Commands;

/// <summary><c>convert</c> with ACLED's layouts: the layout read is written back through JSON, <c>--layout</c> asks for another.</summary>
public sealed class ConvertAcledLayoutTests : System.IDisposable
{
    private static readonly string Monadic = Repository.PathOf("tests", "ConflictModel.Cli.Tests", "TestData", "acled-monadic-constructed.csv");

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Convert_MonadicThroughJson_IsWrittenBackMonadic_AndAsCurrentWhenAsked()
    {
        var json = Path.Combine(_files.Path, "monadic.json");
        var back = Path.Combine(_files.Path, "back.csv");
        var dyadic = Path.Combine(_files.Path, "dyadic.csv");

        var toJson = Cli.Run("convert", "--to", "json", Monadic, json);
        var toAcled = Cli.Run("convert", "--to", "acled", json, back);
        var toCurrent = Cli.Run("convert", "--to", "acled", "--layout", "current", Monadic, dyadic);

        toJson.ExitCode.Should().Be(0, toJson.Error);
        toJson.Error.Should().StartWith($"{Monadic}: 6 rows read: 6 imported, 0 rejected").And.Contain("4 engagements written");
        toAcled.ExitCode.Should().Be(0, toAcled.Error);
        File.ReadLines(back).First().Should().Be(File.ReadLines(Monadic).First(), "the @layout recorded in the JSON says monadic");
        File.ReadLines(back).Should().HaveCount(7, "a header and a row per actor: 2 + 2 + 1 + 1");
        toCurrent.ExitCode.Should().Be(0, toCurrent.Error);
        var lines = File.ReadLines(dyadic).ToList();
        lines[0].Should().StartWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,");
        lines.Should().HaveCount(5, "a header and a row per event");
        lines[1].Should().Contain("M23: March 23 Movement");
    }
}
