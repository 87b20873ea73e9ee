namespace NewsNlp.Dates;

/// <summary>Function words that date expressions are built with.</summary>
internal enum DateFunctionWord : byte
{
    /// <summary>Not a function word.</summary>
    None,

    /// <summary><c>the</c>.</summary>
    The,

    /// <summary><c>of</c>.</summary>
    Of,

    /// <summary><c>ago</c>.</summary>
    Ago,

    /// <summary><c>fiscal</c>.</summary>
    Fiscal,

    /// <summary><c>past</c>, as in <c>this past weekend</c>.</summary>
    Past,

    /// <summary><c>coming</c>, as in <c>this coming Sunday</c>.</summary>
    Coming,

    /// <summary><c>beginning</c>, <c>start</c>, <c>end</c>, <c>middle</c>, as in <c>the end of 2024</c>.</summary>
    Boundary,

    /// <summary><c>latest</c>, <c>current</c>, as in <c>the latest quarter</c>.</summary>
    Latest,

    /// <summary>Approximators before a count: <c>about</c>, <c>nearly</c>, <c>almost</c>, <c>some</c>.</summary>
    About,

    /// <summary><c>from</c>, as in <c>two weeks from now</c>.</summary>
    From,

    /// <summary><c>now</c>, only as in <c>two weeks from now</c>.</summary>
    Now,

    /// <summary><c>eve</c>, as in <c>Christmas Eve</c>.</summary>
    Eve,

    /// <summary><c>that</c>, as in <c>that year</c>.</summary>
    That,
}
