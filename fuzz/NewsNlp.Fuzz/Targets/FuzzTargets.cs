namespace NewsNlp.Fuzz.Targets;

/// <summary>The fuzz targets by name; the name is also the corpus folder under <c>tests/fuzz/</c>.</summary>
/// <remarks>Each target throws only when it finds a bug: an unexpected exception from the code under test, or a
/// <see cref="FuzzInvariantException"/>. Expected rejections (a <c>ModelFormatException</c>, a rejected JSONL line) are
/// handled inside the target.</remarks>
internal static class FuzzTargets
{
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["tokenizer"] = static data => TokenizerTarget.Run(data),
        ["dates"] = static data => DateTarget.Run(data),
        ["jsonl"] = static data => JsonlTarget.Run(data),
        ["model"] = static data => ModelTarget.Run(data),
        ["dictionary"] = static data => CustomEntityTarget.RunDictionary(data),
        ["patterns"] = static data => CustomEntityTarget.RunPatterns(data),
        ["conll"] = static data => EvalReaderTarget.RunConll(data),
        ["news-set"] = static data => EvalReaderTarget.RunNewsSet(data),
        ["timeml"] = static data => EvalReaderTarget.RunTimeMl(data),
    };
}
