using NewsNlp.Entities;
using NewsNlp.Mentions;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Pipeline;

public sealed class NewsPipelineTests
{
    private const string Text = "Officials met in Nairobi on Tuesday. They flew to Arusha and then to Dodoma with NATO envoys.";

    private static NewsPipeline CreatePipeline(EntityKindSet? kinds = null) =>
        new NewsPipelineBuilder().UseModel(CapitalizedWordRecognizer.CreateModel()).WithoutDates().WithKinds(kinds ?? EntityKindSet.Default).Build();

    [Fact]
    public void Analyze_returns_tokens_sentences_and_entities_with_exact_offsets()
    {
        var document = CreatePipeline().Analyze(Text);

        Assert.Equal(NewsTokenizer.Tokenize(Text), document.Tokens);
        Assert.Equal(2, document.Sentences.Count);
        Assert.Equal(["Nairobi", "Tuesday", "Arusha", "Dodoma"], document.Entities.Select(e => e.Text));
        Assert.All(document.Entities, e => Assert.Equal(Text[e.Start..e.End], e.Text));
        Assert.All(document.Entities, e => Assert.InRange(e.Confidence, 0f, 1f));
    }

    [Fact]
    public void Misc_is_hidden_by_default_and_shown_when_asked()
    {
        Assert.DoesNotContain(CreatePipeline().Analyze(Text).Entities, e => e.Kind == EntityKind.Misc);
        var withMisc = CreatePipeline(EntityKindSet.All).Analyze(Text);
        Assert.Contains(withMisc.Entities, e => e.Kind == EntityKind.Misc && e.Text == "NATO");
    }

