namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// A clause that follows a verb with nothing between them but the verb's own words and the clause's subject is the verb's
/// complement, not a second conjunct: <c>has said the plan failed</c>, where the parser read the past-tense <c>failed</c>
/// as coordinated with the participle <c>said</c> and left the sentence without its reported clause. A conjunct needs a
/// coordinator or a comma; so a <c>conj</c> of a verb is relabelled <c>ccomp</c> when its own subject stands between the
/// two, no <c>cc</c> or <c>mark</c> hangs on it, and no punctuation, coordinator, subordinator or wh-word comes between
/// the verb and it. The subject must be a noun, name, pronoun or number and not a day (<c>The losses reported Friday
/// grew</c> is a misparse of another kind). In the gold trees of UD English EWT (train and dev) such a clause is a
/// <c>ccomp</c> 652 times, a <c>parataxis</c> 69 times and a <c>conj</c> 3 times; in GUM (all documents) a <c>ccomp</c>
/// 250 times and never a <c>conj</c>. Linear in the sentence: one pass gathers each word's dependents' relations and a
/// running count of the words that block the reading.
/// </summary>
internal sealed class BareComplementRepair
{
    private readonly bool[] _verb;
    private readonly bool[] _nominal;
    private readonly bool[] _blockingTag;
    private readonly bool[] _subject;
    private readonly bool[] _blockingChild;
    private readonly int _conjunct;
    private readonly int _complement;

    /// <summary>Creates the repair for a tagger's joint tags and a parser's relation labels.</summary>
    public BareComplementRepair(IReadOnlyList<string> universal, IReadOnlyList<string> penn, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(universal);
        ArgumentNullException.ThrowIfNull(penn);
        ArgumentNullException.ThrowIfNull(labels);
        _verb = [.. universal.Select(u => u == "VERB")];
        _nominal = [.. universal.Select(u => u is "NOUN" or "PROPN" or "PRON" or "NUM")];
        _blockingTag = [.. universal.Zip(penn, (u, p) => u is "PUNCT" or "SCONJ" or "CCONJ" || PennTags.IsWhWord(p))];
        _subject = [.. labels.Select(DependencyParser.IsNominalSubject)];
        _blockingChild = [.. labels.Select(l => l is "cc" or "mark")];
        _conjunct = DependencyParser.LabelIndex(labels, "conj");
        _complement = DependencyParser.LabelIndex(labels, "ccomp");
    }

    /// <summary>Repairs one parsed sentence in place (heads: word indices, -1 for the root; labels index the parser's).</summary>
    public void Apply(WordHashes[] words, int[] heads, int[] labels, int[] tags)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(tags);
        if (_conjunct < 0 || _complement < 0)
        {
            return;
        }

        // Most sentences have no conjunct of a verb before it: they cost one pass and no allocation.
        int n = heads.Length;
        bool any = false;
        for (int w = 0; w < n && !any; w++)
        {
            any = labels[w] == _conjunct && heads[w] >= 0 && heads[w] < w && Is(_verb, tags[heads[w]]);
        }

        if (!any)
        {
            return;
        }

        // For each word: the nearest subject before it among its dependents, whether a coordinator or marker hangs on it,
        // and how many blocking words come before it.
        var subjectBefore = new int[n];
        var blocked = new bool[n];
        var blockingBefore = new int[n + 1];
        Array.Fill(subjectBefore, -1);
        for (int w = 0; w < n; w++)
        {
            blockingBefore[w + 1] = blockingBefore[w] + (Is(_blockingTag, tags[w]) ? 1 : 0);
            int head = heads[w];
            if (head < 0)
            {
                continue;
            }

            if (_subject[labels[w]])
            {
                subjectBefore[head] = w < head ? w : subjectBefore[head];
                blocked[head] |= w > head;
            }

            blocked[head] |= _blockingChild[labels[w]];
        }

        for (int c = 0; c < n; c++)
        {
            int h = heads[c];
            if (labels[c] == _conjunct && h >= 0 && h < c && Is(_verb, tags[h]) && !blocked[c]
                && subjectBefore[c] > h && Is(_nominal, tags[subjectBefore[c]]) && !TemporalSubjectRepair.DayWords.Contains(words[subjectBefore[c]].Word)
                && blockingBefore[c] - blockingBefore[h + 1] == 0)
            {
                labels[c] = _complement;
            }
        }
    }

    private static bool Is(bool[] set, int tag) => tag >= 0 && tag < set.Length && set[tag];
}
