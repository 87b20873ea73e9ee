namespace NewsNlp.Training;

/// <summary>A gold TIMEX3 annotation: its extent in the document text, type and normalized value.</summary>
/// <param name="Start">Index of the first UTF-16 code unit.</param>
/// <param name="End">Index one past the last UTF-16 code unit (exclusive).</param>
/// <param name="Type">The TIMEX3 type: <c>DATE</c>, <c>TIME</c>, <c>DURATION</c> or <c>SET</c>.</param>
/// <param name="Value">The TIMEX3 <c>value</c> attribute, if present.</param>
internal readonly record struct TimexAnnotation(int Start, int End, string Type, string? Value);
