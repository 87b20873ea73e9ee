using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsNlp.Entities;

namespace NewsNlp.Cli.Output;

/// <summary>Writes entities to a stream as JSONL, JSON documents (with the document's entity groups) or an aligned table.</summary>
/// <remarks>Offsets are written as <c>offset + start</c> so that chunked plain-text input still reports offsets into the whole
/// input. Output is buffered, and flushed at least every 200 ms while documents keep coming, so that a downstream reader
/// sees results soon without a system call per document.</remarks>
internal sealed class EntityWriter : IDisposable
{
    private static readonly JsonWriterOptions s_jsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    // Lines are built in memory and written in 64 KB blocks: a Utf8JsonWriter over the stream itself would flush the
    // stream at every line, one write system call per entity.
    private const int BlockSize = 1 << 16;

    private readonly Stream _stream;
    private readonly ArrayBufferWriter<byte> _buffer = new(BlockSize * 2);
    private readonly Utf8JsonWriter _json;
    private readonly OutputFormat _format;
    private readonly StreamWriter? _table;
    private readonly float _minConfidence;
    private bool _tableHeaderWritten;
    private long _lastFlush = Environment.TickCount64;
    private readonly ArrayBufferWriter<byte> _entityObject = new(256);
    private string? _lastDocJson;
    private byte[] _lastDocBytes = [];

    /// <param name="stream">The output.</param>
    /// <param name="format">The output format.</param>
    /// <param name="minConfidence">Entities with a lower confidence are left out, and so are they from the groups.</param>
    public EntityWriter(Stream stream, OutputFormat format, float minConfidence = 0f)
    {
        _stream = stream;
        _format = format;
        _minConfidence = minConfidence;
        _json = new Utf8JsonWriter(_buffer, s_jsonOptions);
        if (format == OutputFormat.Table)
        {
            _table = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        }
    }

    /// <summary>Gets whether the format writes entity groups (JSON documents only), so that other formats never compute them
    /// (<see cref="WriteTop"/> writes groups in every format).</summary>
    public bool WritesGroups => _format == OutputFormat.Json;

    /// <summary>Writes one document's entities.</summary>
    /// <param name="docJson">The document id as raw JSON, or <see langword="null"/> for plain-text input (no <c>doc</c> field).</param>
    /// <param name="offset">The document's offset in the whole input.</param>
    /// <param name="entities">The entities.</param>
    /// <param name="groups">The document's entity groups, written by the JSON format; <see langword="null"/> for none.</param>
    public void WriteDocument(string? docJson, long offset, IReadOnlyList<Entity> entities, IReadOnlyList<EntityGroup>? groups = null)
    {
        switch (_format)
        {
            case OutputFormat.Jsonl:
                var doc = DocBytes(docJson);
                foreach (var entity in entities)
                {
                    if (entity.Confidence >= _minConfidence)
                    {
                        JsonlEntityLine.Write(_buffer, doc, offset, entity);
                        AppendLineFeed();
                    }
                }

                break;
            case OutputFormat.Json:
                _json.WriteStartObject();
                _json.WritePropertyName("doc");
                if (docJson is null)
                {
                    _json.WriteNullValue();
                }
                else
                {
                    _json.WriteRawValue(docJson, skipInputValidation: true);
                }

                _json.WriteStartArray("entities");
                foreach (var entity in entities)
                {
                    if (entity.Confidence >= _minConfidence)
                    {
                        WriteEntityObject(offset, entity);
                    }
                }

                _json.WriteEndArray();
                if (groups is not null)
                {
                    WriteGroups(offset, groups);
                }

                _json.WriteEndObject();
                EndLine();
                break;
            default:
                WriteTable(docJson, offset, entities);
                break;
        }

        if (Environment.TickCount64 - _lastFlush >= 200)
        {
            Flush();
        }
    }

    public void Flush()
    {
        _lastFlush = Environment.TickCount64;
        _json.Flush();
        WriteBlock();
        _table?.Flush();
        _stream.Flush();
    }

