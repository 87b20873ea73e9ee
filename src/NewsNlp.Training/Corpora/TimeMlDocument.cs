namespace NewsNlp.Training;

/// <summary>One TimeML document: the plain text of its <c>TEXT</c> element, its creation time and its TIMEX3 annotations.</summary>
/// <param name="Id">The document identifier (file name without extension).</param>
/// <param name="Text">The text with all markup removed and entities decoded.</param>
/// <param name="CreationDate">The document creation time (<c>DCT</c>), used as the reference date.</param>
/// <param name="Timexes">The TIMEX3 annotations inside <c>TEXT</c>, with offsets into <paramref name="Text"/>.</param>
internal sealed record TimeMlDocument(string Id, string Text, DateOnly? CreationDate, IReadOnlyList<TimexAnnotation> Timexes);
