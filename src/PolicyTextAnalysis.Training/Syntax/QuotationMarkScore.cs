using System.Globalization;
using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>
/// How the syntax models read around quotation marks on one treebank set: the attachment of the words other than the
/// marks (so a set with marks put in, <c>ewt-dev+quotes</c>, compares with the set without), and the words a tagger reads
/// worst in commentary, the first word quoted in the middle of a sentence (<c>said it would "cost jobs"</c>), whose left
/// context is the mark.
/// </summary>
/// <param name="Set">The set's name.</param>
/// <param name="Uas">Unlabelled attachment of the words other than quotation marks.</param>
/// <param name="Las">Labelled attachment of the words other than quotation marks.</param>
/// <param name="AfterMarkWords">Words right after an opening mark that is not the sentence's first token.</param>
/// <param name="AfterMarkUpos">Universal tag accuracy on those words.</param>
/// <param name="AfterMarkUas">Unlabelled attachment of those words.</param>
public sealed record QuotationMarkScore(string Set, double Uas, double Las, int AfterMarkWords, double AfterMarkUpos, double AfterMarkUas)
{
    /// <summary>Scores sentences the model has parsed (<see cref="SyntaxScore.Parse"/>).</summary>
    internal static QuotationMarkScore Of(string set, SyntaxModel model, IReadOnlyList<ParsedSentence> parsed)
    {
        int words = 0, right = 0, attached = 0, unmarked = 0, unmarkedHeads = 0, unmarkedLabelled = 0;
        foreach ((UdSentence s, int[] tags, int[] heads, int[] labels) in parsed)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (!QuoteMarkInsertion.IsMark(s.Forms[i]))
                {
                    unmarked++;
                    unmarkedHeads += heads[i] == s.Heads[i] ? 1 : 0;
                    unmarkedLabelled += heads[i] == s.Heads[i] && model.Parser.Labels[labels[i]] == s.Relations[i] ? 1 : 0;
                }

                if (i >= 2 && s.Xpos[i - 1] == "``" && QuoteMarkInsertion.IsMark(s.Forms[i - 1]))
                {
                    words++;
                    right += model.Tagger.Universal[tags[i]] == s.Upos[i] ? 1 : 0;
                    attached += heads[i] == s.Heads[i] ? 1 : 0;
                }
            }
        }

        static double Rate(int n, int of) => of == 0 ? 0 : Math.Round((double)n / of, 4);
        return new QuotationMarkScore(set, Rate(unmarkedHeads, unmarked), Rate(unmarkedLabelled, unmarked), words, Rate(right, words), Rate(attached, words));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Set,-10} words other than quotation marks: UAS {Uas:0.0000}, LAS {Las:0.0000}; first word after an opening mark inside a sentence: {AfterMarkWords} words, UPOS {AfterMarkUpos:0.0000}, UAS {AfterMarkUas:0.0000}");
}
