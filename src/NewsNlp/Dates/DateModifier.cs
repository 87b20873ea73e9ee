namespace NewsNlp.Dates;

/// <summary>The deictic modifier of a relative date: <c>last</c>, <c>this</c> or <c>next</c>.</summary>
internal enum DateModifier : sbyte
{
    /// <summary><c>last</c>, <c>previous</c>: the period before the reference date's.</summary>
    Last = -1,

    /// <summary><c>this</c>, <c>current</c>: the period containing the reference date.</summary>
    This = 0,

    /// <summary><c>next</c>: the period after the reference date's.</summary>
    Next = 1,
}
