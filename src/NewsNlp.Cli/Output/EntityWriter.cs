using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsNlp.Entities;

namespace NewsNlp.Cli.Output;

/// <summary>Writes entities to a stream as JSONL, JSON documents or an aligned table.</summary>
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
    private bool _tableHeaderWritten;
    private long _lastFlush = Environment.TickCount64;

    public EntityWriter(Stream stream, OutputFormat format)
    {
        _stream = stream;
        _format = format;
        _json = new Utf8JsonWriter(_buffer, s_jsonOptions);
        if (format == OutputFormat.Table)
        {
            _table = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        }
    }

    /// <summary>Writes one document's entities.</summary>
    /// <param name="docJson">The document id as raw JSON, or <see langword="null"/> for plain-text input (no <c>doc</c> field).</param>
    /// <param name="offset">The document's offset in the whole input.</param>
    /// <param name="entities">The entities.</param>
    public void WriteDocument(string? docJson, long offset, IReadOnlyList<Entity> entities)
    {
        switch (_format)
        {
            case OutputFormat.Jsonl:
                foreach (var entity in entities)
                {
                    WriteEntityObject(docJson, offset, entity);
                    EndLine();
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
                    WriteEntityObject(null, offset, entity);
                }

                _json.WriteEndArray();
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

    private void WriteEntityObject(string? docJson, long offset, Entity entity)
    {
        _json.WriteStartObject();
        if (docJson is not null)
        {
            _json.WritePropertyName("doc");
            _json.WriteRawValue(docJson, skipInputValidation: true);
        }

        _json.WriteNumber("start", offset + entity.Start);
        _json.WriteNumber("end", offset + entity.End);
        _json.WriteString("text", entity.Text);
        _json.WriteString("type", entity.Label);
        if (entity.Value is not null)
        {
            _json.WriteString("value", entity.Value);
        }

        _json.WriteNumber("confidence", Math.Round(entity.Confidence, 4));
        _json.WriteEndObject();
    }

    private void EndLine()
    {
        _json.Flush();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        _json.Reset();
        if (_buffer.WrittenCount >= BlockSize)
        {
            WriteBlock();
        }
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