    public void Dispose()
    {
        Flush();
        _json.Dispose();
        _table?.Dispose();
    }

    /// <summary>One entity object inside a document's array, formatted as the JSONL lines are (without their "doc").</summary>
    private void WriteEntityObject(long offset, Entity entity)
    {
        _entityObject.ResetWrittenCount();
        JsonlEntityLine.Write(_entityObject, default, offset, entity);
        _json.WriteRawValue(_entityObject.WrittenSpan, skipInputValidation: true);
    }

    /// <summary>Writes <c>"groups": [{"name","type","mentions":[[start,end],...],"salience"}]</c>; a group whose every mention
    /// is below the confidence threshold is left out.</summary>
    private void WriteGroups(long offset, IReadOnlyList<EntityGroup> groups)
    {
        _json.WriteStartArray("groups");
        foreach (var group in groups)
        {
            if (HasKeptMention(group))
            {
                WriteGroupObject(offset, group);
            }
        }

        _json.WriteEndArray();
    }

    private bool HasKeptMention(EntityGroup group)
    {
        foreach (var mention in group.Mentions)
        {
            if (mention.Confidence >= _minConfidence)
            {
                return true;
            }
        }

        return false;
    }

    private void WriteGroupObject(long offset, EntityGroup group, int rank = 0, string? docJson = null)
    {
        _json.WriteStartObject();
        if (docJson is not null)
        {
            _json.WritePropertyName("doc");
            _json.WriteRawValue(docJson, skipInputValidation: true);
        }

        if (rank > 0)
        {
            _json.WriteNumber("rank", rank);
        }

        _json.WriteString("name", group.Name);
        _json.WriteString("type", group.Mentions[0].Label);
        _json.WriteStartArray("mentions");
        foreach (var mention in group.Mentions)
        {
            if (mention.Confidence >= _minConfidence)
            {
                _json.WriteStartArray();
                _json.WriteNumberValue(offset + mention.Start);
                _json.WriteNumberValue(offset + mention.End);
                _json.WriteEndArray();
            }
        }

        _json.WriteEndArray();
        _json.WriteNumber("salience", Math.Round(group.Salience, 4));
        _json.WriteEndObject();
    }

    /// <summary>Writes a document's <paramref name="count"/> most salient entities: in JSONL one line each, the group object
    /// with its document and rank (<c>{"doc","rank","name","type","mentions":[[start,end],...],"salience"}</c>), in JSON the document object with those groups, most
    /// salient first, and their mentions as its entities; in the table one row each. A group whose every mention is below
    /// the confidence threshold is passed over.</summary>
    /// <param name="docJson">The document id as raw JSON, or <see langword="null"/> for plain-text input.</param>
    /// <param name="offset">The document's offset in the whole input.</param>
    /// <param name="bySalience">The document's groups, most salient first.</param>
    /// <param name="count">How many to write.</param>
    public void WriteTop(string? docJson, long offset, IReadOnlyList<EntityGroup> bySalience, int count)
    {
        var top = new List<EntityGroup>(Math.Min(count, bySalience.Count));
        foreach (var group in bySalience)
        {
            if (top.Count == count)
            {
                break;
            }

            if (HasKeptMention(group))
            {
                top.Add(group);
            }
        }

        switch (_format)
        {
            case OutputFormat.Jsonl:
                for (int r = 0; r < top.Count; r++)
                {
                    WriteGroupObject(offset, top[r], r + 1, docJson);
                    EndLine();
                }

                break;
            case OutputFormat.Json:
                var entities = new List<Entity>();
                foreach (var group in top)
                {
                    entities.AddRange(group.Mentions);
                }

                entities.Sort(static (a, b) => a.Start.CompareTo(b.Start));
                WriteDocument(docJson, offset, entities, top);
                return;
            default:
                WriteTopTable(docJson, top);
                break;
        }

        if (Environment.TickCount64 - _lastFlush >= 200)
        {
            Flush();
        }
    }

