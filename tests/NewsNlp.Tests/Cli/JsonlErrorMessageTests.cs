using System.Text;
using NewsNlp.Cli.Input;
using NewsNlp.Custom;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary>JSONL errors in the user's terms: the line, the field and what was expected, never the parser's internal
/// position; a field of the wrong type is a wrong type, not a missing field.</summary>
public sealed class JsonlErrorMessageTests
{
    [Theory]
    [InlineData("""{"id":1,"text":42}""", "\"text\" must be a string, got a number")]
    [InlineData("""{"id":1,"text":null}""", "\"text\" must be a string, got null")]
    [InlineData("""{"id":1,"body":"Talks."}""", "missing \"text\"")]
    [InlineData("""{"id":true,"text":"Talks."}""", "\"id\" must be a string or a number, got true")]
    [InlineData("""{"id":1,"text":"Talks.","date":20261124}""", "\"date\" must be a yyyy-MM-dd string, got a number")]
    [InlineData("""{"id":1,"text":"Talks.","date":"2025-02-30"}""", "\"date\" '2025-02-30' is not a yyyy-MM-dd date from 0002-01-01 to 9997-12-31 (a time part after it is ignored)")]
    [InlineData("""[1,2]""", "expected a JSON object {\"id\",\"text\"[,\"date\"]}, got an array")]
    [InlineData("""{"id":1,"text":"Talks." x}""", "invalid JSON at column 25: ")]
    [InlineData("""{"id":1,"tëxt":"é", oops}""", "invalid JSON at column 21: ")]
    public void A_rejected_line_says_which_field_and_what_was_expected(string line, string expected)
    {
        bool parsed = JsonlDocumentReader.TryParse(Encoding.UTF8.GetBytes(line), 2, 1000, out _, out string error, out _);

        Assert.False(parsed);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cli_reports_a_number_text_as_a_wrong_type_on_its_line()
    {
        var result = CliProcess.Run("{\"id\":1,\"text\":\"Talks in Nairobi.\"}\n{\"id\":2,\"text\":42}\n", "extract", "--jsonl");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("newsnlp extract: line 2: \"text\" must be a string, got a number", result.StandardError.Trim());
    }

    [Theory]
    [InlineData("{\"phrase\":\"Accra\",\"kind\":7}", 26, "\"kind\" must be a string, got a number")]
    [InlineData("{\"phrase\":\"Accra\",\"kind\":\"LOC\"", 31, "invalid JSON: ")]
    [InlineData("{\"phrase\":\"Accra\",\"kind\":\"LOC\",}", 32, "invalid JSON: ")]
    public void A_dictionary_line_names_the_column_of_the_problem(string line, int column, string reason)
    {
        var error = Assert.Throws<CustomEntityFormatException>(() => EntityDictionary.Read(new StringReader(line), "names.jsonl"));

        Assert.Equal(column, error.Column);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dictionary_line_with_a_lone_surrogate_from_a_caller_reader_is_a_format_error()
    {
        // Found by the news-set fuzz target: System.Text.Json throws ArgumentException on such a string.
        var error = Assert.Throws<CustomEntityFormatException>(() => EntityDictionary.Read(new StringReader("{\"phrase\":\"Ac\ud800cra\",\"kind\":\"LOC\"}"), "names.jsonl"));

        Assert.Equal(14, error.Column);
        Assert.Equal("the line holds a lone UTF-16 surrogate, which is not text", error.Reason);
    }
}
