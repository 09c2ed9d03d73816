using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace ConflictModel.Cli.Validate;

/// <summary>
/// Splits a JSON Lines stream into its lines with their one-based numbers, holding one line at a time
/// (at most <see cref="MaxLineBytes"/>), so that each document's problems can be shown at its line.
/// </summary>
internal static class JsonLinesReader
{
    /// <summary>The longest line read: 64 MiB, as the library's JSON Lines reader.</summary>
    public const int MaxLineBytes = 64 * 1024 * 1024;

    /// <summary>Reads the lines; a line's bytes are valid only until the next one is asked for.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="maxLineBytes">The longest line held; a longer one is reported as too long, not held.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Each line (without its '\n' or '\r\n'), its number, and whether it was too long to hold (then empty).</returns>
    public static async IAsyncEnumerable<(long Number, ReadOnlyMemory<byte> Bytes, bool TooLong)> ReadAsync(Stream stream, int maxLineBytes = MaxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(64 * 1024, maxLineBytes + 1));
        int start = 0, end = 0;
        long number = 0;
        var endOfStream = false;
        var discarding = false;
        try
        {
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline < 0 && !endOfStream)
                {
                    if (end - start > maxLineBytes)
                    {
                        discarding = true;
                        start = end = 0;
                    }
                    else if (start > 0)
                    {
                        buffer.AsSpan(start, end - start).CopyTo(buffer);
                        end -= start;
                        start = 0;
                    }

                    if (end == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, end).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                    endOfStream = read == 0;
                    end += read;
                    continue;
                }

                if (newline < 0 && start == end)
                {
                    yield break;
                }

                var length = newline < 0 ? end - start : newline;
                var line = buffer.AsMemory(start, length);
                start = newline < 0 ? end : start + newline + 1;
                number++;
                if (line.Length > 0 && line.Span[^1] == (byte)'\r')
                {
                    line = line[..^1];
                }

                yield return discarding ? (number, ReadOnlyMemory<byte>.Empty, true) : (number, line, false);
                discarding = false;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
