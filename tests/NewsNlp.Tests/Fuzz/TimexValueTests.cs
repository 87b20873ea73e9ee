using NewsNlp.Fuzz.Targets;

namespace NewsNlp.Tests.Fuzz;

/// <summary>The date-value check the fuzz targets and property tests apply accepts the documented TIMEX3 shapes and only
/// real calendar units.</summary>
public sealed class TimexValueTests
{
    [Theory]
    [InlineData("2025-03")]
    [InlineData("2024-06-02/2024-06-12")]
    [InlineData("2019/2021")]
    [InlineData("2024-01-15")]
    [InlineData("2024-02-29")]
    [InlineData("2024-W03")]
    [InlineData("2026-W53")]
    [InlineData("2024-W03-WE")]
    [InlineData("2025-Q3")]
    [InlineData("2025-H1")]
    [InlineData("2024-SU")]
    [InlineData("199")]
    [InlineData("19")]
    [InlineData("BC0264")]
    [InlineData("PAST_REF")]
    [InlineData("FUTURE_REF")]
    [InlineData("XXXX-11-27")]
    [InlineData("XXXX-02-29")]
    [InlineData("XXXX-03")]
    [InlineData("XXXX-WXX-6")]
    [InlineData("XXXX-Q4")]
    public void Documented_values_are_valid(string value) => Assert.True(TimexValue.IsValid(value));

    [Theory]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2025-02-29")]
    [InlineData("2026-04-31")]
    [InlineData("2025-W53")]
    [InlineData("2026-W00")]
    [InlineData("2026-Q5")]
    [InlineData("2026-H3")]
    [InlineData("2026-3")]
    [InlineData("20260")]
    [InlineData("0000")]
    [InlineData("XXXX")]
    [InlineData("XXXX-WXX-8")]
    [InlineData("2026-11-24T10")]
    [InlineData("2024-06-02/2024-02-30")]
    [InlineData("2019/2020/2021")]
    [InlineData("099")]
    public void Malformed_or_impossible_values_are_invalid(string value) => Assert.False(TimexValue.IsValid(value));
}
