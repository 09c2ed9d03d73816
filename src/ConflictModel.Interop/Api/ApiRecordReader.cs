using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Engagements;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Formats;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Api;

/// <summary>
/// Reads the records of API pages from a stream with <see cref="Utf8JsonReader"/> over a refilled buffer, maps each
/// with the dataset's CSV row mapper (its fields fed as a row, by the names of the first record), and collects the
/// engagements into batches. The caller alternates <see cref="Process"/> (parse what the buffer holds),
/// <see cref="TryTake"/> (the batches ready) and <see cref="FillAsync"/> (read more).
/// </summary>
/// <remarks>
/// Each top-level JSON value (a page, or a bare array) is read with a reader state of its own, so pages may follow
/// one another in one input (on net8.0 too, which lacks <c>AllowMultipleValues</c>). Lines are counted as the bytes
/// go by, restarting at each page file of a <see cref="PageFolderStream"/>, so that every problem has its file and line.
/// </remarks>
internal sealed class ApiRecordReader
{
    private const int InitialBuffer = 64 * 1024;

    private readonly ApiJsonFormat _format;
    private readonly Stream _input;
    private readonly PageFolderStream? _folder;
    private readonly ReadTally _tally;
    private readonly DatasetReadOptions _options;
    private readonly RowMapper _mapper;
    private readonly RowBlock _block = new();
    private readonly BatchBuilder _batch = new();
    private readonly Queue<DatasetDocument> _ready = new();
    private readonly Dictionary<EngagementId, string> _ids = [];
    private readonly List<Problem> _errors = [];
    private readonly List<Problem> _warnings = [];
    private readonly List<ApiPage> _pages = [];
    private readonly HeaderReport _report = new();
    private readonly HashSet<string> _unknownWarned = new(StringComparer.OrdinalIgnoreCase);

    private byte[] _buffer = new byte[InitialBuffer];
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _eof;

    private JsonReaderState _state;
    private bool _inValue;
    private long _valueLine;
    private string _valueFile;

    private long _countedTo;
    private long _line = 1;
    private int _fileIndex = -1;

    private Mode _mode;
    private Mode _afterSkip;
    private int _skipDepth;
    private string? _property;
    private ApiPage? _page;

    private string[]? _header;
    private Dictionary<string, int>? _index;
    private string?[] _values = [];
    private bool[] _set = [];
    private readonly List<(string Name, string? Value)> _firstFields = [];
    private long _recordIndex;
    private long _recordLine;
    private string _recordFile;
    private Problem? _recordError;
    private RowContext? _context;

    private long _read;
    private long _imported;
    private long _rejected;
    private long _warningCount;
    private int _batches;
    private Problem? _failure;
    private BatchStage? _stage;
    private bool _stageFinished;

    public ApiRecordReader(ApiJsonFormat format, Stream input, ReadTally tally, RowMapper mapper)
    {
        _format = format;
        _input = input;
        _folder = input as PageFolderStream;
        _tally = tally;
        _options = tally.Options;
        _mapper = mapper;
        _valueFile = _recordFile = tally.Name;
    }

    /// <summary>What <see cref="Process"/> stopped for.</summary>
    public enum Step
    {
        /// <summary>The buffer is used up: call <see cref="FillAsync"/>.</summary>
        NeedData,

        /// <summary>A batch is ready: take it, then process on.</summary>
        Ready,

        /// <summary>The read must stop: take the batches ready, then throw <see cref="Failure"/>.</summary>
        Failed,

        /// <summary>The input has ended: take the batches ready, then call <see cref="Finish"/>.</summary>
        Finished,
    }

    private enum Mode
    {
        Top,
        Envelope,
        EnvelopeValue,
        Records,
        Record,
        RecordValue,
        Skip,
    }

    /// <summary>Gets the path of the record being read: <c>Result[3]</c> in an envelope, <c>[3]</c> in a bare array.</summary>
    private string RecordPath => (_page is { Bare: false } ? _format.Records : string.Empty) + "[" + _recordIndex.ToString(CultureInfo.InvariantCulture) + "]";

    public bool TryTake(out DatasetDocument document) => _ready.TryDequeue(out document!);

