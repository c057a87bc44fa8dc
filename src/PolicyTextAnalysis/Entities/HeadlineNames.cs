using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Names in a headline written in title case or capitals (<c>Governor Hochul Announces $50 Million for Broadband</c>,
/// <c>Mayor Adams Unveils Plan to Fix Subways</c>): every word is capitalised, so the recogniser runs a name on into the
/// verb after it (<c>Hochul Announces</c>, <c>Adams Unveils Plan</c>). A mention in such a line ends before a third-person
/// <c>-s</c> form whose base the tagger's training data only ever showed as a verb (<c>Announces</c>, <c>Warns</c>; not
/// <c>Gates</c> or <c>Brooks</c>, also nouns, nor a participle: <c>Alliance Defending Freedom</c>). Press releases and
/// statements open with such headlines. Linear in the mentions.
/// </summary>
internal static class HeadlineNames
{
    // A headline: at least this many words, nearly all capitalised.
    private const int MinWords = 4;
    private const double MinCapitalisedShare = 0.8;

    /// <summary>Cuts, in place, the mentions of <paramref name="mentions"/> that run into a headline's verb.</summary>
    public static void Apply(Document document, List<EntityMention> mentions)
    {
        if (mentions.Count == 0 || SyntaxModel.Default is not { } syntax)
        {
            return;
        }

        TokenList tokens = document.Tokens;
        IReadOnlyList<Sentence> sentences = document.Sentences;
        int sentence = 0;
        bool? headline = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            EntityMention m = mentions[i];
            int first = tokens.IndexAtOrAfter(m.Start);
            while (sentence + 1 < sentences.Count && sentences[sentence].EndToken <= first)
            {
                (sentence, headline) = (sentence + 1, null);
            }

            int end = tokens.IndexAtOrAfter(m.End);
            if (end - first < 2)
            {
                continue;
            }

            headline ??= IsHeadline(tokens, sentences[sentence]);
            if (headline == false)
            {
                continue;
            }

            for (int t = first + 1; t < end; t++)
            {
                if (tokens.Kinds[t] == TokenKind.Word && IsVerb(syntax, tokens.CharsAt(t)))
                {
                    int last = t - 1;
                    string text = document.Text[m.Start..tokens.Ends[last]];
                    mentions[i] = m with { Text = text, End = tokens.Ends[last], Canonical = m.Canonical == m.Text ? text : m.Canonical };
                    break;
                }
            }
        }
    }

    // A third-person -s or -es form (announces, pushes) whose base is known only as a verb: the headline's "Name Verbs"
    // (names hold participles and base forms: Alliance Defending Freedom, Freedom to Marry).
    private static bool IsVerb(SyntaxModel syntax, ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is not ('s' or 'S' or '\'' or '’')
            && (syntax.IsOnly(word[..^1], "VERB") || (word[^2] is 'e' or 'E' && syntax.IsOnly(word[..^2], "VERB")));

    private static bool IsHeadline(TokenList tokens, Sentence sentence)
    {
        int words = 0, capitalised = 0;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (tokens.Kinds[t] != TokenKind.Word || !char.IsLetter(tokens.CharsAt(t)[0]))
            {
                continue;
            }

            // Short words stay lower case in title case (to, in, of, and, the, for): they count neither way.
            ReadOnlySpan<char> word = tokens.CharsAt(t);
            if (char.IsLower(word[0]) && word.Length <= 3)
            {
                continue;
            }

            words++;
            capitalised += char.IsUpper(word[0]) ? 1 : 0;
        }

        return words >= MinWords && capitalised >= MinCapitalisedShare * words;
    }
}
