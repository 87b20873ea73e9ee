using System.Collections.Frozen;

namespace NewsNlp.Dates;

/// <summary>The words date expressions are made of, looked up case-insensitively straight from the text (no allocation).</summary>
internal static class DateLexicon
{
    /// <summary>The longest word in the lexicon; longer tokens are rejected without a lookup.</summary>
    public const int MaxWordLength = 12;

    private static readonly FrozenDictionary<string, DateWord> s_words = Build();

    private static readonly FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Looks up a word; returns the default (no role) for unknown words.</summary>
    /// <param name="word">The word as it appears in the text.</param>
    /// <returns>The word's role.</returns>
    public static DateWord Lookup(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxWordLength || !char.IsAsciiLetter(word[0]))
        {
            return default;
        }

        return s_lookup.TryGetValue(word, out var entry) ? entry : default;
    }

    private static FrozenDictionary<string, DateWord> Build()
    {
        var words = new Dictionary<string, DateWord>(StringComparer.OrdinalIgnoreCase);

        void Add(DateWordKind kind, int value, params string[] forms)
        {
            foreach (var form in forms)
            {
                words[form] = new DateWord(kind, (sbyte)value);
            }
        }

        Add(DateWordKind.Month, 1, "January", "Jan", "Jan.");
        Add(DateWordKind.Month, 2, "February", "Feb", "Feb.");
        Add(DateWordKind.Month, 3, "March", "Mar.");
        Add(DateWordKind.Month, 4, "April", "Apr", "Apr.");
        Add(DateWordKind.Month, 5, "May");
        Add(DateWordKind.Month, 6, "June", "Jun.");
        Add(DateWordKind.Month, 7, "July", "Jul.");
        Add(DateWordKind.Month, 8, "August", "Aug", "Aug.");
        Add(DateWordKind.Month, 9, "September", "Sept", "Sept.", "Sep.");
        Add(DateWordKind.Month, 10, "October", "Oct", "Oct.");
        Add(DateWordKind.Month, 11, "November", "Nov", "Nov.");
        Add(DateWordKind.Month, 12, "December", "Dec", "Dec.");

        Add(DateWordKind.Weekday, 1, "Monday");
        Add(DateWordKind.Weekday, 2, "Tuesday");
        Add(DateWordKind.Weekday, 3, "Wednesday");
        Add(DateWordKind.Weekday, 4, "Thursday");
        Add(DateWordKind.Weekday, 5, "Friday");
        Add(DateWordKind.Weekday, 6, "Saturday");
        Add(DateWordKind.Weekday, 7, "Sunday");

        Add(DateWordKind.RelativeDay, -1, "yesterday");
        Add(DateWordKind.RelativeDay, 0, "today");
        Add(DateWordKind.RelativeDay, 1, "tomorrow");

        Add(DateWordKind.Modifier, (int)DateModifier.Last, "last", "previous");
        Add(DateWordKind.Modifier, (int)DateModifier.This, "this");
        Add(DateWordKind.Modifier, (int)DateModifier.Next, "next");

        Add(DateWordKind.Part, (int)DatePart.Early, "early");
        Add(DateWordKind.Part, (int)DatePart.Mid, "mid");
        Add(DateWordKind.Part, (int)DatePart.Late, "late");
        Add(DateWordKind.Part, (int)DatePart.Earlier, "earlier");
        Add(DateWordKind.Part, (int)DatePart.Later, "later");

        Add(DateWordKind.Unit, (int)DateUnit.Day, "day");
        Add(DateWordKind.Unit, -(int)DateUnit.Day, "days");
        Add(DateWordKind.Unit, (int)DateUnit.Week, "week");
        Add(DateWordKind.Unit, -(int)DateUnit.Week, "weeks");
        Add(DateWordKind.Unit, (int)DateUnit.Weekend, "weekend");
        Add(DateWordKind.Unit, (int)DateUnit.Month, "month");
        Add(DateWordKind.Unit, -(int)DateUnit.Month, "months");
        Add(DateWordKind.Unit, (int)DateUnit.Quarter, "quarter");
        Add(DateWordKind.Unit, -(int)DateUnit.Quarter, "quarters");
        Add(DateWordKind.Unit, (int)DateUnit.Half, "half");
        Add(DateWordKind.Unit, (int)DateUnit.Year, "year");
        Add(DateWordKind.Unit, -(int)DateUnit.Year, "years");
        Add(DateWordKind.Unit, (int)DateUnit.Decade, "decade");
        Add(DateWordKind.Unit, -(int)DateUnit.Decade, "decades");
        Add(DateWordKind.Unit, (int)DateUnit.Century, "century");
        Add(DateWordKind.Unit, -(int)DateUnit.Century, "centuries");

        Add(DateWordKind.Season, 1, "spring");
        Add(DateWordKind.Season, 2, "summer");
        Add(DateWordKind.Season, 3, "fall", "autumn");
        Add(DateWordKind.Season, 4, "winter");

        string[] ordinals =
        [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth",
        ];
        for (int i = 0; i < ordinals.Length; i++)
        {
            Add(DateWordKind.Ordinal, i + 1, ordinals[i]);
        }

        string[] cardinals =
        [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ];
        for (int i = 0; i < cardinals.Length; i++)
        {
            Add(DateWordKind.Cardinal, i + 1, cardinals[i]);
        }

        Add(DateWordKind.Cardinal, 1, "a", "an");
        Add(DateWordKind.Cardinal, 30, "thirty");
        Add(DateWordKind.Cardinal, 40, "forty");
        Add(DateWordKind.Cardinal, 50, "fifty");
        Add(DateWordKind.Cardinal, 60, "sixty");
        Add(DateWordKind.Cardinal, 70, "seventy");
        Add(DateWordKind.Cardinal, 80, "eighty");
        Add(DateWordKind.Cardinal, 90, "ninety");
        Add(DateWordKind.Cardinal, -1, "several", "few", "many");

        Add(DateWordKind.DecadeWord, 2, "twenties");
        Add(DateWordKind.DecadeWord, 3, "thirties");
        Add(DateWordKind.DecadeWord, 4, "forties");
        Add(DateWordKind.DecadeWord, 5, "fifties");
        Add(DateWordKind.DecadeWord, 6, "sixties");
        Add(DateWordKind.DecadeWord, 7, "seventies");
        Add(DateWordKind.DecadeWord, 8, "eighties");
        Add(DateWordKind.DecadeWord, 9, "nineties");

        Add(DateWordKind.Holiday, (int)Holiday.Christmas, "Christmas");
        Add(DateWordKind.Holiday, (int)Holiday.Thanksgiving, "Thanksgiving");
        Add(DateWordKind.Holiday, (int)Holiday.Halloween, "Halloween");
        Add(DateWordKind.Holiday, (int)Holiday.Easter, "Easter");

        Add(DateWordKind.Function, (int)DateFunctionWord.The, "the");
        Add(DateWordKind.Function, (int)DateFunctionWord.Of, "of");
        Add(DateWordKind.Function, (int)DateFunctionWord.Ago, "ago");
        Add(DateWordKind.Function, (int)DateFunctionWord.Fiscal, "fiscal");
        Add(DateWordKind.Function, (int)DateFunctionWord.Past, "past");
        Add(DateWordKind.Function, (int)DateFunctionWord.Coming, "coming");
        Add(DateWordKind.Function, (int)DateFunctionWord.Boundary, "beginning", "start", "end", "middle");
        Add(DateWordKind.Function, (int)DateFunctionWord.Latest, "latest", "current");
        Add(DateWordKind.Function, (int)DateFunctionWord.About, "about", "nearly", "almost", "some", "around", "roughly", "approximately");
        Add(DateWordKind.Function, (int)DateFunctionWord.From, "from");
        Add(DateWordKind.Function, (int)DateFunctionWord.Now, "now");
        Add(DateWordKind.Function, (int)DateFunctionWord.Eve, "eve");
        Add(DateWordKind.Function, (int)DateFunctionWord.That, "that");

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
