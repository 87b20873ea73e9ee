namespace NewsNlp.Dates;

/// <summary>What the lexicon knows about one word: its role in date expressions and a role-specific number.</summary>
/// <param name="Kind">The role.</param>
/// <param name="Value">The number: month 1–12, ISO weekday, day offset, enum value, ordinal or cardinal.</param>
internal readonly record struct DateWord(DateWordKind Kind, sbyte Value)
{
    /// <summary>Gets whether the word has a role.</summary>
    public bool IsDateWord => Kind != DateWordKind.None;

    /// <summary>Whether this is the function word <paramref name="word"/>.</summary>
    public bool Is(DateFunctionWord word) => Kind == DateWordKind.Function && Value == (sbyte)word;

    /// <summary>Whether this is the unit <paramref name="unit"/>, singular or plural.</summary>
    public bool IsUnit(DateUnit unit) => Kind == DateWordKind.Unit && Math.Abs(Value) == (int)unit;

    /// <summary>Gets the unit of a <see cref="DateWordKind.Unit"/> word.</summary>
    public DateUnit Unit => Kind == DateWordKind.Unit ? (DateUnit)Math.Abs(Value) : DateUnit.None;

    /// <summary>Gets whether a unit word is plural (<c>years</c>).</summary>
    public bool IsPlural => Kind == DateWordKind.Unit && Value < 0;
}
