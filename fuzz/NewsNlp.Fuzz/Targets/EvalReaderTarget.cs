using System.Xml;
using NewsNlp.Entities;
using NewsNlp.Input;
using NewsNlp.Pipeline;
using NewsNlp.Training;

namespace NewsNlp.Fuzz.Targets;

/// <summary>Fuzz targets: the readers of <c>newsnlp eval</c> and <c>eval-dates</c> (CoNLL/UNER columns, news-set and
/// jsonl-gold JSONL, TimeML) on arbitrary text, and the scorers on what they read.</summary>
/// <remarks>Defined behaviour: a malformed input throws only <see cref="InputFormatException"/> (TimeML read from a stream:
/// <see cref="XmlException"/> or <see cref="FormatException"/>, which <c>TimeMlReader.Read(path)</c> turns into one);
/// every document read has mentions inside its text; scoring a document against itself finds every mention, and the
/// date scores keep their counts consistent.</remarks>
internal static class EvalReaderTarget
{
    private static readonly NewsPipeline s_dates = new NewsPipelineBuilder().WithoutNames().WithKinds(EntityKindSet.Of(EntityKind.Date)).Build();

    /// <summary>CoNLL columns (word first, tag last); an input of odd length is read as UNER (word in column 2, tag in 3).</summary>
    public static void RunConll(ReadOnlySpan<byte> data)
    {
        string text = FuzzText.Decode(data);
        var reader = data.Length % 2 == 0 ? new ConllReader(normalizeMentions: data.Length % 4 == 0) : new ConllReader(1, 2);
        Score(ReadOrReject(() => reader.Read(new StringReader(text), "fuzz.conll", LabelMapping.Standard).ToList()));
    }

    /// <summary>A news set, its files separated by form feeds: <c>docs.jsonl</c>, then <c>gold.jsonl</c>, then optionally
    /// <c>ignore.jsonl</c>; the first part is also read as a jsonl-gold text with the second as its gold lines.</summary>
    public static void RunNewsSet(ReadOnlySpan<byte> data)
    {
        var parts = FuzzText.Decode(data).Split('\f');
        string docs = parts[0];
        string gold = parts.Length > 1 ? parts[1] : "";
        string? ignore = parts.Length > 2 ? parts[2] : null;
        Score(ReadOrReject(() => NewsSetReader.Read(new StringReader(docs), new StringReader(gold), ignore is null ? null : new StringReader(ignore), LabelMapping.Standard).ToList()));
        Score(ReadOrReject(() =>
        {
            using var lines = new SideFileReader(new StringReader(gold), "fuzz.gold.jsonl");
            return [JsonlGoldReader.Read("fuzz.txt", docs, lines, LabelMapping.Standard)];
        }));
    }

    /// <summary>A TimeML file, read and scored with the date rules as <c>eval-dates</c> does.</summary>
    public static void RunTimeMl(ReadOnlySpan<byte> data)
    {
        TimeMlDocument document;
        try
        {
            document = TimeMlReader.Read(new MemoryStream(data.ToArray()), "fuzz");
        }
        catch (Exception ex) when (ex is XmlException or FormatException)
        {
            return;
        }

        foreach (var timex in document.Timexes)
        {
            if (timex.Start < 0 || timex.End < timex.Start || timex.End > document.Text.Length)
            {
                throw new FuzzInvariantException($"TIMEX3 [{timex.Start}..{timex.End}) outside a text of {document.Text.Length}");
            }
        }

        var evaluator = new DateEvaluator(maxErrors: 5);
        var analysed = s_dates.Analyze(new NewsInput(document.Text, document.Id, document.CreationDate));
        evaluator.Add(document.Id, document.Text, document.Timexes, analysed.Entities);
        foreach (var scores in new[] { evaluator.All, evaluator.WithoutVague })
        {
            if (scores.StrictMatches > scores.RelaxedMatches || scores.RelaxedMatches > Math.Min(scores.Gold, scores.Predicted)
                || scores.StrictValueCorrect > scores.StrictMatches || scores.RelaxedValueCorrect > scores.RelaxedMatches)
            {
                throw new FuzzInvariantException($"inconsistent date scores: {scores}");
            }
        }
    }

    private static List<AnnotatedDocument> ReadOrReject(Func<List<AnnotatedDocument>> read)
    {
        try
        {
            return read();
        }
        catch (InputFormatException ex)
        {
            if (ex.LineNumber < 1 || ex.Column < 1 || string.IsNullOrEmpty(ex.Reason))
            {
                throw new FuzzInvariantException($"a rejection without a position or reason: {ex.Message}");
            }

            return [];
        }
    }

    // Every document keeps its mentions inside its text, and scoring it against itself finds them all.
    private static void Score(List<AnnotatedDocument> documents)
    {
        foreach (var document in documents)
        {
            foreach (var entity in document.Entities)
            {
                if (entity.Start < 0 || entity.End <= entity.Start || entity.End > document.Text.Length)
                {
                    throw new FuzzInvariantException($"mention [{entity.Start}..{entity.End}) outside a text of {document.Text.Length}");
                }
            }

            var report = new EvaluationReport(EntityKindSet.All);
            report.Add(document.Entities, document.Entities);
            if (report.Missed != 0 || report.Spurious != 0 || report.BoundaryErrors != 0 || (document.Entities.Count > 0 && report.Recall != 1))
            {
                throw new FuzzInvariantException($"a document scored against itself: {report}");
            }
        }
    }
}