    /// <summary>Parses what the buffer holds, until a batch is ready, the buffer is used up, the input ends or the read fails.</summary>
    public Step Process(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_failure is not null)
            {
                return Step.Failed;
            }

            if (_ready.Count > 0)
            {
                return Step.Ready;
            }

            if (!_inValue && !StartValue(out var need))
            {
                if (_failure is not null)
                {
                    return Step.Failed;
                }

                if (need)
                {
                    return Step.NeedData;
                }

                Deliver();
                FinishStage();
                return _failure is not null ? Step.Failed : _ready.Count > 0 ? Step.Ready : Step.Finished;
            }

            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
            var done = false;
            var more = true;
            try
            {
                while (_ready.Count == 0 && _failure is null && !done)
                {
                    if (!reader.Read())
                    {
                        more = false;
                        break;
                    }

                    done = Handle(ref reader);
                }
            }
            catch (JsonException e)
            {
                var line = _valueLine + (e.LineNumber ?? 0);
                Fail(new Problem
                {
                    Code = "json.syntax",
                    Severity = ValidationSeverity.Error,
                    Message = "The input is not well-formed JSON: " + e.Message.Split(" LineNumber:", 2)[0].TrimEnd('.', ' ') + ".",
                    File = _valueFile,
                    Line = line,
                    Column = e.LineNumber > 0 && e.BytePositionInLine is { } column ? column + 1 : null,
                    Path = _page is null ? null : _mode is Mode.Record or Mode.RecordValue ? RecordPath : string.Empty,
                });
                return Step.Failed;
            }

            _start += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            if (done)
            {
                _inValue = false;
                continue;
            }

