using NewsNlp.Custom.Patterns;

namespace NewsNlp.Tests.Custom;

public sealed class TokenShapeTests
{
    [Theory]
    [InlineData("Army", "Xxxx")]
    [InlineData("Kalashnikov", "Xxxx")]
    [InlineData("Obi", "Xxx")]
    [InlineData("NATO", "XXX")]
    [InlineData("AK-47", "XX-dd")]
    [InlineData("2025", "ddd")]
    [InlineData("Zürich", "Xxxx")]
    [InlineData("МОСКВА", "XXX")]
    [InlineData("O'Brien", "X'Xxxx")]
    public void Shapes_are_as_documented(string token, string shape)
    {
        Span<char> buffer = stackalloc char[TokenShape.MaxLength];

        Assert.Equal(shape, buffer[..TokenShape.Write(token, buffer)].ToString());
    }

    [Fact]
    public void The_streaming_comparison_agrees_with_the_written_shape()
    {
        string[] tokens = ["Army", "army", "ARMY", "Al", "A", "AK-47", "1990s", "x", "Liberation", new string('a', 100), "Mc" + new string('D', 70)];
        string[] prefixes = ["", "X", "Xx", "Xxxx", "Xxxxx", "xxx", "XX-dd", "ddd", "dddx", "XXX", new string('x', 3), "Xx" + new string('X', 3)];
        Span<char> buffer = stackalloc char[TokenShape.MaxLength];
        foreach (var token in tokens)
        {
            var shape = buffer[..TokenShape.Write(token, buffer)];
            foreach (var prefix in prefixes)
            {
                Assert.Equal(shape.SequenceEqual(prefix), TokenShape.StartsWith(token, prefix, whole: true));
                Assert.Equal(shape.StartsWith(prefix), TokenShape.StartsWith(token, prefix, whole: false));
            }
        }
    }
}
