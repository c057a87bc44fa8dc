using System.Globalization;

namespace PolicyTextAnalysis.Claims;

/// <summary>
/// Turns numeric entity mentions (PERCENT, MONEY, QUANTITY, CARDINAL) into <see cref="Quantity"/> values. The
/// one place that knows how a mention becomes a value: today it parses the mention's text; when the entity layer
/// carries normalised values, read them here instead.
/// </summary>
internal static class QuantityMapping
{
    /// <summary>True when mentions with <paramref name="label"/> are quantities of a claim.</summary>
    public static bool IsNumericLabel(string label) =>
        label is EntityLabels.Percent or EntityLabels.Money or EntityLabels.Quantity or EntityLabels.Cardinal;

    /// <summary>The quantity a numeric mention denotes.</summary>
    public static Quantity FromMention(EntityMention mention)
    {
        string? unit = mention.Label switch
        {
            EntityLabels.Percent => "percent",
            EntityLabels.Money => MoneyUnit(mention.Text),
            _ => null,
        };
        double? value = ParseValue(mention.Text);
        if (value is not null && mention.Label == EntityLabels.Percent)
        {
            value /= 100;
        }

        return new Quantity { Text = mention.Text, Value = value, Unit = unit };
    }

    /// <summary>
    /// The first number in <paramref name="text"/> with its scale word (<c>1.7 million</c> is 1,700,000;
    /// <c>2,300</c> is 2,300; <c>375 thousand</c> is 375,000); null when there is no digit.
    /// </summary>
    internal static double? ParseValue(ReadOnlySpan<char> text)
    {
        int start = 0;
        while (start < text.Length && !char.IsAsciiDigit(text[start]))
        {
            start++;
        }

        if (start == text.Length)
        {
            return null;
        }

        int end = start;
        Span<char> digits = stackalloc char[Math.Min(text.Length, 64)];
        int n = 0;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] is ',' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            if (text[end] != ',' && n < digits.Length)
            {
                digits[n++] = text[end];
            }

            end++;
        }

        if (!double.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
        {
            return null;
        }

        ReadOnlySpan<char> rest = text[end..].TrimStart();
        double scale = rest.StartsWith("thousand", StringComparison.OrdinalIgnoreCase) ? 1e3
            : rest.StartsWith("million", StringComparison.OrdinalIgnoreCase) ? 1e6
            : rest.StartsWith("billion", StringComparison.OrdinalIgnoreCase) ? 1e9
            : rest.StartsWith("trillion", StringComparison.OrdinalIgnoreCase) ? 1e12
            : 1;
        return value * scale;
    }

    private static string MoneyUnit(string text) =>
        text.Contains('$', StringComparison.Ordinal) || text.Contains("dollar", StringComparison.OrdinalIgnoreCase) ? "USD"
        : text.Contains('€', StringComparison.Ordinal) || text.Contains("euro", StringComparison.OrdinalIgnoreCase) ? "EUR"
        : text.Contains('£', StringComparison.Ordinal) || text.Contains("pound", StringComparison.OrdinalIgnoreCase) ? "GBP"
        : "money";
}
