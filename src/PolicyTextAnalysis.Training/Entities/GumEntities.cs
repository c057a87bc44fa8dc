using PolicyTextAnalysis.Training.Corpora;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// Named mentions from GUM's <c>Entity=</c> brackets (CorefUD format). GUM marks every mention, named or not;
/// a mention counts as named from its first PROPN on, when that part is proper nouns joined only by function
/// words (see <see cref="IsName"/>). Person
/// mentions lose leading titles and leading organisation or place names (<c>NASA Administrator Charles Bolden</c>
/// gives <c>Charles Bolden</c>), as OntoNotes annotates them. Of overlapping named mentions the longest is kept.
/// Labels stay GUM's (person, organization, place, event, object...); <see cref="NerLabelMapping"/> maps them.
/// </summary>
internal static class GumEntities
{
    public static List<NerSentence> Read(ConlluDocument doc)
    {
        var mentions = Parse(doc);
        var result = new List<NerSentence>(doc.Sentences.Count);
        int m = 0;
        int tokenIndex = 0;
        foreach (TextSpan sentence in doc.Sentences)
        {
            var tokens = new List<TextSpan>();
            while (tokenIndex < doc.Tokens.Count && doc.Tokens[tokenIndex].Start < sentence.End)
            {
                TextSpan t = doc.Tokens[tokenIndex++];
                tokens.Add(new TextSpan(t.Start - sentence.Start, t.End - sentence.Start));
            }

            var entities = new List<GoldEntity>();
            while (m < mentions.Count && mentions[m].Start < sentence.End)
            {
                GoldEntity e = mentions[m++];
                if (e.Start >= sentence.Start && e.End <= sentence.End)
                {
                    entities.Add(new GoldEntity(e.Start - sentence.Start, e.End - sentence.Start, e.Label));
                }
            }

            result.Add(new NerSentence(doc.Text[sentence.Start..sentence.End], entities, tokens));
        }

        return result;
    }

    private static List<GoldEntity> Parse(ConlluDocument doc)
    {
        var all = new List<(int First, int Last, string Type)>();
        var open = new List<(string Id, int First, string Type)>();
        for (int i = 0; i < doc.Rows.Count; i++)
        {
            string misc = doc.Rows[i][9];
            int at = misc.IndexOf("Entity=", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            int end = misc.IndexOf('|', at);
            string value = misc[(at + 7)..(end < 0 ? misc.Length : end)];
            int p = 0;
            while (p < value.Length)
            {
                if (value[p] == '(')
                {
                    int q = p + 1;
                    while (q < value.Length && value[q] is not '(' and not ')')
                    {
                        q++;
                    }

                    string[] parts = value[(p + 1)..q].Split('-');
                    string id = parts[0], type = parts.Length > 1 ? parts[1] : string.Empty;
                    if (q < value.Length && value[q] == ')')
                    {
                        all.Add((i, i, type));
                        q++;
                    }
                    else
                    {
                        open.Add((id, i, type));
                    }

                    p = q;
                }
                else
                {
                    int q = p;
                    while (q < value.Length && value[q] != ')')
                    {
                        q++;
                    }

                    string id = value[p..q];
                    int k = open.FindLastIndex(o => o.Id == id);
                    if (k >= 0)
                    {
                        all.Add((open[k].First, i, open[k].Type));
                        open.RemoveAt(k);
                    }

                    p = q + 1;
                }
            }
        }

        var named = new List<(int First, int Last, string Type)>();
        foreach ((int first0, int last, string type) in all)
        {
            int first = first0;
            while (first < last && doc.Rows[first][3] != "PROPN")
            {
                first++;
            }

            if (type == "person")
            {
                while (first < last && (NerLabelMapping.IsTitle(doc.Rows[first][1])
                    || all.Exists(o => o.Type != "person" && o.First == first && o.Last < last)))
                {
                    first++;
                }
            }

            if (IsName(doc, first, last))
            {
                named.Add((first, last, type));
            }
        }

        named.Sort((a, b) => (b.Last - b.First).CompareTo(a.Last - a.First));
        var taken = new bool[doc.Rows.Count];
        var chosen = new List<GoldEntity>();
        foreach ((int first, int last, string type) in named)
        {
            if (taken.AsSpan(first, last - first + 1).Contains(true))
            {
                continue;
            }

            taken.AsSpan(first, last - first + 1).Fill(true);
            chosen.Add(new GoldEntity(doc.Tokens[first].Start, doc.Tokens[last].End, type));
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    /// <summary>
    /// Proper nouns from first to last, joined only by function words (<c>Bank of America</c>); a coordination or a
    /// comma (<c>Sydney, Australia</c>) makes it a group of names, whose nested mentions are used instead.
    /// </summary>
    private static bool IsName(ConlluDocument doc, int first, int last)
    {
        if (doc.Rows[first][3] != "PROPN" || doc.Rows[last][3] != "PROPN")
        {
            return false;
        }

        for (int i = first + 1; i < last; i++)
        {
            string upos = doc.Rows[i][3], form = doc.Rows[i][1];
            bool joiner = upos is "ADP" or "DET" or "PART" || form is "-" or "&" or ".";
            if (upos != "PROPN" && !joiner)
            {
                return false;
            }
        }

        return true;
    }
}