    [Fact]
    public void Enumerate_entities_matches_analyze_and_allocates_nothing_once_warm()
    {
        var pipeline = CreatePipeline();
        var expected = pipeline.Analyze(Text).Entities.Select(e => (e.Kind, e.Start, e.End)).ToArray();

        var seen = new List<(EntityKind, int, int)>();
        foreach (var span in pipeline.EnumerateEntities(Text))
        {
            seen.Add((span.Kind, span.Start, span.End));
        }

        Assert.Equal(expected, seen);

        // Warm up first: the first calls pay for JIT compilation and the thread's buffers.
        Assert.True(CountEntityCharacters(pipeline, 500) > 0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int count = CountEntityCharacters(pipeline, 100);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(count > 0);
        Assert.Equal(0, allocated);
    }

    private static int CountEntityCharacters(NewsPipeline pipeline, int repetitions)
    {
        int count = 0;
        for (int i = 0; i < repetitions; i++)
        {
            foreach (var span in pipeline.EnumerateEntities(Text))
            {
                count += span.Length;
            }
        }

        return count;
    }

    [Fact]
    public void Analyze_many_keeps_input_order_and_matches_single_analysis()
    {
        var pipeline = CreatePipeline();
        var texts = Enumerable.Range(0, 1500).Select(i => $"Item {i} went from Alpha{i % 7} to Beta{i % 11} today.").ToList();

        var batch = pipeline.AnalyzeMany(texts).ToList();

        Assert.Equal(texts.Count, batch.Count);
        for (int i = 0; i < texts.Count; i++)
        {
            Assert.Same(texts[i], batch[i].Text);
            Assert.Equal(pipeline.Analyze(texts[i]).Entities, batch[i].Entities);
        }
    }

    [Fact]
    public void Analyze_many_carries_ids_and_reference_dates()
    {
        var inputs = new[] { new NewsInput("First Alpha.", "a", new DateOnly(2026, 1, 2)), new NewsInput("Second Beta.", "b") };
        var documents = CreatePipeline().AnalyzeMany(inputs).ToList();
        Assert.Equal(["a", "b"], documents.Select(d => d.Id));
        Assert.Equal(new DateOnly(2026, 1, 2), documents[0].ReferenceDate);
        Assert.Null(documents[1].ReferenceDate);
    }

    [Fact]
    public void Analyze_many_is_lazy()
    {
        int read = 0;
        IEnumerable<string> Source()
        {
            for (int i = 0; i < 100_000; i++)
            {
                read++;
                yield return "Some Text here.";
            }
        }

        var first = CreatePipeline().AnalyzeMany(Source()).Take(3).ToList();
        Assert.Equal(3, first.Count);
        Assert.True(read < 10_000, $"read {read} inputs to produce 3 results");
    }

    [Fact]
    public void Analyze_many_yields_every_document_before_a_failing_input_then_throws()
    {
        IEnumerable<string> Source()
        {
            for (int i = 0; i < 500; i++)
            {
                yield return i == 300 ? null! : $"Item {i} went to Alpha{i}.";
            }
        }

        var seen = new List<NewsDocument>();
        Assert.Throws<ArgumentNullException>(() =>
        {
            foreach (var document in CreatePipeline().AnalyzeMany(Source()))
            {
                seen.Add(document);
            }
        });
        Assert.Equal(300, seen.Count);
        Assert.Equal("Item 299 went to Alpha299.", seen[^1].Text);
    }

    [Fact]
    public void Analyze_many_surfaces_an_input_enumerator_failure_in_order()
    {
        IEnumerable<string> Source()
        {
            for (int i = 0; i < 200; i++)
            {
                yield return $"Item {i} went to Alpha{i}.";
            }

            throw new InvalidOperationException("input broke");
        }

        var seen = 0;
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var document in CreatePipeline().AnalyzeMany(Source()))
            {
                seen++;
            }
        });
        Assert.Equal("input broke", error.Message);
        Assert.Equal(200, seen);
    }

    [Fact]
    public void Stopping_early_releases_the_input_and_reads_no_further()
    {
        var source = new CountingSource(100_000);
        using (var enumerator = CreatePipeline().AnalyzeMany(source).GetEnumerator())
        {
            for (int i = 0; i < 5; i++)
            {
                Assert.True(enumerator.MoveNext());
            }
        }

        Assert.True(source.Disposed);
        int readAtDispose = source.Read;
        Thread.Sleep(50);
        Assert.Equal(readAtDispose, source.Read);
        Assert.True(readAtDispose < 1_000, $"read {readAtDispose} inputs to produce 5 results");
    }

    [Fact]
    public void Analyze_many_on_one_core_matches_all_cores()
    {
        var texts = Enumerable.Range(0, 300).Select(i => $"Item {i} went from Alpha{i % 7} to Beta{i % 11} today.").ToList();
        var oneCore = new NewsPipelineBuilder(new NewsNlpOptions { MaxDegreeOfParallelism = 1 }).UseModel(CapitalizedWordRecognizer.CreateModel()).WithoutDates().Build();
        var allCores = new NewsPipelineBuilder(new NewsNlpOptions { MaxDegreeOfParallelism = 4 }).UseModel(CapitalizedWordRecognizer.CreateModel()).WithoutDates().Build();
        var expected = oneCore.AnalyzeMany(texts).Select(d => d.Entities.ToArray()).ToList();
        var actual = allCores.AnalyzeMany(texts).Select(d => d.Entities.ToArray()).ToList();
        Assert.Equal(expected, actual);
    }

    private sealed class CountingSource(int count) : IEnumerable<string>
    {
        private int _read;

        public int Read => Volatile.Read(ref _read);

        public bool Disposed { get; private set; }

        public IEnumerator<string> GetEnumerator()
        {
            try
            {
                for (int i = 0; i < count; i++)
                {
                    Interlocked.Increment(ref _read);
                    yield return "Some Text here.";
                }
            }
            finally
            {
                Disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void Concurrent_analysis_gives_the_same_results_as_sequential()
    {
        var pipeline = CreatePipeline();
        var texts = Enumerable.Range(0, 200).Select(i => string.Join(' ', Enumerable.Repeat($"Town{i} and Village{i * 3}.", i % 5 + 1))).ToArray();
        var expected = texts.Select(t => pipeline.Analyze(t).Entities.ToArray()).ToArray();
        var actual = new Entity[texts.Length][];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = pipeline.Analyze(texts[i]).Entities.ToArray());
        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    [Fact]
    public void Pre_tokenized_input_keeps_the_callers_tokens()
    {
        var pipeline = CreatePipeline();
        const string text = "New York-based Acme";
        Token[] tokens = [new(0, 3, TokenKind.Word), new(4, 14, TokenKind.Word), new(15, 19, TokenKind.Word)];
        var document = pipeline.Analyze(text, tokens);
        Assert.Equal(tokens, document.Tokens);

        var words = pipeline.AnalyzeWords(["Talks", "in", "Nairobi", "ended", "."]);
        Assert.Equal("Talks in Nairobi ended .", words.Text);
        Assert.Equal(5, words.Tokens.Count);
        Assert.Equal("Nairobi", Assert.Single(words.Entities).Text);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 2)]
    [InlineData(3, 50)]
    public void Invalid_pre_tokenized_input_is_rejected(int start, int end)
    {
        var pipeline = CreatePipeline();
        Assert.Throws<ArgumentException>(() => pipeline.Analyze("abc def", [new Token(start, end, TokenKind.Word)]));
        Assert.Throws<ArgumentException>(() => pipeline.Analyze("abc def", [new Token(0, 3, TokenKind.Word), new Token(2, 5, TokenKind.Word)]));
        Assert.Throws<ArgumentException>(() => pipeline.AnalyzeWords(["ok", "not ok"]));
        Assert.Throws<ArgumentException>(() => pipeline.AnalyzeWords(["ok", ""]));
    }

    [Fact]
    public void Null_and_empty_input_have_defined_results()
    {
        var pipeline = CreatePipeline();
        Assert.Throws<ArgumentNullException>(() => pipeline.Analyze((string)null!));
        Assert.Throws<ArgumentNullException>(() => pipeline.AnalyzeMany((IEnumerable<string>)null!));
        var empty = pipeline.Analyze("");
        Assert.Empty(empty.Tokens);
        Assert.Empty(empty.Sentences);
        Assert.Empty(empty.Entities);
        Assert.Empty(pipeline.Analyze(" \r\n\u00A0 ").Tokens);
    }

    [Fact]
    public void Cancellation_is_observed()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => CreatePipeline().Analyze("Some Text.", cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => CreatePipeline().AnalyzeMany(["a", "b"], cancelled.Token).ToList());
    }

    [Fact]
    public void Builder_changes_after_build_do_not_affect_the_pipeline()
    {
        var builder = new NewsPipelineBuilder().UseModel(CapitalizedWordRecognizer.CreateModel()).WithoutDates();
        var pipeline = builder.Build();
        builder.WithKinds(EntityKindSet.Of(EntityKind.Misc));
        Assert.Equal(EntityKindSet.Default, pipeline.Kinds);
        Assert.NotEmpty(pipeline.Analyze(Text).Entities);
    }

    [Fact]
    public void Invalid_options_are_rejected_at_build()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NewsPipelineBuilder().WithoutNames().WithMaxDegreeOfParallelism(0).Build());
        Assert.ThrowsAny<IOException>(() => new NewsPipelineBuilder().UseModel("/no/such/model.nnm").Build());
    }

    [Fact]
    public void Overlapping_candidates_are_merged_into_non_overlapping_entities()
    {
        List<EntitySpan> candidates =
        [
            new(EntityKind.Location, 10, 20, 0.9f),
            new(EntityKind.Organization, 0, 5, 0.9f),
            new(EntityKind.Date, 12, 30, 0.9f, "2025"),
            new(EntityKind.Person, 3, 8, 0.9f),
            new(EntityKind.Person, 40, 45, 0.9f),
            new(EntityKind.Location, 40, 45, 0.5f),
        ];
        var merged = new List<EntitySpan>();
        EntityMerger.Merge(candidates, EntityKindSet.Default, merged);

        Assert.Equal([(0, 5), (12, 30), (40, 45)], merged.Select(e => (e.Start, e.End)));
        Assert.Equal(EntityKind.Person, merged[2].Kind); // equal spans: the earlier stage wins
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Merging_many_candidates_matches_a_stable_reference_order(int seed)
    {
        var random = new Random(seed);
        var candidates = new List<EntitySpan>();
        for (int i = 0; i < 3000; i++)
        {
            int start = random.Next(0, 20000);
            candidates.Add(new EntitySpan((EntityKind)random.Next(0, 4), start, start + random.Next(1, 6), i / 3000f));
        }

        var reference = new List<EntitySpan>();
        EntityMerger.Merge(candidates.OrderBy(c => c.Start).ThenByDescending(c => c.Length).ToList(), EntityKindSet.Default, reference);
        var merged = new List<EntitySpan>();
        EntityMerger.Merge(candidates, EntityKindSet.Default, merged);

        Assert.Equal(reference, merged);
        for (int i = 1; i < merged.Count; i++)
        {
            Assert.True(merged[i].Start >= merged[i - 1].End);
        }
    }
}
