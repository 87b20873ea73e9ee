using NewsNlp.Entities;
using NewsNlp.Input;

namespace NewsNlp.Custom;

/// <summary>Reads the kind column of a dictionary or pattern rule: a built-in label, or a new custom label.</summary>
internal static class CustomLabels
{
    /// <summary>Custom labels are short identifiers so that they stay one JSON string and one table column.</summary>
    public const int MaxLength = 40;

    /// <summary>Built-in labels (<c>PERSON</c>, <c>ORG</c>, <c>Location</c>) map to their kind; any other identifier of letters,
    /// digits, <c>_</c> and <c>-</c> starting with a letter becomes an upper-case custom label.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out RuleTarget target, out string error)
    {
        text = text.Trim();
        error = "";
        if (EntityKindLabels.TryParse(text, out var kind))
        {
            target = new RuleTarget(kind, null);
            return true;
        }

        target = default;
        if (text.IsEmpty)
        {
            error = "the kind is empty";
            return false;
        }

        if (text.Length > MaxLength || !char.IsLetter(text[0]))
        {
            error = $"the kind {Quoted.Text(text)} must start with a letter and have at most {MaxLength} characters";
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '-'))
            {
                error = $"the kind {Quoted.Text(text)} may hold only letters, digits, '_' and '-'";
                return false;
            }
        }

        target = new RuleTarget(EntityKind.Custom, text.ToString().ToUpperInvariant());
        return true;
    }

    /// <summary>Parses <paramref name="kind"/> or throws <see cref="ArgumentException"/> (for the programmatic API).</summary>
    public static RuleTarget Parse(string kind, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(kind, parameterName);
        return TryParse(kind, out var target, out var error) ? target : throw new ArgumentException(error, parameterName);
    }
}
