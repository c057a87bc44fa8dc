using System.Globalization;
using PolicyTextAnalysis.Syntax;
using PolicyTextAnalysis.Text;
using PolicyTextAnalysis.Training.Corpora;

namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>
/// Syntax scores from raw text, as in the CoNLL 2018 shared task: the treebank's text is rebuilt, our tokenizer, sentence
/// splitter, tagger and parser run on it, and system words are aligned to gold words by identical character spans.
/// Each figure is an F1 of correct aligned words against all system and all gold words; LAS compares the universal
/// part of the relation (before <c>:</c>), as the shared task's evaluation script does.
/// </summary>
public sealed record RawTextSyntaxScore(string Set, double Tokens, double Sentences, double Upos, double Uas, double Las)
{
    /// <summary>Scores <paramref name="model"/> on the CoNLL-U file at <paramref name="path"/>.</summary>
    internal static RawTextSyntaxScore Of(string set, string path, SyntaxModel model)
    {
        ConlluDocument gold = ConlluDocument.Load(path);
        (string text, int[] breaks) = SharedTaskLayout(gold.Text);
        TextSpan Map(TextSpan span) => new(span.Start + Shift(breaks, span.Start), span.End + Shift(breaks, span.End));
        var goldWords = GoldWords(gold, Map);
        // UD splits hyphenated words; the tokenizer has that convention as an option.
        Document document = new AnalysisPipeline([new TextStage(new Tokenizer(HyphenMode.Split)), new SyntaxStage(model)]).Run(Document.FromText(text));
        SyntaxLayer syntax = document.Syntax!;
        int system = document.Tokens.Count;
        int aligned = 0, upos = 0, uas = 0, las = 0;
        for (int i = 0; i < system; i++)
        {
            var span = new TextSpan(document.Tokens.Starts[i], document.Tokens.Ends[i]);
            if (!goldWords.TryGetValue(span, out GoldWord g))
            {
                continue;
            }

            aligned++;
            upos += syntax.Pos(i) == g.Upos ? 1 : 0;
            int head = syntax.Head(i);
            TextSpan? systemHead = head == i ? null : new TextSpan(document.Tokens.Starts[head], document.Tokens.Ends[head]);
            if (systemHead == g.Head)
            {
                uas++;
                string relation = head == i ? "root" : syntax.Dep(i);
                las += Universal(relation) == Universal(g.Relation) ? 1 : 0;
            }
        }

        var goldSentences = gold.Sentences.Select(Map).ToHashSet();
        int sentencesRight = document.Sentences.Count(s => goldSentences.Contains(new TextSpan(s.Start, s.End)));
        double F1(int right, int predicted, int all) => predicted + all == 0 ? 0 : Math.Round(2.0 * right / (predicted + all), 4);
        return new RawTextSyntaxScore(set, F1(aligned, system, goldWords.Count), F1(sentencesRight, document.Sentences.Count, gold.Sentences.Count),
            F1(upos, system, goldWords.Count), F1(uas, system, goldWords.Count), F1(las, system, goldWords.Count));
    }

    private readonly record struct GoldWord(string Upos, TextSpan? Head, string Relation);

    /// <summary>Every gold word by its span, with its head's span (null for a root).</summary>
    private static Dictionary<TextSpan, GoldWord> GoldWords(ConlluDocument gold, Func<TextSpan, TextSpan> map)
    {
        var words = new Dictionary<TextSpan, GoldWord>();
        int t = 0;
        foreach (TextSpan sentence in gold.Sentences)
        {
            var byId = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
            int first = t;
            for (; t < gold.Tokens.Count && gold.Tokens[t].Start < sentence.End; t++)
            {
                byId[gold.Rows[t][0]] = map(gold.Tokens[t]);
            }

            for (int i = first; i < t; i++)
            {
                string[] row = gold.Rows[i];
                TextSpan? head = row[6] == "0" ? null : byId.TryGetValue(row[6], out TextSpan h) ? h : new TextSpan(-1, -1);
                words[map(gold.Tokens[i])] = new GoldWord(row[3], head, row[7]);
            }
        }

        return words;
    }

    /// <summary>
    /// The text as the CoNLL 2018 shared task gave it to systems (UD tools' <c>conllu_to_text.pl</c>): an empty line
    /// between paragraphs, and each paragraph's lines broken at the last space within 80 characters (a space becomes a
    /// line break, so offsets do not move). Returns the offsets, in <paramref name="text"/>, of the paragraph breaks,
    /// each of which gains one character.
    /// </summary>
    internal static (string Text, int[] Breaks) SharedTaskLayout(string text)
    {
        var breaks = new List<int>();
        var sb = new System.Text.StringBuilder(text.Length + 1024);
        int paragraphStart = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n')
            {
                continue;
            }

            int lineStart = sb.Length;
            sb.Append(text, paragraphStart, i - paragraphStart);
            Wrap(sb, lineStart);
            if (i < text.Length)
            {
                breaks.Add(i);
                sb.Append("\n\n");
            }

            paragraphStart = i + 1;
        }

        return (sb.ToString(), [.. breaks]);
    }

    // conllu_to_text.pl: while the rest is 80 characters or longer, break at the last space at or before index 80 of
    // it (or the first space after, if there is none).
    private static void Wrap(System.Text.StringBuilder sb, int lineStart)
    {
        while (sb.Length - lineStart >= 80)
        {
            int space = -1;
            for (int k = lineStart; k < sb.Length; k++)
            {
                if (k - lineStart > 80 && space >= 0)
                {
                    break;
                }

                if (char.IsWhiteSpace(sb[k]))
                {
                    space = k;
                }
            }

            if (space < 0)
            {
                return;
            }

            sb[space] = '\n';
            lineStart = space + 1;
        }
    }

    /// <summary>How many paragraph breaks come before <paramref name="offset"/> (each adds a character).</summary>
    private static int Shift(int[] breaks, int offset)
    {
        int index = Array.BinarySearch(breaks, offset);
        return index >= 0 ? index : ~index;
    }

    private static string Universal(string relation)
    {
        int colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation[..colon];
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Set,-10} raw text: tokens F1 {Tokens:0.0000}  sentences F1 {Sentences:0.0000}  UPOS {Upos:0.0000}  UAS {Uas:0.0000}  LAS {Las:0.0000}");
}
