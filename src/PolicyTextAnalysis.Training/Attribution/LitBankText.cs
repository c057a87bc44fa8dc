using System.Text;

namespace PolicyTextAnalysis.Training.Attribution;

/// <summary>
/// A LitBank text (one pre-tokenised sentence per line, tokens split by spaces) turned back into running text for the
/// analyzer: no space before closing punctuation or a clitic (<c>'s</c>, <c>n't</c>), none after an opening bracket or
/// inside quotation marks (straight marks alternate open and close through the text), sentences joined by a space.
/// Keeps where every token went, so gold token and character offsets carry over.
/// </summary>
public sealed class LitBankText
{
    private static readonly HashSet<string> Closing = new(StringComparer.Ordinal)
    {
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "”", "’", "'s", "’s", "n't", "n’t", "'m", "’m", "'re", "’re",
        "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'S", "N'T",
    };

    private static readonly HashSet<string> Opening = new(StringComparer.Ordinal) { "(", "[", "{", "“", "‘", "$" };

    // Raw character offsets of token starts and ends, to their offsets in Text.
    private readonly Dictionary<int, int> _starts;
    private readonly Dictionary<int, int> _ends;

    private LitBankText(string text, List<TextSpan[]> tokens, Dictionary<int, int> starts, Dictionary<int, int> ends)
    {
        Text = text;
        Tokens = tokens;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The detokenised text.</summary>
    public string Text { get; }

    /// <summary>The span of each token in <see cref="Text"/>, by line and position in the line.</summary>
    public IReadOnlyList<TextSpan[]> Tokens { get; }

    /// <summary>Detokenises the raw file contents.</summary>
    public static LitBankText Parse(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var sb = new StringBuilder(raw.Length);
        var tokens = new List<TextSpan[]>();
        var starts = new Dictionary<int, int>();
        var ends = new Dictionary<int, int>();
        bool quoteOpen = false, glue = true;
        int offset = 0;
        foreach (string line in raw.Split('\n'))
        {
            string[] words = line.Length == 0 ? [] : line.Split(' ');
            var spans = new TextSpan[words.Length];
            int at = offset;
            for (int i = 0; i < words.Length; i++)
            {
                string w = words[i];
                bool straight = w == "\"";
                bool closes = Closing.Contains(w) || (straight && quoteOpen);
                if (!glue && !closes && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                if (straight)
                {
                    quoteOpen = !quoteOpen;
                }

                starts[at] = sb.Length;
                spans[i] = new TextSpan(sb.Length, sb.Length + w.Length);
                sb.Append(w);
                ends[at + w.Length] = sb.Length;
                glue = Opening.Contains(w) || (straight && quoteOpen);
                at += w.Length + 1;
            }

            tokens.Add(spans);
            offset += line.Length + 1;
        }

        return new LitBankText(sb.ToString(), tokens, starts, ends);
    }

    /// <summary>The span of raw character offsets <paramref name="start"/>..<paramref name="end"/> (token edges), or null when they are not token edges.</summary>
    public TextSpan? FromRaw(int start, int end) =>
        _starts.TryGetValue(start, out int s) && _ends.TryGetValue(end, out int e) && e >= s ? new TextSpan(s, e) : null;
}
