namespace NewsNlp.Tagging;

/// <summary>Optional feature groups on top of the lexical, shape and context features.</summary>
[Flags]
internal enum FeatureGroups
{
    None = 0,

    /// <summary>Document-level evidence: the word lower-case or capitalized mid-sentence elsewhere, acronyms defined in parentheses.</summary>
    Document = 1,

    /// <summary>Gazetteer membership of the word and its neighbours.</summary>
    Gazetteer = 2,

    /// <summary>Word-cluster bit-string prefixes.</summary>
    Clusters = 4,

    /// <summary>Membership of the word and its neighbours in external name lists (places, given names, surnames), carried in
    /// the gazetteer's <see cref="NameListBits"/>.</summary>
    NameLists = 8,

    /// <summary>The kinds the tagger gave the same word earlier in the document (its prediction history).</summary>
    History = 16,

    /// <summary>Membership of the word in a multi-word name from external lists (<see cref="PhraseLexicon"/>): the list's
    /// category and the word's position in the name, for the word and its neighbours.</summary>
    Phrases = 32,
}
