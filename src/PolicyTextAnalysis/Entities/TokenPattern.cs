namespace PolicyTextAnalysis.Entities;

/// <summary>
/// A sequence of token tests with quantifiers, parsed from a short text such as <c>shape:Xxxx+ lower:airport</c>.
/// Matching simulates the pattern as a small automaton (no backtracking) over at most <see cref="MaxTokens"/>
/// tokens from a start, so a scan is linear in the document.
/// </summary>
/// <remarks>
/// Elements are separated by spaces. Tests: <c>Word</c> or <c>text:Word</c> (exact text), <c>lower:word</c> (any
/// case), <c>shape:Xxxx</c> (X upper, x lower, d digit; a run of one class counts once, so <c>Xxxx</c> is any
/// capitalised word and <c>dddd</c> any number), <c>kind:Number</c> (a <see cref="TokenKind"/>) and <c>_</c> (any token).
/// <c>text:</c> and <c>lower:</c> take alternatives separated by <c>|</c>. A trailing <c>?</c> makes an element
/// optional, <c>+</c> one or more, <c>*</c> zero or more.
/// </remarks>
internal sealed class TokenPattern
{
    /// <summary>The longest match, in tokens; longer runs are cut there.</summary>
    public const int MaxTokens = 32;

    private readonly Element[] _elements;

    private TokenPattern(string source, Element[] elements)
    {
        Source = source;
        _elements = elements;
    }

    /// <summary>The pattern as written.</summary>
    public string Source { get; }

    /// <summary>Parses a pattern.</summary>
    /// <exception cref="FormatException">The pattern is empty, matches the empty sequence, or has an unknown test.</exception>
    public static TokenPattern Parse(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var elements = new List<Element>();
        foreach (string part in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string body = part;
            char quantifier = body.Length > 1 && body[^1] is '?' or '+' or '*' ? body[^1] : '\0';
            if (quantifier != '\0')
            {
                body = body[..^1];
            }

            Func<Token, bool> test = ParseTest(body, pattern);
            switch (quantifier)
            {
                case '?': elements.Add(new Element(test, Repeat.Optional)); break;
                case '*': elements.Add(new Element(test, Repeat.Star)); break;
                case '+':
                    elements.Add(new Element(test, Repeat.One));
                    elements.Add(new Element(test, Repeat.Star));
                    break;
                default: elements.Add(new Element(test, Repeat.One)); break;
            }
        }

        if (!elements.Exists(e => e.Repeat == Repeat.One))
        {
            throw new FormatException($"The token pattern '{pattern}' must require at least one token (add an element without ? or *).");
        }

        return new TokenPattern(pattern, [.. elements]);
    }

    /// <summary>The number of tokens of the longest match starting at <paramref name="first"/> (before <paramref name="limit"/>), or 0.</summary>
    public int Match(TokenList tokens, int first, int limit)
    {
        int n = _elements.Length;
        Span<bool> current = stackalloc bool[n + 1];
        Span<bool> next = stackalloc bool[n + 1];
        current.Clear();
        Close(current, 0);
        int best = current[n] ? 0 : -1;
        int end = Math.Min(limit, first + MaxTokens);
        for (int i = first; i < end; i++)
        {
            next.Clear();
            bool any = false;
            Token token = tokens[i];
            for (int j = 0; j < n; j++)
            {
                if (!current[j] || !_elements[j].Test(token))
                {
                    continue;
                }

                any = true;
                if (_elements[j].Repeat == Repeat.Star)
                {
                    Close(next, j);
                }
                else
                {
                    Close(next, j + 1);
                }
            }

            if (!any)
            {
                break;
            }

            next.CopyTo(current);
            if (current[n])
            {
                best = i - first + 1;
            }
        }

        return Math.Max(best, 0);
    }

    /// <summary>Adds state <paramref name="j"/> and every state reachable from it without a token.</summary>
    private void Close(Span<bool> states, int j)
    {
        while (j <= _elements.Length && !states[j])
        {
            states[j] = true;
            if (j == _elements.Length || _elements[j].Repeat == Repeat.One)
            {
                return;
            }

            j++;
        }
    }

    private static Func<Token, bool> ParseTest(string body, string pattern)
    {
        int colon = body.IndexOf(':', StringComparison.Ordinal);
        string kind = colon > 0 ? body[..colon] : "text";
        string arg = colon > 0 ? body[(colon + 1)..] : body;
        if (body == "_")
        {
            return static _ => true;
        }

        if (arg.Length == 0)
        {
            throw new FormatException($"The token pattern '{pattern}' has an empty test '{body}'.");
        }

        switch (kind)
        {
            case "text":
            {
                string[] options = arg.Split('|');
                return t => Array.Exists(options, o => t.Chars.SequenceEqual(o));
            }

            case "lower":
            {
                string[] options = arg.Split('|');
                return t => Array.Exists(options, o => t.Chars.Equals(o, StringComparison.OrdinalIgnoreCase));
            }

            case "shape":
            {
                string shape = CollapseRuns(arg);
                return t => ShapeEquals(t.Chars, shape);
            }

            case "kind":
                return Enum.TryParse(arg, ignoreCase: true, out TokenKind tokenKind)
                    ? t => t.Kind == tokenKind
                    : throw new FormatException($"The token pattern '{pattern}' names an unknown token kind '{arg}' (use one of {string.Join(", ", Enum.GetNames<TokenKind>())}).");
            default:
                throw new FormatException($"The token pattern '{pattern}' has an unknown test '{kind}:' (use text:, lower:, shape:, kind: or _).");
        }
    }

    /// <summary>True when the collapsed shape of <paramref name="text"/> (X upper, x lower, d digit, a run written once) is <paramref name="shape"/>.</summary>
    internal static bool ShapeEquals(ReadOnlySpan<char> text, string shape)
    {
        int length = 0;
        char last = '\0';
        foreach (char c in text)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (length > 0 && last == s)
            {
                continue;
            }

            if (length == shape.Length || shape[length] != s)
            {
                return false;
            }

            last = s;
            length++;
        }

        return length == shape.Length;
    }

    private static string CollapseRuns(string shape)
    {
        var sb = new System.Text.StringBuilder(shape.Length);
        foreach (char c in shape)
        {
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private enum Repeat : byte
    {
        One,
        Optional,
        Star,
    }

    private readonly record struct Element(Func<Token, bool> Test, Repeat Repeat);
}
