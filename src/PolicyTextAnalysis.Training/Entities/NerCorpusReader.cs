using System.Text;
using PolicyTextAnalysis.Training.Corpora;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// Reads the NER corpora into <see cref="NerSentence"/>s: column files with BIO tags (CoNLL as in GMB, re3d and
/// wikigold, whose IOB1 tags are read by the same rule; IOB2 with <c># text</c> lines as in the UNER sets) and
/// CoNLL-U with GUM entity brackets.
/// </summary>
public static class NerCorpusReader
{
    /// <summary>
    /// Reads a blank-line separated column file. <paramref name="tokenColumn"/> and <paramref name="tagColumn"/>
    /// pick the columns (split on tabs, or on spaces when a line has no tab); <c># text = ...</c> comments give the
    /// sentence's real text, otherwise tokens are joined with single spaces. <paramref name="insideOutside"/> reads
    /// IO tags without prefixes (Few-NERD: <c>person-actor</c>), a run of one label being one entity.
    /// </summary>
    public static List<NerSentence> ReadColumns(string path, int tokenColumn, int tagColumn, bool insideOutside = false)
    {
        var sentences = new List<NerSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        string? text = null;
        foreach (string line in File.ReadLines(path).Append(string.Empty))
        {
            if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                text = line["# text = ".Length..];
                continue;
            }

            if (line.StartsWith('#') || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.Trim().Length == 0)
            {
                if (tokens.Count > 0)
                {
                    sentences.Add(Build(tokens, tags, text));
                }

                tokens.Clear();
                tags.Clear();
                text = null;
                continue;
            }

            string[] cols = line.Contains('\t', StringComparison.Ordinal) ? line.Split('\t') : line.Split(' ');
            if (cols.Length <= Math.Max(tokenColumn, tagColumn))
            {
                continue;
            }

            string tag = cols[tagColumn];
            if (insideOutside && tag != "O")
            {
                tag = (tags.Count > 0 && tags[^1].Length > 2 && tags[^1][2..] == tag ? "I-" : "B-") + tag;
            }

            tokens.Add(cols[tokenColumn]);
            tags.Add(tag);
        }

        return sentences;
    }

    /// <summary>
    /// Builds a sentence from tokens and BIO tags. <c>I-X</c> after O or after another type opens an entity, which
    /// reads IOB1 and IOB2 alike.
    /// </summary>
    public static NerSentence Build(IReadOnlyList<string> tokens, IReadOnlyList<string> tags, string? text)
    {
        var spans = Align(tokens, text, out string sentenceText);
        var entities = new List<GoldEntity>();
        int open = -1;
        string type = string.Empty;
        for (int i = 0; i <= tokens.Count; i++)
        {
            string tag = i < tokens.Count ? tags[i] : "O";
            bool inside = tag.StartsWith("I-", StringComparison.Ordinal) && open >= 0 && tag[2..] == type;
            if (!inside && open >= 0)
            {
                entities.Add(new GoldEntity(spans[open].Start, spans[i - 1].End, type));
                open = -1;
            }

            if (!inside && tag.Length > 2 && tag[1] == '-')
            {
                open = i;
                type = tag[2..];
            }
        }

        return new NerSentence(sentenceText, entities, spans);
    }

    /// <summary>Reads a GUM CoNLL-U file, one <see cref="NerSentence"/> per sentence, with named mentions only.</summary>
    public static List<NerSentence> ReadGum(string path) => GumEntities.Read(ConlluDocument.Load(path));

    private static List<TextSpan> Align(IReadOnlyList<string> tokens, string? text, out string sentenceText)
    {
        var spans = new List<TextSpan>(tokens.Count);
        if (text is not null)
        {
            int at = 0;
            foreach (string token in tokens)
            {
                int found = text.IndexOf(token, at, StringComparison.Ordinal);
                if (found < 0 || text.AsSpan(at, found - at).Trim().Length > 0)
                {
                    spans.Clear();
                    break;
                }

                spans.Add(new TextSpan(found, found + token.Length));
                at = found + token.Length;
            }

            if (spans.Count == tokens.Count)
            {
                sentenceText = text;
                return spans;
            }
        }

        var joined = new StringBuilder();
        foreach (string token in tokens)
        {
            if (joined.Length > 0)
            {
                joined.Append(' ');
            }

            spans.Add(new TextSpan(joined.Length, joined.Length + token.Length));
            joined.Append(token);
        }

        sentenceText = joined.ToString();
        return spans;
    }
}
