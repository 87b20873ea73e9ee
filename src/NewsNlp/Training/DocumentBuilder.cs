using System.Text;

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

    public DocumentBuilder(LabelMapping mapping)
    {
        _mapping = mapping;
    }

    public int SentenceCount { get; private set; }

    public bool IsEmpty => _text.Length == 0;

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
            _entities.Add(new GoldEntity(kind, _openStart, _openEnd));
        }

        _openType = null;
    }

    private static bool AttachesLeft(string word) =>
        word is "," or "." or ":" or ";" or "!" or "?" or ")" or "]" or "}" or "%" or "'s" or "'S" or "'" or "n't" or "'re" or "'ve" or "'ll" or "'d" or "'m" or "..." or "’s";
}
