namespace NewsNlp.Pipeline;

/// <summary>One document to analyse: its text, an optional caller identifier, and an optional reference date.</summary>
/// <param name="Text">The document text.</param>
/// <param name="Id">An identifier the caller chooses; it is carried to <see cref="NewsDocument.Id"/>.</param>
/// <param name="ReferenceDate">The date the document was written (its publication date), used to resolve relative dates
/// such as <c>yesterday</c>; <see langword="null"/> leaves relative dates without a value.</param>
public readonly record struct NewsInput(string Text, string? Id = null, DateOnly? ReferenceDate = null);
