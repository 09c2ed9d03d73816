using System;
using System.Collections.Generic;
using ConflictModel.Interop.Csv;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Formats;

/// <summary>The running counts of one read, which the formats update and <see cref="DatasetReading"/> reports.</summary>
internal sealed class ReadTally(string format, string recordKind, DatasetReadOptions options)
{
    private readonly List<Problem> _errors = [];
    private readonly List<Problem> _warnings = [];
    private readonly object _gate = new();
    private long _read;
    private long _imported;
    private long _rejected;
    private long _documents;
    private long _engagements;
    private long _warningCount;
    private ImportSummary? _csv;

    public string Name { get; } = options.Name ?? "(input)";

    public DatasetReadOptions Options { get; } = options;

    public long? OriginLine { get; set; }

    /// <summary>Counts a record that became a document or engagements.</summary>
    public void Imported(long count = 1)
    {
        lock (_gate)
        {
            _read += count;
            _imported += count;
        }
    }

    /// <summary>Counts a record that could not be read and reports its error (unless the read stops on it, when it is only kept).</summary>
    public void Rejected(Problem error, bool stopping)
    {
        lock (_gate)
        {
            _read++;
            _rejected++;
            if (_errors.Count < Options.MaxReportedProblems)
            {
                _errors.Add(error);
            }
        }

        if (!stopping)
        {
            Options.OnProblem?.Invoke(error);
        }
    }

    /// <summary>
    /// Takes the running row counts of a CSV import, which counts its own rows while it reads, so that progress
    /// reported when a document is delivered shows the rows read so far rather than none.
    /// </summary>
    public void Progressed(long read, long rejected)
    {
        lock (_gate)
        {
            _read = Math.Max(_read, read);
            _rejected = Math.Max(_rejected, rejected);
        }
    }

    public void Delivered(DatasetDocument document)
    {
        ReadProgress now;
        lock (_gate)
        {
            _documents++;
            _engagements += document.Engagements.Count;
            now = new ReadProgress(_read, _rejected, _documents);
        }

        Options.Progress?.Report(now);
    }

    /// <summary>Takes the counts and problems of a CSV import, which keeps its own.</summary>
    public void TakeCsv(ImportSummary summary)
    {
        lock (_gate)
        {
            _csv = summary;
            _read = summary.RowsRead;
            _imported = summary.RowsImported;
            _rejected = summary.RowsRejected;
            _warningCount = summary.WarningCount;
            _errors.Clear();
            _errors.AddRange(summary.Errors);
            _warnings.Clear();
            _warnings.AddRange(summary.Warnings);
        }
    }

    public ReadSummary Summary()
    {
        lock (_gate)
        {
            return new ReadSummary
            {
                Name = Name,
                Format = format,
                RecordKind = recordKind,
                RecordsRead = _read,
                RecordsImported = _imported,
                RecordsRejected = _rejected,
                Documents = _documents,
                Engagements = _engagements,
                WarningCount = _warningCount,
                Problems = [.. _errors, .. _warnings],
                Csv = _csv,
                Layout = _csv?.Layout,
            };
        }
    }
}
