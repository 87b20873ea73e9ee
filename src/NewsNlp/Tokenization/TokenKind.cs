namespace NewsNlp.Tokenization;

/// <summary>The lexical class of a <see cref="Token"/>.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters (with digits, inner apostrophes or a trailing abbreviation period): <c>Iran</c>, <c>O'Brien</c>, <c>U.S.</c>, <c>5G</c>.</summary>
    Word,

    /// <summary>A number, including separators and ordinal or decade suffixes: <c>1,000.50</c>, <c>9:15</c>, <c>7th</c>, <c>1990s</c>.</summary>
    Number,

    /// <summary>Punctuation: quotes, brackets, dashes, periods, ellipses.</summary>
    Punctuation,

    /// <summary>Any other symbol: currency, math, emoji.</summary>
    Symbol,

    /// <summary>A web address starting with <c>http://</c>, <c>https://</c> or <c>www.</c>.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A social-media handle such as <c>@newsdesk</c>.</summary>
    Handle,

    /// <summary>A hashtag such as <c>#elections</c>.</summary>
    Hashtag,
}
