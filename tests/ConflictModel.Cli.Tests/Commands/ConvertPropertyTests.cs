using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ConflictModel.Interop.Formats;
using ConflictModel.Testing;
using CsCheck;

namespace ConflictModel.Cli.Tests.Commands;

/// <summary>
/// For every pair of formats of the registry: <c>convert</c> never loses a record or an engagement silently (records
/// read = converted + rejected; engagements read = written + refused; every CSV row accounted for by the engagement's
/// sites), and under <c>--strict</c> never exits 0 when the output format dropped a fact (exit 1, one located error each).
/// </summary>
public sealed partial class ConvertPropertyTests : System.IDisposable
{
    private static readonly FormatRegistry Registry = FormatRegistry.Default;

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var from in Registry.Formats.Where(f => f.CanRead && f.CanWrite))
        {
            foreach (var to in Registry.Formats.Where(f => f.CanWrite))
            {
                data.Add(from.Name, to.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Convert_EveryPair_AccountsForEveryRecordAndEngagement_AndStrictFailsOnDroppedFacts(string from, string to)
    {
        var n = 0;
        Gen.Int[0, 100_000].Select(Gen.Int[1, 4]).Sample(
            (seed, count) =>
            {
                var input = Path.Combine(_files.Path, $"in-{seed}-{n}.{from}");
                var output = Path.Combine(_files.Path, $"out-{seed}-{n++}.{to}");
                WriteAsync(from, DocumentGenerator.Generate(seed, count), input).GetAwaiter().GetResult();
                var (engagements, rows, facts) = ExpectedAsync(from, to, input).GetAwaiter().GetResult();

                var result = Cli.Run("convert", "--from", from, "--to", to, "--strict", "--bad-rows", "skip", input, output);

                var read = ReadLine().Match(result.Error);
                read.Success.Should().BeTrue(result.Error);
                long.Parse(read.Groups["read"].Value).Should().Be(long.Parse(read.Groups["ok"].Value) + long.Parse(read.Groups["rejected"].Value), "records read = converted + rejected");
                var written = WrittenLine().Match(result.Error);
                written.Success.Should().BeTrue(result.Error);
                long.Parse(written.Groups["engagements"].Value).Should().Be(engagements, "every engagement read is written");
                if (to is "ged" or "acled")
                {
                    long.Parse(written.Groups["records"].Value).Should().Be(rows, "one row per engagement and site");
                }

                var errors = result.Error.Split('\n').Count(l => l.StartsWith(output + ": error export.", System.StringComparison.Ordinal));
                errors.Should().Be((int)facts, "each dropped fact is a located error under --strict");
                result.ExitCode.Should().Be(facts > 0 ? 1 : 0, result.Error);
                if (from == to && to is "ged" or "acled")
                {
                    // What an import built from the rows is what the rows hold: written back, nothing is noted.
                    facts.Should().Be(0, "a {0} file read and written back as {0} drops no fact", to);
                    result.Error.Should().NotContain(": error export.").And.NotContain(" cannot hold or merged");
                }
            },
            iter: 6,
            threads: 1);
    }

    private static async Task WriteAsync(string format, DatasetDocument document, string path)
    {
        await using var stream = File.Create(path);
        await Registry.Find(format)!.WriteAsync(One(document), stream);
    }

    /// <summary>What the same conversion gives through the library: engagements read, rows a CSV target holds, facts it drops.</summary>
    private static async Task<(long Engagements, long Rows, long Facts)> ExpectedAsync(string from, string to, string path)
    {
        var documents = new List<DatasetDocument>();
        await using (var stream = File.OpenRead(path))
        {
            await foreach (var document in Registry.Find(from)!.Read(stream, new DatasetReadOptions { Name = path, UniqueIdsAcrossBatches = true }))
            {
                documents.Add(document);
            }
        }

        var engagements = documents.Sum(d => (long)d.Engagements.Count);
        var rows = documents.Sum(d => d.Engagements.Sum(e => (long)System.Math.Max(1, e.Sites.Count)));
        var summary = await Registry.Find(to)!.WriteAsync(Many(documents), Stream.Null);
        return (engagements, rows, summary.FactsDropped);
    }

    private static async IAsyncEnumerable<DatasetDocument> One(DatasetDocument document)
    {
        await Task.Yield();
        yield return document;
    }

    private static async IAsyncEnumerable<DatasetDocument> Many(List<DatasetDocument> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }

    [GeneratedRegex(@"(?<read>\d+) (row|line|document)s? read: (?<ok>\d+) (imported|converted), (?<rejected>\d+) rejected")]
    private static partial Regex ReadLine();

    [GeneratedRegex(@": (?<engagements>\d+) engagements? written in (?<records>\d+) (row|line|document)s?")]
    private static partial Regex WrittenLine();
}
