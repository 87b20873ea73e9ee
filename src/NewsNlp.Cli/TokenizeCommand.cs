using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsNlp.Cli.Input;
using NewsNlp.Cli.Output;
using NewsNlp.Tokenization;

namespace NewsNlp.Cli;

/// <summary><c>newsnlp tokenize</c>: one JSON object per token <c>{"start","end","text","sentence"}</c>.</summary>
internal static class TokenizeCommand
{
    private static readonly JsonWriterOptions s_jsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static Command Create()
    {
        var file = CommonOptions.InputFile();
        var command = new Command("tokenize", "Split text into tokens and sentences; one JSON object per token per line. " + ExitCodes.Help) { file };
        command.SetAction(result => Run(result.GetValue(file)));
        return command;
    }

    // I/O errors and a closed standard output propagate to Program, which maps them to the documented exit codes.
    private static int Run(string? file)
    {
        using var reader = InputSource.OpenText(file, out var invalid);
        using var stdout = new BufferedStream(StandardOutput.Open(), 1 << 16);
        using var json = new Utf8JsonWriter(stdout, s_jsonOptions);
        var tokens = new List<Token>(1 << 12);
        var sentences = new List<Sentence>(1 << 8);
        long sentenceBase = 0;
        foreach (var (text, offset) in PlainTextChunker.Read(reader))
        {
            tokens.Clear();
            sentences.Clear();
            NewsTokenizer.AppendTokens(text, tokens);
            SentenceSplitter.Split(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), sentences);
            for (int s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    var token = tokens[t];
                    json.WriteStartObject();
                    json.WriteNumber("start", offset + token.Start);
                    json.WriteNumber("end", offset + token.End);
                    json.WriteString("text", text.AsSpan(token.Start, token.Length));
                    json.WriteNumber("sentence", sentenceBase + s);
                    json.WriteEndObject();
                    json.Flush();
                    stdout.WriteByte((byte)'\n');
                    json.Reset();
                }
            }

            sentenceBase += sentences.Count;
        }

        ExtractCommand.ReportInvalidUtf8(InputSource.DisplayName(file), invalid.Count);
        return ExitCodes.Success;
    }
}
