namespace NewsNlp.Dates;

/// <summary>The role a word can play in a date expression.</summary>
internal enum DateWordKind : byte
{
    /// <summary>Not a date word.</summary>
    None,

    /// <summary>A month name or abbreviation; the value is 1–12.</summary>
    Month,

    /// <summary>A weekday name; the value is the ISO day number, 1 (Monday) – 7 (Sunday).</summary>
    Weekday,

    /// <summary><c>yesterday</c>, <c>today</c>, <c>tomorrow</c>; the value is the day offset.</summary>
    RelativeDay,

    /// <summary><c>last</c>, <c>next</c>, <c>this</c>; the value is a <see cref="DateModifier"/>.</summary>
    Modifier,

    /// <summary><c>early</c>, <c>mid</c>, <c>late</c>, <c>earlier</c>, <c>later</c>; the value is a <see cref="DatePart"/>.</summary>
    Part,

    /// <summary>A calendar unit; the value is a <see cref="DateUnit"/>, negated for plurals.</summary>
    Unit,

    /// <summary>A season; the value is 1 (spring) – 4 (winter).</summary>
    Season,

    /// <summary>An ordinal word (<c>first</c> … <c>twenty-first</c> as far as centuries need); the value is the ordinal.</summary>
    Ordinal,

    /// <summary>A cardinal word (<c>a</c>, <c>two</c>, <c>twelve</c>); the value is the number, or -1 for vague ones
    /// (<c>several</c>, <c>few</c>, <c>many</c>).</summary>
    Cardinal,

    /// <summary>A decade word (<c>twenties</c> … <c>nineties</c>); the value is the decade's tens digit.</summary>
    DecadeWord,

    /// <summary>A holiday name; the value is a <see cref="Holiday"/>.</summary>
    Holiday,

    /// <summary>A function word the grammar needs (<c>the</c>, <c>of</c>, <c>ago</c>, <c>fiscal</c>); the value is a
    /// <see cref="DateFunctionWord"/>.</summary>
    Function,
}
