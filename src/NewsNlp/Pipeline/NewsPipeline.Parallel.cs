using System.Runtime.InteropServices;
using NewsNlp.Entities;
using NewsNlp.Mentions;
using NewsNlp.Recognition;
using NewsNlp.Tagging;
using NewsNlp.Tokenization;

namespace NewsNlp.Pipeline;

public sealed partial class NewsPipeline
{
    // Shorter documents (about two tagging windows of news) are analysed on one core: splitting them would not pay.
    private const int MinParallelChars = 128 << 10;

    // Text is tokenized in pieces of 32 K to 256 K characters, about four per core, cut at blank lines.
    private const int MinTokenizingPiece = 32 << 10;
    private const int MaxTokenizingPiece = 256 << 10;

    /// <summary>Analyses one long document on all cores, with exactly the result of <see cref="Analyze(NewsInput, CancellationToken)"/>.</summary>
    /// <param name="input">The document.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The document.</returns>
    /// <remarks>
    /// <para>The text is tokenized and split into sentences in pieces cut at blank lines: no token spans whitespace, and a
    /// blank line always ends a sentence and closes an open quotation, so the pieces give the tokens and sentences of the
    /// whole. The name tagger works in windows of whole sentences (<see cref="PerceptronTagger.MaxWindowTokens"/> tokens),
    /// each tagged on its own, so groups of windows are tagged at the same time, each group followed by the rules that read
    /// only a name's own sentence (name boundaries, suffixed companies); the date rules run over the whole document
    /// beside them, since a date such as <c>the next day</c> reads the story's latest date. The steps that read the whole
    /// document (the acronym rule, the merge, the group rules, calibration, dictionaries and patterns) then run once over
    /// everything, as in <see cref="Run"/>.</para>
    /// <para>For a document of one window, or a pipeline limited to one core, this is <see cref="Analyze(NewsInput, CancellationToken)"/>.</para>
    /// </remarks>
    internal NewsDocument AnalyzeOnAllCores(NewsInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input.Text, nameof(input));
        if (_maxDegreeOfParallelism == 1 || Model?.Recognizer is not PerceptronTagger || input.Text.Length < MinParallelChars)
        {
            return Analyze(input, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        string text = input.Text;
        var (tokens, sentences) = TokenizeInPieces(text, cancellationToken);
        var groups = WindowGroups(sentences);
        var referenceDate = input.ReferenceDate ?? _defaultReferenceDate;
        var options = new ParallelOptions { MaxDegreeOfParallelism = _maxDegreeOfParallelism, CancellationToken = cancellationToken };
        var scratch = AnalysisScratch.Rent();
        try
        {
            var spans = RecognizeInParallel(text, referenceDate, tokens, sentences, groups, cancellationToken);
            var context = new AnalysisContext(text, tokens, sentences, referenceDate, cancellationToken);
            scratch.Candidates.EnsureCapacity(spans.Sum(static s => s.Spans.Count));
            foreach (var recognizer in _recognizers)
            {
                int before = scratch.Candidates.Count;
                bool model = ReferenceEquals(recognizer, Model.Recognizer);
                // The model's window groups ran the local rules themselves; their spans are gathered in the order one pass
                // over the whole document gives: every group's own spans, then the names split at line breaks, then the
                // suffixed companies.
                for (int segment = 0; segment < (model ? 3 : 1); segment++)
                {
                    foreach (var (from, found, split, suffixed) in spans)
                    {
                        if (ReferenceEquals(from, recognizer))
                        {
                            var (start, end) = !model ? (0, found.Count) : segment switch { 0 => (0, split), 1 => (split, suffixed), _ => (suffixed, found.Count) };
                            scratch.Candidates.AddRange(CollectionsMarshal.AsSpan(found)[start..end]);
                        }
                    }
                }

                AfterRecognizer(recognizer, context, scratch, before, localRulesApplied: model);
            }

            cancellationToken.ThrowIfCancellationRequested();
            MergeInParallel(scratch, BoundariesOf(sentences, groups), cancellationToken);
            AfterMerge(context, scratch);
            var merged = scratch.Entities;
            var entities = new Entity[merged.Count];
            Parallel.For(0, (merged.Count + 8191) / 8192, options, block =>
            {
                for (int i = block * 8192; i < Math.Min(merged.Count, (block + 1) * 8192); i++)
                {
                    entities[i] = Entity.From(merged[i], text);
                }
            });

            return new NewsDocument(text, input.Id, referenceDate, tokens, sentences, entities);
        }
        finally
        {
            AnalysisScratch.Return(scratch);
        }
    }

    /// <summary>Tokenizes and splits <paramref name="text"/> in pieces cut at blank lines, on all cores; the result is the
    /// tokens and sentences of the whole text.</summary>
    private (Token[] Tokens, Sentence[] Sentences) TokenizeInPieces(string text, CancellationToken cancellationToken)
    {
        var cuts = BlankLineCuts(text, Math.Clamp(text.Length / (4 * _maxDegreeOfParallelism), MinTokenizingPiece, MaxTokenizingPiece));
        var pieceTokens = new List<Token>[cuts.Count - 1];
        var pieceSentences = new List<Sentence>[cuts.Count - 1];
        var options = new ParallelOptions { MaxDegreeOfParallelism = _maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, pieceTokens.Length, options, piece =>
        {
            int start = cuts[piece];
            // About one token per five characters in news: a quarter of the length leaves room without a resize.
            var tokens = new List<Token>(((cuts[piece + 1] - start) / 4) + 16);
            NewsTokenizer.AppendTokens(text.AsSpan(start, cuts[piece + 1] - start), tokens, cancellationToken);
            var shifted = CollectionsMarshal.AsSpan(tokens);
            for (int i = 0; i < shifted.Length; i++)
            {
                shifted[i] = new Token(shifted[i].Start + start, shifted[i].End + start, shifted[i].Kind);
            }

            var sentences = new List<Sentence>((tokens.Count / 16) + 1);
            SentenceSplitter.Split(text, shifted, sentences, cancellationToken);
            pieceTokens[piece] = tokens;
            pieceSentences[piece] = sentences;
        });

        var allTokens = new Token[pieceTokens.Sum(static t => t.Count)];
        var allSentences = new Sentence[pieceSentences.Sum(static s => s.Count)];
        int tokenCount = 0;
        int sentenceCount = 0;
        for (int piece = 0; piece < pieceTokens.Length; piece++)
        {
            foreach (var sentence in pieceSentences[piece])
            {
                allSentences[sentenceCount++] = sentence with { FirstToken = sentence.FirstToken + tokenCount };
            }

            pieceTokens[piece].CopyTo(allTokens, tokenCount);
            tokenCount += pieceTokens[piece].Count;
        }

        return (allTokens, allSentences);
    }

    /// <summary>Piece boundaries, about <paramref name="size"/> characters apart, each just after the second line break of a
    /// run of whitespace that holds a blank line; the first is 0 and the last the text's length.</summary>
    internal static List<int> BlankLineCuts(string text, int size)
    {
        var cuts = new List<int> { 0 };
        int position = size;
        while (position < text.Length)
        {
            int cut = NextBlankLineEnd(text, position);
            if (cut < 0 || cut >= text.Length)
            {
                break;
            }

            cuts.Add(cut);
            position = cut + size;
        }

        cuts.Add(text.Length);
        return cuts;
    }

    // The index after the second line break of the first whitespace run at or after `from` that holds two, or -1.
    private static int NextBlankLineEnd(string text, int from)
    {
        int newlines = 0;
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsWhiteSpace(c))
            {
                newlines = 0;
            }
            else if (c is '\n' or '\u2029' && ++newlines == 2)
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>Runs every recognizer: the model once per group of windows, the others over the whole document, as many at
    /// a time as the pipeline's degree of parallelism allows; returns the spans of each task with its recognizer, the
    /// model's groups in document order.</summary>
    private (IEntityRecognizer Recognizer, List<EntitySpan> Spans, int Split, int Suffixed)[] RecognizeInParallel(string text, DateOnly? referenceDate, Token[] tokens, Sentence[] sentences, List<(int First, int Count)> groups, CancellationToken cancellationToken)
    {
        var model = Model!.Recognizer;
        var others = Array.FindAll(_recognizers, recognizer => !ReferenceEquals(recognizer, model));
        var outputs = new List<EntitySpan>[others.Length + groups.Count];
        for (int i = 0; i < outputs.Length; i++)
        {
            // Room for a name every eight tokens of a window group, so that its list seldom grows by copying.
            var (first, count) = i < others.Length ? (0, 0) : groups[i - others.Length];
            outputs[i] = new List<EntitySpan>(count == 0 ? 0 : (sentences[first + count - 1].EndToken - sentences[first].FirstToken) / 8);
        }

        var splitAt = new int[outputs.Length];
        var suffixedAt = new int[outputs.Length];

        // The whole-document recognizers first: they are the longest tasks, so they start before the windows fill the cores.
        var options = new ParallelOptions { MaxDegreeOfParallelism = _maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, outputs.Length, options, task =>
        {
            var local = AnalysisScratch.Rent();
            try
            {
                if (task < others.Length)
                {
                    others[task].Recognize(new AnalysisContext(text, tokens, sentences, referenceDate, cancellationToken), local, outputs[task]);
                }
                else
                {
                    var (first, count) = groups[task - others.Length];
                    var context = new AnalysisContext(text, tokens, sentences.AsSpan(first, count), referenceDate, cancellationToken);
                    model.Recognize(context, local, outputs[task]);
                    ApplyLocalRules(model, context, outputs[task], 0, out splitAt[task], out suffixedAt[task]);
                }
            }
            finally
            {
                AnalysisScratch.Return(local);
            }
        });

        var spans = new (IEntityRecognizer Recognizer, List<EntitySpan> Spans, int Split, int Suffixed)[outputs.Length];
        for (int i = 0; i < outputs.Length; i++)
        {
            spans[i] = (i < others.Length ? others[i] : model, outputs[i], splitAt[i], suffixedAt[i]);
        }

        return spans;
    }

    /// <summary>The merge of <see cref="EntityMerger"/>, run on parts of the document at the same time: the candidates are
    /// cut at text positions that no candidate straddles, so each part merges exactly as it would in the whole list (the
    /// merge only ever compares a candidate with the entities just before it).</summary>
    private void MergeInParallel(AnalysisScratch scratch, List<int> boundaries, CancellationToken cancellationToken)
    {
        var candidates = scratch.Candidates;
        foreach (var candidate in candidates)
        {
            // A boundary inside a candidate (a date across a paragraph break, say) is dropped.
            int at = boundaries.BinarySearch(candidate.Start + 1);
            at = at < 0 ? ~at : at;
            while (at < boundaries.Count && boundaries[at] < candidate.End)
            {
                boundaries.RemoveAt(at);
            }
        }

        // Each part keeps its candidates in list order: ties in the merge go to the stage that produced a span first.
        // Counted first, so that no part's list grows by copying.
        var partOf = new int[candidates.Count];
        var sizes = new int[boundaries.Count + 1];
        for (int i = 0; i < candidates.Count; i++)
        {
            int part = boundaries.BinarySearch(candidates[i].Start);
            partOf[i] = part < 0 ? ~part : part + 1;
            sizes[partOf[i]]++;
        }

        var parts = new List<EntitySpan>[boundaries.Count + 1];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = new List<EntitySpan>(sizes[i]);
        }

        for (int i = 0; i < candidates.Count; i++)
        {
            parts[partOf[i]].Add(candidates[i]);
        }

        var merged = new List<EntitySpan>[parts.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = _maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, parts.Length, options, part =>
        {
            merged[part] = new List<EntitySpan>(parts[part].Count);
            EntityMerger.Merge(parts[part], _kinds, merged[part]);
        });

        scratch.Entities.EnsureCapacity(merged.Sum(static m => m.Count));
        foreach (var part in merged)
        {
            scratch.Entities.AddRange(part);
        }
    }

