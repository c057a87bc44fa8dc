using System.Globalization;

namespace PolicyTextAnalysis.Entities;

/// <summary>Reads the digits of one token (<c>2,300</c>, <c>1.7</c>, <c>24th</c>, <c>40km</c>) without allocating.</summary>
internal static class NumberText
{
    // Past this many digits a double no longer holds the written number exactly enough to be useful.
    private const int MaxDigits = 18;

    /// <summary>
    /// Reads a leading number with optional thousands commas and one decimal point. Returns the number of
    /// characters read (0 when the text does not start with a digit); <paramref name="value"/> is null when the
    /// number is too long to represent.
    /// </summary>
    public static int ReadLeading(ReadOnlySpan<char> s, out double? value, out bool hasSeparator, out int integerDigits)
    {
        value = null;
        hasSeparator = false;
        integerDigits = 0;
        int i = 0;
        double v = 0;
        int digits = 0;
        bool inFraction = false;
        double scale = 1;
        while (i < s.Length)
        {
            char c = s[i];
            if (c is >= '0' and <= '9')
            {
                digits++;
                if (inFraction)
                {
                    scale /= 10;
                    v += (c - '0') * scale;
                }
                else
                {
                    integerDigits++;
                    v = v * 10 + (c - '0');
                }

                i++;
            }
            else if (c == ',' && !inFraction && digits > 0 && IsDigitGroup(s, i + 1))
            {
                hasSeparator = true;
                i++;
            }
            else if (c == '.' && !inFraction && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]) && digits > 0)
            {
                inFraction = true;
                i++;
            }
            else
            {
                break;
            }
        }

        if (digits > 0 && integerDigits <= MaxDigits)
        {
            value = v;
        }

        return digits == 0 ? 0 : i;
    }

    /// <summary>True when <paramref name="s"/> is entirely a number (<c>2,300</c>, <c>1.7</c>).</summary>
    public static bool TryReadWhole(ReadOnlySpan<char> s, out double? value, out bool hasSeparator, out int integerDigits)
    {
        int read = ReadLeading(s, out value, out hasSeparator, out integerDigits);
        return read > 0 && read == s.Length;
    }

    /// <summary>True for a plain four-digit integer that reads as a year (1000-2099, no separators).</summary>
    public static bool IsYear(ReadOnlySpan<char> s, out int year)
    {
        year = 0;
        if (s.Length != 4 || !int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            return false;
        }

        return year is >= 1000 and <= 2099;
    }

    /// <summary>Index of the first hyphen or en/em dash in <paramref name="s"/>, or -1.</summary>
    public static int IndexOfDash(ReadOnlySpan<char> s) => s.IndexOfAny('-', '\u2013', '\u2014');

    /// <summary>True when <paramref name="s"/> is an ordinal suffix (<c>st</c>, <c>nd</c>, <c>rd</c>, <c>th</c>).</summary>
    public static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);

    /// <summary>Formats a number for a normalised form without exponent or culture.</summary>
    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Formats a two-digit month or day.</summary>
    public static string Two(int value) => value.ToString("00", CultureInfo.InvariantCulture);

    private static bool IsDigitGroup(ReadOnlySpan<char> s, int at) =>
        at + 3 <= s.Length && char.IsAsciiDigit(s[at]) && char.IsAsciiDigit(s[at + 1]) && char.IsAsciiDigit(s[at + 2])
        && (at + 3 == s.Length || !char.IsAsciiDigit(s[at + 3]));
}