            if (!more)
            {
                if (_eof)
                {
                    // The final block ended inside the value; Utf8JsonReader throws for that, but be sure.
                    Fail(Error("json.syntax", "The input ends inside a JSON value (a download cut short?).", _valueFile, _valueLine, null));
                    return Step.Failed;
                }

                return Step.NeedData;
            }
        }
    }

    /// <summary>Reads more of the input into the buffer (growing it when one value fills it).</summary>
    public async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        CountLines(_bufferOffset + _start);
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var files = _folder?.Starts.Count ?? 0;
        var n = await _input.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (_folder is not null && _inValue && (n == 0 || _folder.Starts.Count > files))
        {
            // The folder reads one file at a time, so new bytes of another file (or none) while a value is open mean
            // that the value's page file ended inside it: each page file holds whole JSON values.
            Fail(Error("json.syntax", "The page file ends inside its JSON (a download cut short?); each page file must hold whole JSON values.", _valueFile, _valueLine, string.Empty));
        }

        if (n == 0)
        {
            _eof = true;
        }

        _end += n;
    }

    /// <summary>The exception that stops the read, with the summary so far (DatasetReading makes it a DatasetReadException).</summary>
    public CsvImportException Failure() => new(_failure!, Summary());

    /// <summary>The summary, corrected by the mapper's stage (ACLED's monadic join) for the records it joined or refused.</summary>
    private ImportSummary Summary() => _stage?.Complete(RecordSummary()) ?? RecordSummary();

    /// <summary>Checks the pages' counts and hands the summary to the tally.</summary>
    public void Finish(ReadTally tally)
    {
        _format.Check(_pages, _read, (code, message) => AddWarning(Warning(code, message, tally.Name, null, null, null)));
        tally.TakeCsv(Summary());
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    /// <summary>The summary of the records as they were read and mapped, before any stage.</summary>
    private ImportSummary RecordSummary() => new()
    {
        File = _tally.Name,
        RowsRead = _read,
        RowsImported = _imported,
        RowsRejected = _rejected,
        Batches = _batches,
        Errors = _errors.ToArray(),
        WarningCount = _warningCount,
        Warnings = _warnings.ToArray(),
        MissingColumns = _report.Missing.ToArray(),
        UnknownColumns = _report.Unknown.ToArray(),
        RenamedColumns = _report.Renamed.ToArray(),
        HxlRowSkipped = false,
        Layout = _stage is null ? null : _mapper.LayoutName,
    };

    /// <summary>Skips white space (and a byte order mark) to the next top-level value; false when there is none yet (<paramref name="need"/>: more data may bring one).</summary>
    private bool StartValue(out bool need)
    {
        need = false;
        while (true)
        {
            while (_start < _end && IsSpace(_buffer[_start]))
            {
                _start++;
            }

            if (_start == _end)
            {
                need = !_eof;
                if (_eof && _pages.Count == 0)
                {
                    Fail(Error("api.empty", $"The input holds no JSON; expected a {_format.Dataset} API page or an array of records.", _tally.Name, null, null));
                }

                return false;
            }

            if (_buffer[_start] == 0xEF)
            {
                if (_end - _start < 3 && !_eof)
                {
                    need = true;
                    return false;
                }

                if (_buffer.AsSpan(_start).StartsWith("\uFEFF"u8))
                {
                    _start += 3;
                    continue;
                }
            }

            break;
        }

        var position = _bufferOffset + _start;
        CountLines(position);
        _valueLine = _line;
        _valueFile = CurrentFile;
        if (_buffer[_start] is 0xFF or 0xFE or 0x00)
        {
            Fail(Error("json.syntax", "The input looks like UTF-16 (or another encoding with zero bytes); JSON is read as UTF-8: save it as UTF-8.", _valueFile, _valueLine, null));
            return false;
        }

        _inValue = true;
        _state = new JsonReaderState(new JsonReaderOptions { MaxDepth = 64 });
        _mode = Mode.Top;
        _page = null;
        return true;
    }

    private string CurrentFile => _folder is null || _fileIndex < 0 ? _tally.Name : _folder.Starts[_fileIndex].File;

    /// <summary>Counts the lines up to <paramref name="to"/> (a position still in the buffer), restarting at each page file.</summary>
    private void CountLines(long to)
    {
        var starts = _folder?.Starts;
        while (true)
        {
            var next = to;
            var boundary = false;
            if (starts is not null && _fileIndex + 1 < starts.Count && starts[_fileIndex + 1].Start <= to)
            {
                next = starts[_fileIndex + 1].Start;
                boundary = true;
            }

            if (next > _countedTo)
            {
                _line += _buffer.AsSpan((int)(_countedTo - _bufferOffset), (int)(next - _countedTo)).Count((byte)'\n');
                _countedTo = next;
            }

            if (!boundary)
            {
                return;
            }

            _fileIndex++;
            _line = 1;
        }
    }

    /// <summary>Handles one token; true when it ends the top-level value.</summary>
    private bool Handle(ref Utf8JsonReader reader)
    {
        var token = reader.TokenType;
        switch (_mode)
        {
            case Mode.Top:
                _page = new ApiPage { File = _valueFile, Line = _valueLine, Bare = token == JsonTokenType.StartArray };
                _pages.Add(_page);
                _recordIndex = -1;
                if (token == JsonTokenType.StartObject)
                {
                    _mode = Mode.Envelope;
                }
                else if (token == JsonTokenType.StartArray)
                {
                    _mode = Mode.Records;
                }
                else
                {
                    Fail(Error("api.unexpected-shape", $"The input starts with {Describe(token)}; expected a {_format.Dataset} API page (an object with a '{_format.Records}' array of records) or an array of records.", _valueFile, _valueLine, string.Empty));
                }

                return false;

            case Mode.Envelope:
                if (token == JsonTokenType.PropertyName)
                {
                    _property = reader.GetString();
                    _mode = Mode.EnvelopeValue;
                    return false;
                }

                // The envelope's end.
                return EndPage();

            case Mode.EnvelopeValue:
                if (string.Equals(_property, _format.Records, StringComparison.OrdinalIgnoreCase))
                {
                    if (token == JsonTokenType.StartArray)
                    {
                        _page!.HasRecords = true;
                        _mode = Mode.Records;
                        return false;
                    }

                    if (token != JsonTokenType.Null)
                    {
                        Fail(Error("api.unexpected-shape", $"The page's '{_property}' is {Describe(token)}; expected an array of records.", _valueFile, Line(ref reader), _property!));
                        return false;
                    }
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    Skip(Mode.Envelope);
                    return false;
                }

                _page!.Members[_property!] = Scalar(ref reader);
                _mode = Mode.Envelope;
                return false;

            case Mode.Skip:
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    _skipDepth++;
                }
                else if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    if (--_skipDepth == 0)
                    {
                        _mode = _afterSkip;
                    }
                }
                else if (token == JsonTokenType.String && _afterSkip == Mode.Envelope && _page!.NestedTexts.Count < 5)
                {
                    _page.NestedTexts.Add(reader.GetString()!);
                }

                return false;

            case Mode.Records:
                if (token == JsonTokenType.EndArray)
                {
                    if (_page!.Bare)
                    {
                        return EndPage();
                    }

                    _mode = Mode.Envelope;
                    return false;
                }

                _recordIndex++;
                _page!.Records++;
                _recordLine = Line(ref reader);
                _recordFile = CurrentFile;
                if (token == JsonTokenType.StartObject)
                {
                    _recordError = null;
                    _mode = Mode.Record;
                    return false;
                }

                // An element that is not an object: a record that cannot be read.
                _read++;
                Reject(Error("api.not-a-record", $"The element is {Describe(token)}; each record of a {_format.Dataset} page is an object of fields.", _recordFile, _recordLine, RecordPath));
                if (token == JsonTokenType.StartArray)
                {
                    Skip(Mode.Records);
                }

                return false;

            case Mode.Record:
                if (token == JsonTokenType.PropertyName)
                {
                    _property = reader.GetString();
                    _mode = Mode.RecordValue;
                    return false;
                }

                EndRecord();
                _mode = Mode.Records;
                return false;

            case Mode.RecordValue:
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    _recordError ??= Error("api.nested-value", $"The field '{_property}' holds {Describe(token)}; a record's fields are strings, numbers, booleans or null, as the dataset's CSV columns.", _recordFile, Line(ref reader), RecordPath + "." + _property);
                    Skip(Mode.Record);
                    return false;
                }

                SetField(_property!, Scalar(ref reader), ref reader);
                _mode = Mode.Record;
                return false;

            default:
                throw new InvalidOperationException("Unknown reading mode " + _mode + ".");
        }
    }

    private void Skip(Mode after)
    {
        _skipDepth = 1;
        _afterSkip = after;
        _mode = Mode.Skip;
    }

    private long Line(ref Utf8JsonReader reader)
    {
        CountLines(_bufferOffset + _start + reader.TokenStartIndex);
        return _line;
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>A scalar's text as a CSV cell would hold it: numbers as written, strings unescaped, booleans lower case, null as null.</summary>
    private static string? Scalar(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => null,
    };

    private void SetField(string name, string? value, ref Utf8JsonReader reader)
    {
        if (_header is null)
        {
            foreach (var (seen, _) in _firstFields)
            {
                if (string.Equals(seen, name, StringComparison.OrdinalIgnoreCase))
                {
                    _recordError ??= Error("api.duplicate-field", $"The record names the field '{name}' twice (fields are matched ignoring case); its values cannot be told apart.", _recordFile, Line(ref reader), RecordPath + "." + name);
                    return;
                }
            }

            _firstFields.Add((name, value));
            return;
        }

        if (!_index!.TryGetValue(name, out var column))
        {
            if (_unknownWarned.Add(name))
            {
                AddWarning(Warning("api.unknown-field", $"The field '{name}' is not one of the first record's, whose fields the import is bound to; its values (here and in later records) are not imported.", _recordFile, Line(ref reader), RecordPath + "." + name, value));
            }

            return;
        }

        if (_set[column])
        {
            _recordError ??= Error("api.duplicate-field", $"The record names the field '{name}' twice (fields are matched ignoring case); its values cannot be told apart.", _recordFile, Line(ref reader), RecordPath + "." + name);
            return;
        }

        _values[column] = value;
        _set[column] = true;
    }

    private void EndRecord()
    {
        _read++;
        if (_header is null)
        {
            Bind();
            if (_failure is not null)
            {
                _read--;
                return;
            }
        }

        if (_recordError is { } error)
        {
            Reject(error);
        }
        else
        {
            Map();
        }

        Array.Clear(_values);
        Array.Clear(_set);
    }

    /// <summary>Binds the mapper to the first record's fields, which become the header.</summary>
    private void Bind()
    {
        _header = new string[_firstFields.Count];
        _index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        _values = new string?[_firstFields.Count];
        _set = new bool[_firstFields.Count];
        for (var i = 0; i < _header.Length; i++)
        {
            _header[i] = _firstFields[i].Name;
            _index[_header[i]] = i;
            _values[i] = _firstFields[i].Value;
            _set[i] = true;
        }

        try
        {
            _mapper.Bind(_header, _report);
        }
        catch (RowFormatException e)
        {
            var message = e.Code == "csv.missing-columns"
                ? e.Message.Replace("The header lacks the required column(s)", "The first record, whose fields the import is bound to, lacks the required field(s)", StringComparison.Ordinal)
                    .Replace("; check the file's first line.", "; the first record must have them (null where a value is missing).", StringComparison.Ordinal)
                : "The first record, whose fields the import is bound to, cannot be read as the dataset's columns: " + e.Message;
            Fail(Error(e.Code, message, _recordFile, _recordLine, RecordPath));
            return;
        }

        // A layout that needs its records joined (ACLED's monadic records, one per actor) gets the same stage as its CSV files.
        var import = new CsvImportOptions
        {
            FileName = _tally.Name,
            BatchSize = _options.BatchSize,
            BadRows = _options.BadRecords,
            MaxReportedIssues = _options.MaxReportedProblems,
        };
        _stage = _mapper.CreateStage(import, (document, _) => HandOn(document), RecordSummary);
    }

    private void Map()
    {
        var path = RecordPath;
        if (_context is null || !ReferenceEquals(_context.File, _recordFile))
        {
            _context = new RowContext(_recordFile, _block);
        }

        _context.Line = _recordLine;
        _context.Record = _read;
        _context.Path = path;
        var engagement = MapOnce(path, null);
        if (engagement is null)
        {
            return;
        }

        var where = _recordFile + ":" + _recordLine.ToString(CultureInfo.InvariantCulture) + " (" + path + ")";
        string? duplicate = null;
        if (_ids.TryGetValue(engagement.Id, out var first))
        {
            // Two records with one event id (a page read twice, pages overlapping after the data changed): a document's
            // ids are unique, so the later record's ids get its number as a suffix, as the CSV import does with lines.
            engagement = MapOnce(path, ".record-" + _read.ToString(CultureInfo.InvariantCulture));
            if (engagement is null)
            {
                return;
            }

            if (_ids.TryGetValue(engagement.Id, out var again))
            {
                Reject(Error("csv.id-collision", $"The record's engagement id '{engagement.Id}' is already used by the record at {again}; ids are unique within a document.", _recordFile, _recordLine, path));
                return;
            }

            duplicate = first;
        }

        foreach (var actor in _block.Actors)
        {
            _batch.Add(actor);
        }

        foreach (var source in _block.Sources)
        {
            _batch.Add(source);
        }

        _batch.Add(engagement);
        _ids.Add(engagement.Id, where);
        _imported++;
        foreach (var warning in _block.Warnings)
        {
            AddWarning(warning with { Path = path + (warning.ColumnName is { } column ? "." + column : string.Empty) });
        }

        if (duplicate is not null)
        {
            AddWarning(Warning("csv.duplicate-id", $"The record at {duplicate} has the same event id; this record is imported as engagement '{engagement.Id}', since ids are unique within a document (the event id is kept).", _recordFile, _recordLine, path, null));
        }

        if (_batch.Count >= _options.BatchSize)
        {
            Deliver();
        }
    }

    /// <summary>Maps the record's values once; null when it is bad (it is then rejected).</summary>
    private Engagement? MapOnce(string path, string? suffix)
    {
        _block.Reset();
        _block.Add(_values, _recordLine);
        _context!.Block = _block;
        _context.IdSuffix = suffix;
        try
        {
            return _mapper.Map(_block[0], _context);
        }
        catch (RowFormatException e)
        {
            Reject(e.ToProblem(_recordFile, _recordLine) with { Path = path + (e.Column is { } column ? "." + column : string.Empty) });
            return null;
        }
        finally
        {
            _context.IdSuffix = null;
        }
    }

    private bool EndPage()
    {
        var page = _page!;
        if (!page.Bare && _format.Check(page, (code, message) => AddWarning(Warning(code, message, page.File, page.Line, string.Empty, null))) is { } failure)
        {
            Fail(Error("api.failed-response", failure, page.File, page.Line, string.Empty));
            return true;
        }

        if (!page.Bare && !page.HasRecords)
        {
            var said = page.NestedTexts.Count > 0 ? " It says: " + string.Join("; ", page.NestedTexts) + "." : string.Empty;
            foreach (var name in (ReadOnlySpan<string>)["message", "error", "messages"])
            {
                if (page.Member(name) is { Length: > 0 } text)
                {
                    said += $" Its {name}: {text.TrimEnd('.')}.";
                }
            }

            Fail(Error("api.unexpected-shape", $"The page has no '{_format.Records}' array of records: it is not a {_format.Dataset} API page of events, or the API answered with an error.{said}", page.File, page.Line, string.Empty));
            return true;
        }

        return true;
    }

    private void Deliver()
    {
        if (_batch.Count == 0)
        {
            return;
        }

        var document = _batch.Build();
        _batch.Clear();
        if (!_options.UniqueIdsAcrossBatches)
        {
            _ids.Clear();
        }

        _batches++;
        _tally.Progressed(_read, _rejected);
        if (_stage is null)
        {
            _ready.Enqueue(document);
            return;
        }

        try
        {
            Wait(_stage.AcceptAsync(document, CancellationToken.None));
        }
        catch (CsvImportException e) when (ReferenceEquals(e, _stage.Failure))
        {
            // A record the stage refused under StopAtFirst (a late row of an event handed on): it has handed on what it held.
            _stageFinished = true;
            _failure ??= e.Error;
        }
    }

    /// <summary>Hands on what the stage still holds, once: at the end of the input, or when the read stops.</summary>
    private void FinishStage()
    {
        if (_stage is null || _stageFinished)
        {
            return;
        }

        _stageFinished = true;
        Wait(_stage.FinishAsync(CancellationToken.None));
    }

    /// <summary>The stage's callback: its documents join the queue the caller takes them from.</summary>
    private ValueTask HandOn(DatasetDocument document)
    {
        _ready.Enqueue(document);
        return ValueTask.CompletedTask;
    }

    /// <summary>Waits for the stage, whose callback (<see cref="HandOn"/>) completes at once, so that it has always finished already.</summary>
    private static void Wait(ValueTask step)
    {
        if (!step.IsCompletedSuccessfully)
        {
            step.AsTask().GetAwaiter().GetResult();
        }
    }

    private void Reject(Problem error)
    {
        _rejected++;
        if (_errors.Count < _options.MaxReportedProblems)
        {
            _errors.Add(error);
        }

        if (_options.BadRecords == BadRowHandling.StopAtFirst)
        {
            Fail(error);
        }
        else
        {
            _options.OnProblem?.Invoke(error);
        }
    }

    /// <summary>Stops the read: the batch so far is delivered first, as the CSV import does.</summary>
    private void Fail(Problem error)
    {
        if (_failure is not null)
        {
            return;
        }

        if (!_errors.Contains(error) && _errors.Count < _options.MaxReportedProblems)
        {
            _errors.Add(error);
        }

        _failure = error;
        Deliver();
        FinishStage();
    }

    private void AddWarning(Problem warning)
    {
        _warningCount++;
        if (_warnings.Count < _options.MaxReportedProblems)
        {
            _warnings.Add(warning);
        }

        _options.OnProblem?.Invoke(warning);
    }

    private static Problem Error(string code, string message, string file, long? line, string? path) =>
        new() { Code = code, Severity = ValidationSeverity.Error, Message = message, File = file, Line = line, Path = path };

    private static Problem Warning(string code, string message, string file, long? line, string? path, string? value) =>
        new() { Code = code, Severity = ValidationSeverity.Warning, Message = message, File = file, Line = line, Path = path, Value = value };
}
