namespace NewsNlp.Dates;

/// <summary>How an ambiguous numeric date such as <c>03/04/2025</c> is read.</summary>
public enum DateOrder : byte
{
    /// <summary>Month first, as in the United States: <c>03/04/2025</c> is 4 March 2025.</summary>
    MonthDayYear,

    /// <summary>Day first, as in most of the world: <c>03/04/2025</c> is 3 April 2025.</summary>
    DayMonthYear,
}