    /// <summary>The text positions where the second and later groups of sentences start.</summary>
    private static List<int> BoundariesOf(Sentence[] sentences, List<(int First, int Count)> groups)
    {
        var boundaries = new List<int>(groups.Count);
        for (int g = 1; g < groups.Count; g++)
        {
            boundaries.Add(sentences[groups[g].First].Start);
        }

        return boundaries;
    }

    /// <summary>Groups of consecutive sentences, each a run of whole tagging windows as <see cref="PerceptronTagger"/> packs
    /// them: tagging each group on its own gives exactly the windows, and so the spans, of tagging the whole document.</summary>
    /// <remarks>The tagger fills a window with whole sentences up to <see cref="PerceptronTagger.MaxWindowTokens"/> tokens; a
    /// sentence that does not fit starts the next window, and a sentence longer than a window is cut in pieces of that
    /// size, the last piece opening a window that later sentences join. A group may start only where a window starts with
    /// a sentence; about four groups per core keep the cores evenly busy. <c>NewsPipelineParallelTests</c> checks the
    /// result against <see cref="Run"/>, so a change to the tagger's packing cannot go unnoticed.</remarks>
    internal List<(int First, int Count)> WindowGroups(ReadOnlySpan<Sentence> sentences)
    {
        const int Window = PerceptronTagger.MaxWindowTokens;
        var starts = new List<int>();
        long total = 0;
        int windowTokens = 0;
        for (int s = 0; s < sentences.Length; s++)
        {
            int count = sentences[s].TokenCount;
            total += count;
            if (s == 0 || (windowTokens > 0 && windowTokens + count > Window))
            {
                starts.Add(s);
                windowTokens = 0;
            }

            windowTokens += count;
            if (windowTokens > Window)
            {
                // Only when the window was empty: the sentence fills whole windows, and its last piece opens one.
                windowTokens = count - (Window * ((count - 1) / Window));
            }
        }

        // Windows are merged into groups of about total / (4 × cores) tokens.
        long target = Math.Max(Window, total / (4L * _maxDegreeOfParallelism));
        var groups = new List<(int First, int Count)>();
        int groupStart = 0;
        long groupTokens = 0;
        int next = 1;
        for (int s = 0; s < sentences.Length; s++)
        {
            if (next < starts.Count && starts[next] == s)
            {
                next++;
                if (groupTokens >= target)
                {
                    groups.Add((groupStart, s - groupStart));
                    groupStart = s;
                    groupTokens = 0;
                }
            }

            groupTokens += sentences[s].TokenCount;
        }

        if (sentences.Length > 0)
        {
            groups.Add((groupStart, sentences.Length - groupStart));
        }

        return groups;
    }
}
