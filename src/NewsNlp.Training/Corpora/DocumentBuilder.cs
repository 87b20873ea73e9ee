using System.Text;
using NewsNlp.Entities;

namespace NewsNlp.Training;

/// <summary>Turns a corpus's tokens and IOB1/IOB2 tags into plain text with character-offset mentions.</summary>
/// <remarks>Tokens are joined with spaces except where English punctuation attaches (<c>,</c>, <c>'s</c>, <c>(</c>…), so the
/// text reads like news and re-tokenizes the way inference input does; sentences are separated by a blank line.</remarks>
internal sealed class DocumentBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<GoldEntity> _entities = [];
    private readonly LabelMapping _mapping;
    private string? _openType;
    private int _openStart = -1;
    private int _openEnd = -1;
    private bool _attachNext = true;
    private bool _insideQuote;
    private int _sentenceTokens;
    private readonly List<(int Start, int End)> _openTokens = [];

    public DocumentBuilder(LabelMapping mapping, bool normalizeMentions = false)
    {
        _mapping = mapping;
        NormalizeMentions = normalizeMentions;
    }

    /// <summary>Whether mentions follow our conventions: a leading lower-case article or compass word is dropped from any
    /// mention (<c>the Caribbean</c>, <c>southern Iraq</c>), leading titles are dropped from people (<c>President</c>,
    /// <c>Mr.</c>) and a lower-case hyphenated tail is dropped from the last word (<c>India-linked</c> → <c>India</c>).</summary>
    public bool NormalizeMentions { get; }

    public int SentenceCount { get; private set; }

    public bool IsEmpty => _text.Length == 0;

    /// <summary>Returns why <paramref name="tag"/> is not a tag this builder reads, or <see langword="null"/>: <c>O</c> (also
    /// empty or <c>-</c>), a B-, I-, E-, S-, L- or U- prefix and a type (a type the mapping does not know becomes <c>O</c>), or
    /// a bare type the mapping knows (IO tags).</summary>
    public static string? CheckTag(string tag, LabelMapping mapping)
    {
        if (tag is "O" or "" or "-")
        {
            return null;
        }

        if (tag.Length > 2 && tag[1] == '-')
        {
            return tag[0] is 'B' or 'I' or 'E' or 'S' or 'L' or 'U'
                ? null
                : $"unknown tag {Input.Quoted.Text(tag)}: expected O, or B-, I-, E-, S-, L- or U- and a type";
        }

        return mapping.TryMap(tag, out _)
            ? null
            : $"unknown tag {Input.Quoted.Text(tag)}: expected O, or B-, I-, E-, S-, L- or U- and a type";
    }

    public void AddToken(string word, string tag)
    {
        word = word.Trim();
        if (word.Length == 0)
        {
            return;
        }

        bool attach = _attachNext || AttachesLeft(word);
        if (word == "\"")
        {
            attach = _insideQuote;
            _insideQuote = !_insideQuote;
        }

        if (!attach && _text.Length > 0)
        {
            _text.Append(' ');
        }

        int start = _text.Length;
        _text.Append(word);
        int end = _text.Length;
        _attachNext = word is "(" or "[" or "{" or "$" || (word == "\"" && _insideQuote);
        _sentenceTokens++;

        string? type = null;
        bool begin = false;
        if (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' or 'E' or 'S' or 'L' or 'U')
        {
            type = tag[2..];
            begin = tag[0] is 'B' or 'S' or 'U' || _openType != type;
        }
        else if (tag is not "O" and not "" and not "-")
        {
            type = tag;
            begin = _openType != type;
        }

        if (type is null || !_mapping.TryMap(type, out _))
        {
            Close();
            return;
        }

        if (begin)
        {
            Close();
            _openType = type;
            _openStart = start;
        }

        _openEnd = end;
        _openTokens.Add((start, end));
    }

    public void EndSentence()
    {
        Close();
        if (_sentenceTokens > 0)
        {
            _text.Append("\n\n");
            SentenceCount++;
        }

        _sentenceTokens = 0;
        _attachNext = true;
        _insideQuote = false;
    }

    public AnnotatedDocument Build(string id)
    {
        EndSentence();
        var text = _text.ToString().TrimEnd();
        var document = new AnnotatedDocument(id, text, [.. _entities]);
        _text.Clear();
        _entities.Clear();
        SentenceCount = 0;
        return document;
    }

    private void Close()
    {
        if (_openType is not null && _mapping.TryMap(_openType, out var kind))
        {
            int start = _openStart;
            int end = _openEnd;
            if (NormalizeMentions)
            {
                (start, end) = Normalize(kind, start, end);
            }

            if (end > start)
            {
                _entities.Add(new GoldEntity(kind, start, end));
            }
        }

        _openType = null;
        _openTokens.Clear();
    }

    private (int Start, int End) Normalize(EntityKind kind, int start, int end)
    {
        int first = 0;
        // GMB includes "the" or "southern" in about one place name in eight; CoNLL-2003 never does.
        while (first < _openTokens.Count - 1 && s_leadingModifiers.Contains(Word(_openTokens[first])))
        {
            first++;
        }

        if (kind == EntityKind.Person)
        {
            while (first < _openTokens.Count && IsTitle(Word(_openTokens[first])))
            {
                first++;
            }

            if (first == _openTokens.Count)
            {
                // A title alone ("Mr." tagged apart from the name, "Prime Minister") is not a person mention.
                return (start, start);
            }
        }

        start = _openTokens[first].Start;

        var last = Word(_openTokens[^1]);
        int hyphen = last.LastIndexOf('-');
        if (hyphen > 0 && hyphen + 1 < last.Length && IsDependentTail(last[(hyphen + 1)..]))
        {
            end = _openTokens[^1].Start + hyphen;
        }

        return (start, end);
    }

    private string Word((int Start, int End) token) => _text.ToString(token.Start, token.End - token.Start);

    private static bool IsTitle(string word) => s_titles.Contains(word.TrimEnd('.'));

    private static bool IsDependentTail(string tail) =>
        char.IsLower(tail[0]) || s_dependentTails.Contains(tail);

    private static readonly HashSet<string> s_titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "President", "Prime", "Minister", "Premier", "Chancellor",
        "Vice", "Deputy", "Foreign", "Defense", "Defence", "Interior", "Finance", "Secretary", "General", "Gen", "Senator", "Sen",
        "Rep", "Representative", "Congressman", "Congresswoman", "Governor", "Gov", "Mayor", "King", "Queen", "Prince", "Princess",
        "Pope", "Cardinal", "Archbishop", "Bishop", "Rev", "Reverend", "Ayatollah", "Sheikh", "Imam", "Field", "Marshal",
        "Lieutenant", "Lt", "Colonel", "Col", "Major", "Maj", "Captain", "Capt", "Admiral", "Adm", "Commander", "Chief", "Judge",
        "Justice", "Ambassador", "Envoy", "Special", "Spokesman", "Spokeswoman", "Opposition", "Leader", "Former", "Acting",
        "Sergeant", "Sgt", "Private", "Pvt", "Brigadier", "Emperor", "Sultan", "Crown", "Attorney", "State", "Supreme", "Top",
    };

    /// <summary>Lower-case words that open a mention in some corpora but are not part of the name; case-sensitive, so
    /// <c>The Hague</c> and <c>South Africa</c> keep theirs.</summary>
    private static readonly HashSet<string> s_leadingModifiers = new(StringComparer.Ordinal)
    {
        "the", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
        "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
    };

    private static readonly HashSet<string> s_dependentTails = new(StringComparer.OrdinalIgnoreCase)
    {
        "based", "backed", "linked", "led", "born", "made", "owned", "run", "controlled", "funded", "allied", "supported",
        "sponsored", "style", "era", "bound", "friendly", "registered", "listed", "brokered", "held", "dominated", "affiliated",
    };

    private static bool AttachesLeft(string word) =>
        word is "," or "." or ":" or ";" or "!" or "?" or ")" or "]" or "}" or "%" or "'s" or "'S" or "'" or "n't" or "'re" or "'ve" or "'ll" or "'d" or "'m" or "..." or "’s";
}
