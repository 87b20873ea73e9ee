using System.Collections.Frozen;

namespace NewsNlp.Tokenization;

/// <summary>Frequent sentence-initial words: evidence that an abbreviation's period also closed a sentence.</summary>
internal static class SentenceOpeners
{
    private static readonly FrozenSet<string> s_openers = FrozenSet.Create(StringComparer.Ordinal,
    [
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her",
        "Their", "Our", "But", "And", "In", "On", "At", "As", "If", "When", "While", "After", "Before", "Since", "For",
        "There", "Some", "Many", "Most", "No", "Officials", "Analysts", "Meanwhile", "However", "Last", "Next", "Earlier",
        "Later", "Now", "So", "Yet", "Still", "Also", "According",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_openersLookup = s_openers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsOpener(ReadOnlySpan<char> word) =>
        word.Length <= 12 && s_openersLookup.Contains(word);
}
