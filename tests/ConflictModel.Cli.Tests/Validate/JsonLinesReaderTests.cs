using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Cli.Validate;

namespace ConflictModel.Cli.Tests.Validate;

/// <summary>The line splitter behind <c>validate</c> on JSON Lines: numbers, line ends, and a bound on what it holds.</summary>
public class JsonLinesReaderTests
{
    [Fact]
    public async Task ReadAsync_NumbersEveryLine_AndDropsLineEnds()
    {
        var lines = await Read("a\r\nbb\n\nccc", maxLineBytes: 100);

        lines.Should().Equal((1L, "a", false), (2L, "bb", false), (3L, "", false), (4L, "ccc", false));
    }

    [Fact]
    public async Task ReadAsync_LineLongerThanTheLimit_IsReportedNotHeld_AndReadingGoesOn()
    {
        var text = "short\n" + new string('x', 5000) + "\nafter\n";

        var lines = await Read(text, maxLineBytes: 1000);

        lines.Should().Equal((1L, "short", false), (2L, "", true), (3L, "after", false));
    }

    [Fact]
    public async Task ReadAsync_ManyLines_EachReadWhole()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("{\"n\":").Append(i).Append("}\n");
        }

        var lines = await Read(text.ToString(), maxLineBytes: 64);

        lines.Should().HaveCount(20_000);
        lines[19_999].Should().Be((20_000L, "{\"n\":19999}", false));
    }

    private static async Task<List<(long, string, bool)>> Read(string text, int maxLineBytes)
    {
        // A stream that hands out a few bytes at a time, so lines straddle reads.
        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(text), 7);
        var lines = new List<(long, string, bool)>();
        await foreach (var (number, bytes, tooLong) in JsonLinesReader.ReadAsync(stream, maxLineBytes))
        {
            lines.Add((number, Encoding.UTF8.GetString(bytes.Span), tooLong));
        }

        return lines;
    }

    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, System.Math.Min(count, chunk));

        public override int Read(System.Span<byte> buffer) => base.Read(buffer[..System.Math.Min(buffer.Length, chunk)]);

        public override ValueTask<int> ReadAsync(System.Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..System.Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
