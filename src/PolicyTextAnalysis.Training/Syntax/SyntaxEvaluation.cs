using System.Globalization;
using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>Scores of the syntax models on one treebank set with gold tokenisation (every word counts, punctuation too).</summary>
public sealed record SyntaxScore(string Set, int Words, double Upos, double Xpos, double Lemma, double Uas, double Las)
{
    /// <summary>Runs the model on every sentence of <paramref name="sentences"/>.</summary>
    internal static SyntaxScore Of(string set, SyntaxModel model, IReadOnlyList<UdSentence> sentences) => Of(set, model, Parse(model, sentences));

    /// <summary>The model's tags and tree for each sentence, in order.</summary>
    internal static List<ParsedSentence> Parse(SyntaxModel model, IReadOnlyList<UdSentence> sentences)
    {
        var parsed = new List<ParsedSentence>(sentences.Count);
        foreach (UdSentence s in sentences)
        {
            WordHashes[] hashes = s.Hashes();
            int[] tags = model.Tag(hashes);
            (int[] heads, int[] labels) = model.Parser.Parse(hashes, tags);
            parsed.Add(new ParsedSentence(s, tags, heads, labels));
        }

        return parsed;
    }

    /// <summary>Scores sentences the model has parsed (<see cref="Parse"/>).</summary>
    internal static SyntaxScore Of(string set, SyntaxModel model, IReadOnlyList<ParsedSentence> parsed)
    {
        int words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
        foreach ((UdSentence s, int[] tags, int[] heads, int[] labels) in parsed)
        {
            for (int i = 0; i < s.Length; i++)
            {
                words++;
                string u = model.Tagger.Universal[tags[i]];
                string x = model.Tagger.Penn[tags[i]];
                upos += u == s.Upos[i] ? 1 : 0;
                xpos += x == s.Xpos[i] ? 1 : 0;
                lemma += model.Lemmatizer.Lemma(s.Forms[i], u, x) == s.Lemmas[i] ? 1 : 0;
                if (heads[i] == s.Heads[i])
                {
                    uas++;
                    las += model.Parser.Labels[labels[i]] == s.Relations[i] ? 1 : 0;
                }
            }
        }

        double Rate(int n) => words == 0 ? 0 : Math.Round((double)n / words, 4);
        return new SyntaxScore(set, words, Rate(upos), Rate(xpos), Rate(lemma), Rate(uas), Rate(las));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Set,-10} words {Words,7}  UPOS {Upos:0.0000}  XPOS {Xpos:0.0000}  lemma {Lemma:0.0000}  UAS {Uas:0.0000}  LAS {Las:0.0000}");
}

/// <summary>A treebank sentence with the model's tags (class ids), heads and relation ids.</summary>
internal readonly record struct ParsedSentence(UdSentence Sentence, int[] Tags, int[] Heads, int[] Labels);