    private void EndLine()
    {
        _json.Flush();
        _json.Reset();
        AppendLineFeed();
    }

    private void AppendLineFeed()
    {
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        if (_buffer.WrittenCount >= BlockSize)
        {
            WriteBlock();
        }
    }

    /// <summary>The document id's UTF-8 bytes, kept for the next call: consecutive calls are usually the same document.</summary>
    private ReadOnlySpan<byte> DocBytes(string? docJson)
    {
        if (docJson is null)
        {
            return default;
        }

        if (!ReferenceEquals(docJson, _lastDocJson))
        {
            _lastDocJson = docJson;
            _lastDocBytes = Encoding.UTF8.GetBytes(docJson);
        }

        return _lastDocBytes;
    }

    private void WriteBlock()
    {
        _stream.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }

    private void WriteTopTable(string? docJson, List<EntityGroup> top)
    {
        var rows = new List<string[]>(top.Count);
        bool withDoc = docJson is not null;
        for (int r = 0; r < top.Count; r++)
        {
            var cells = new List<string>(6);
            if (withDoc)
            {
                cells.Add(docJson!.Trim('"'));
            }

            cells.Add((r + 1).ToString(CultureInfo.InvariantCulture));
            cells.Add(top[r].Salience.ToString("0.000", CultureInfo.InvariantCulture));
            cells.Add(top[r].Mentions[0].Label);
            cells.Add(top[r].Mentions.Count.ToString(CultureInfo.InvariantCulture));
            cells.Add(top[r].Name.ReplaceLineEndings(" "));
            rows.Add([.. cells]);
        }

        string[] header = withDoc ? ["DOC", "RANK", "SALIENCE", "TYPE", "MENTIONS", "NAME"] : ["RANK", "SALIENCE", "TYPE", "MENTIONS", "NAME"];
        WriteRows(header, rows);
    }

    private void WriteRows(string[] header, List<string[]> rows)
    {
        var widths = new int[header.Length];
        for (int c = 0; c < header.Length; c++)
        {
            widths[c] = header[c].Length;
            foreach (var row in rows)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        if (!_tableHeaderWritten)
        {
            WriteRow(header, widths);
            _tableHeaderWritten = true;
        }

        foreach (var row in rows)
        {
            WriteRow(row, widths);
        }
    }

    private void WriteTable(string? docJson, long offset, IReadOnlyList<Entity> entities)
    {
        var rows = new List<string[]>(entities.Count + 1);
        bool withDoc = docJson is not null;
        foreach (var entity in entities)
        {
            if (entity.Confidence < _minConfidence)
            {
                continue;
            }

            var cells = new List<string>(7);
            if (withDoc)
            {
                cells.Add(docJson!.Trim('"'));
            }

            cells.Add((offset + entity.Start).ToString(CultureInfo.InvariantCulture));
            cells.Add((offset + entity.End).ToString(CultureInfo.InvariantCulture));
            cells.Add(entity.Label);
            cells.Add(entity.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
            cells.Add(entity.Value ?? "");
            cells.Add(entity.Text.ReplaceLineEndings(" "));
            rows.Add([.. cells]);
        }

        string[] header = withDoc ? ["DOC", "START", "END", "TYPE", "CONF", "VALUE", "TEXT"] : ["START", "END", "TYPE", "CONF", "VALUE", "TEXT"];
        WriteRows(header, rows);
    }

    private void WriteRow(string[] cells, int[] widths)
    {
        for (int c = 0; c < cells.Length; c++)
        {
            bool last = c == cells.Length - 1;
            bool numeric = cells[c].Length > 0 && char.IsAsciiDigit(cells[c][0]) && c < cells.Length - 2;
            _table!.Write(last ? cells[c] : numeric ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c]));
            if (!last)
            {
                _table.Write("  ");
            }
        }

        _table!.Write('\n');
    }
}
