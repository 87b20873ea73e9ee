namespace NewsNlp.Tagging;

/// <summary>What the phrases of an external name list are; each is one bit of a <see cref="PhraseLexicon"/> entry.</summary>
/// <remarks>Demonyms are a category of their own, not places: <c>Pakistani</c> is evidence against a location.</remarks>
internal enum PhraseCategory
{
    Company,
    Government,
    International,
    Party,
    Armed,
    University,
    Media,
    Person,
    City,
    Region,
    Country,
    Demonym,
}
