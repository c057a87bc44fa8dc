using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Attribution;

/// <content>Cues that report nothing where they stand: in a question to the listener or about someone's view, and in a
/// heading written in capitals.</content>
internal sealed partial class ReportFinder
{
    /// <summary>A cue whose subject is "you" in a question (<c>do you think ...?</c>): the text asks, it does not report.</summary>
    private bool AsksTheAddressee(int cue, int b)
    {
        int subject = _tree.Child(cue, "nsubj");
        return subject >= 0 && _document.Tokens.CharsAt(subject).Equals("you", StringComparison.OrdinalIgnoreCase) && EndsWithQuestionMark(cue, b);
    }

    /// <summary>
    /// A cue in a yes-no question, its auxiliary before its subject (<c>Does the President agree that ...?</c>, <c>Has she
    /// said she will run?</c>): the text asks whether someone holds the view, it does not report that they do. A question
    /// word before the auxiliary (<c>Why did he say that ...?</c>) takes the report for granted, and so does a negated
    /// auxiliary (<c>Didn't the CEOs tell you that ...?</c>); both keep it.
    /// </summary>
    private bool AsksWhether(int cue, int a, int b)
    {
        int subject = _tree.Child(cue, "nsubj");
        int aux = _tree.Child(cue, "aux");
        if (subject < 0 || aux < 0 || aux > subject || !EndsWithQuestionMark(cue, b)
            || (aux + 1 < subject && _tree.Head(aux + 1) == cue && _syntax.Pos(aux + 1) == "PART"))
        {
            return false;
        }

        for (int t = a; t < aux; t++)
        {
            if (PennTags.IsWhWord(_syntax.Tag(t)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A cue in a heading written in capitals (<c>WHAT THEY ARE SAYING: ...</c>, <c>SUNDAY SHOWS: ...</c>, <c>RESPONDING TO
    /// LOWER PRICES: ...</c>): every word from the sentence's start to its first colon (or its end), two or more, is in
    /// capitals. A word in capitals for emphasis in a sentence (<c>Lee PROMISED to act</c>) still reports.
    /// </summary>
    private bool InCapitalHeading(int cue, int a, int b)
    {
        TokenList tokens = _document.Tokens;
        if (!Text.TextChars.IsWrittenInCapitals(tokens.CharsAt(cue)))
        {
            return false;
        }

        int words = 0;
        for (int t = a; t < b && tokens.CharsAt(t) is not ":"; t++)
        {
            if (tokens.Kinds[t] != TokenKind.Word)
            {
                continue;
            }

            if (!Text.TextChars.IsWrittenInCapitals(tokens.CharsAt(t)))
            {
                return false;
            }

            words++;
        }

        return words >= 2;
    }

    /// <summary>True when a question mark is among the last three tokens of the sentence ending before <paramref name="b"/>,
    /// after <paramref name="cue"/>.</summary>
    private bool EndsWithQuestionMark(int cue, int b)
    {
        for (int k = b - 1; k >= Math.Max(cue + 1, b - 3); k--)
        {
            if (_document.Tokens.CharsAt(k) is "?")
            {
                return true;
            }
        }

        return false;
    }
}
