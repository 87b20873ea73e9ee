using System.Text;
using NewsNlp.Fuzz.Targets;

namespace NewsNlp.Tests.Fuzz;

/// <summary>The fuzz harness's byte-to-text decoding reaches every UTF-16 sequence the library must survive.</summary>
public sealed class FuzzTextTests
{
    [Fact]
    public void Valid_utf8_decodes_as_usual()
    {
        const string text = "Café “quoted” 👩‍💻 \0 end";
        Assert.Equal(text, FuzzText.Decode(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Encoded_surrogates_decode_to_lone_code_units()
    {
        Assert.Equal("\uD800", FuzzText.Decode([0xED, 0xA0, 0x80]));
        Assert.Equal("a\uDC00", FuzzText.Decode([(byte)'a', 0xED, 0xB0, 0x80]));
    }

    [Fact]
    public void Bytes_outside_a_valid_sequence_become_latin1_characters()
    {
        Assert.Equal("\u00FF\u00FE\u00C3", FuzzText.Decode([0xFF, 0xFE, 0xC3]));
        Assert.Equal("\u00F0\u0080x", FuzzText.Decode([0xF0, 0x80, (byte)'x']));
    }
}
