using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace ConflictModel.Cli.Validate;

/// <summary>
/// Shows how far the validation of a large file has got, on one line of standard error rewritten in
/// place; only when standard error is a terminal, so that redirected output never holds it.
/// </summary>
/// <param name="error">Standard error.</param>
/// <param name="enabled">Whether standard error is a terminal.</param>
internal sealed class Progress(TextWriter error, bool enabled)
{
    /// <summary>Files smaller than this (1 MiB) finish too fast to need progress.</summary>
    public const long MinimumFileBytes = 1024 * 1024;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _last;
    private bool _shown;

    /// <summary>Shows the progress of a file, at most four times a second.</summary>
    /// <param name="file">The file.</param>
    /// <param name="documents">Documents done so far.</param>
    /// <param name="position">Bytes read so far.</param>
    /// <param name="length">The file's length in bytes.</param>
    /// <param name="unit">What <paramref name="documents"/> counts, in the plural: "documents" or "rows".</param>
    public void Report(string file, long documents, long position, long length, string unit = "documents")
    {
        if (!enabled || length < MinimumFileBytes || (_last is { } last && _clock.Elapsed - last < TimeSpan.FromMilliseconds(250)))
        {
            return;
        }

        _last = _clock.Elapsed;
        _shown = true;
        var percent = length == 0 ? 100 : (int)(100 * Math.Min(position, length) / length);
        error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{file}: {documents} {unit}, {percent}%   "));
        error.Flush();
    }

    /// <summary>Clears the progress line, if one is shown.</summary>
    public void Clear()
    {
        if (_shown)
        {
            error.Write("\r\u001b[K");
            error.Flush();
            _shown = false;
        }
    }
}
