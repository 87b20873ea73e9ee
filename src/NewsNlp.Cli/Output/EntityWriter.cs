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

    /// <summary>Gets whether the format writes entity groups (JSON documents only), so that other formats never compute them.</summary>
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

    /// <summary>Writes <c>"groups": [{"name","type","mentions":[[start,end],...]}]</c>; a group whose every mention is below
    /// the confidence threshold is left out.</summary>
    private void WriteGroups(long offset, IReadOnlyList<EntityGroup> groups)
    {
        _json.WriteStartArray("groups");
        foreach (var group in groups)
        {
            int kept = 0;
            foreach (var mention in group.Mentions)
            {
                kept += mention.Confidence >= _minConfidence ? 1 : 0;
            }

            if (kept == 0)
            {
                continue;
            }

            _json.WriteStartObject();
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
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
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
