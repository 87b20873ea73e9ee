using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsNlp.Cli.Output;
using NewsNlp.Entities;

namespace NewsNlp.Tests.Cli;

/// <summary>The JSONL line formatter writes exactly what <see cref="Utf8JsonWriter"/> with relaxed escaping writes.</summary>
public sealed class JsonlEntityLineTests
{
    public static TheoryData<string, string?, float> Entities() => new()
    {
        { "William Ruto", null, 1f },
        { "Nairobi", null, 0.99449f },
        { "yesterday", "2026-11-23", 0.9f },
        { "Zürich", null, 0.5f },
        { "Ōsaka — 大阪", null, 0.123456f },
        { "the \"Quote\" Group", null, 0.0001f },
        { "back\\slash", "PAST_REF", 0f },
        { "tab\there", null, 0.33333334f },
        { "line\u2028separator", null, 0.75f },
        { "emoji 😀 name", null, 0.6f },
        { "<Tag> & 'apostrophe'", "2024-06-02/2024-06-12", 0.00004f },
        { "control\u0001char", null, 0.99995f },
    };

    [Theory]
    [MemberData(nameof(Entities))]
    public void The_line_equals_the_json_writer_output(string text, string? value, float confidence)
    {
        var entity = new Entity(EntityKind.Organization, 3, 3 + text.Length, text, confidence, value);
        foreach (var doc in new[] { "", "\"doc-1\"", "42" })
        {
            foreach (long offset in new[] { 0L, 5_000_000_000L })
            {
                var fast = new ArrayBufferWriter<byte>();
                JsonlEntityLine.Write(fast, Encoding.UTF8.GetBytes(doc), offset, entity);
                Assert.Equal(Reference(doc, offset, entity), Encoding.UTF8.GetString(fast.WrittenSpan));
            }
        }
    }

    [Fact]
    public void Confidences_are_formatted_as_the_json_writer_formats_them()
    {
        var random = new Random(20261203);
        var values = new List<float> { 0f, 1f, 0.5f, 0.05f, 0.00005f, 0.99995f, 0.12345f, 0.00015f, 1.5f, -0.25f, float.Epsilon };
        for (int i = 0; i < 20_000; i++)
        {
            values.Add(random.NextSingle());
        }

        for (int k = 0; k <= 10_000; k++)
        {
            values.Add(k / 10_000f);
        }

        foreach (float confidence in values)
        {
            var entity = new Entity(EntityKind.Person, 0, 1, "X", confidence);
            var fast = new ArrayBufferWriter<byte>();
            JsonlEntityLine.Write(fast, default, 0, entity);
            Assert.Equal(Reference("", 0, entity), Encoding.UTF8.GetString(fast.WrittenSpan));
        }
    }

    [Fact]
    public void A_custom_kind_is_written_with_its_own_label_as_the_json_writer_writes_it()
    {
        var entity = new Entity(EntityKind.Custom, 0, 10, "AK-47 \"x\"", 1f) { Label = "WEAPON" };
        var fast = new ArrayBufferWriter<byte>();
        JsonlEntityLine.Write(fast, default, 0, entity);
        Assert.Equal(Reference("", 0, entity), Encoding.UTF8.GetString(fast.WrittenSpan));
        Assert.Contains("\"type\":\"WEAPON\"", Encoding.UTF8.GetString(fast.WrittenSpan), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_is_written_with_its_label()
    {
        foreach (var kind in EntityKindLabels.All)
        {
            var fast = new ArrayBufferWriter<byte>();
            JsonlEntityLine.Write(fast, default, 0, new Entity(kind, 0, 4, "Name", 0.5f));
            Assert.Equal(kind.ToLabel(), JsonDocument.Parse(fast.WrittenMemory).RootElement.GetProperty("type").GetString());
        }
    }

    private static string Reference(string doc, long offset, Entity entity)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            if (doc.Length > 0)
            {
                json.WritePropertyName("doc");
                json.WriteRawValue(doc);
            }

            json.WriteNumber("start", offset + entity.Start);
            json.WriteNumber("end", offset + entity.End);
            json.WriteString("text", entity.Text);
            json.WriteString("type", entity.Label);
            if (entity.Value is not null)
            {
                json.WriteString("value", entity.Value);
            }

            json.WriteNumber("confidence", Math.Round(entity.Confidence, 4));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
