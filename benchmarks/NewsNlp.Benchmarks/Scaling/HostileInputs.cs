using System.Text;
using NewsNlp.Benchmarks.Corpus;

namespace NewsNlp.Benchmarks.Scaling;

/// <summary>Inputs of a given size in the shapes a hostile or broken producer sends: no whitespace, one punctuation
/// character, repeated acronym definitions, deep bracket nesting, one-word sentences, plus ordinary news for reference.</summary>
internal static class HostileInputs
{
    public static readonly string[] Shapes = ["news", "nul", "paren", "nested", "nospace", "hyphens", "letters", "acronyms", "sentences", "dates"];

    public static string Describe(string shape) => shape switch
    {
        "news" => "generated news sentences",
        "nul" => "U+0000 only",
        "paren" => "\"(\" only",
        "nested" => "\"(\" × n/2, then \")\" × n/2",
        "nospace" => "\"Xa1-b.c,\" repeated, no whitespace",
        "hyphens" => "\"a-\" repeated (every word starts a would-be e-mail address)",
        "letters" => "one word of letters",
        "acronyms" => "\"Coastal Ports Agency (CPA) said. \" repeated",
        "sentences" => "\"Yes. \" repeated (one-word sentences)",
        "dates" => "\"March 12 2024 \" repeated",
        _ => throw new ArgumentException($"Unknown shape '{shape}'; one of {string.Join(", ", Shapes)}.", nameof(shape)),
    };

    public static string Create(string shape, int characters) => shape switch
    {
        "news" => NewsTextGenerator.Generate(characters, seed: 7)[..characters],
        "nul" => new string('\0', characters),
        "paren" => new string('(', characters),
        "nested" => new string('(', characters / 2) + new string(')', characters - (characters / 2)),
        "nospace" => Repeat("Xa1-b.c,", characters),
        "hyphens" => Repeat("a-", characters),
        "letters" => Repeat("abcdefghij", characters),
        "acronyms" => Repeat("Coastal Ports Agency (CPA) said. ", characters),
        "sentences" => Repeat("Yes. ", characters),
        "dates" => Repeat("March 12 2024 ", characters),
        _ => throw new ArgumentException($"Unknown shape '{shape}'.", nameof(shape)),
    };

    private static string Repeat(string unit, int characters)
    {
        var builder = new StringBuilder(characters + unit.Length);
        while (builder.Length < characters)
        {
            builder.Append(unit);
        }

        builder.Length = characters;
        return builder.ToString();
    }
}
