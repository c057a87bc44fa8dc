namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// A verb has one subject: no verb of the EWT and GUM gold trees has two, but the parser gives a verb two where a subject
/// has a name beside it. Two shapes are given back their gold reading:
/// <list type="bullet">
/// <item>the second set off by commas right after the first is the first's apposition (<c>The bill's sponsor,
/// Representative Ana Ruiz, disagreed</c>: <c>Ruiz</c> an <c>appos</c> of <c>sponsor</c>), so that a later <c>she</c>
/// finds the subject and its name as one phrase;</item>
/// <item>a common noun right before a name that is the second is the name's description (<c>White House spokeswoman
/// Claire Buchan said</c>: <c>spokeswoman</c> an <c>nmod:desc</c> of <c>Buchan</c>, as UD English EWT marks a role
/// before a name); not before a day (<c>A relief agency official Sunday said</c>).</item>
/// </list>
/// Linear in the sentence: a sentence with fewer than two subjects costs one pass; otherwise each word's subtree range
/// is found once (<see cref="DependencyTree.SubtreeRanges"/>).
/// </summary>
internal sealed class DoubleSubjectRepair
{
    private readonly bool[] _subject;
    private readonly bool[] _nominal;
    private readonly bool[] _commonNoun;
    private readonly bool[] _properNoun;
    private readonly bool[] _comma;
    private readonly int _apposition;
    private readonly int _description;

    /// <summary>Creates the repair for a tagger's joint tags and a parser's relation labels.</summary>
    public DoubleSubjectRepair(IReadOnlyList<string> universal, IReadOnlyList<string> penn, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(universal);
        ArgumentNullException.ThrowIfNull(penn);
        ArgumentNullException.ThrowIfNull(labels);
        _subject = [.. labels.Select(DependencyParser.IsNominalSubject)];
        _nominal = [.. universal.Select(u => u is "NOUN" or "PROPN")];
        _commonNoun = [.. universal.Select(u => u == "NOUN")];
        _properNoun = [.. universal.Select(u => u == "PROPN")];
        _comma = [.. penn.Select(p => p == ",")];
        _apposition = DependencyParser.LabelIndex(labels, "appos");
        _description = DependencyParser.LabelIndex(labels, "nmod:desc");
    }

    /// <summary>Repairs one parsed sentence in place (heads: word indices, -1 for the root; labels index the parser's).</summary>
    public void Apply(WordHashes[] words, int[] heads, int[] labels, int[] tags)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(tags);
        int n = heads.Length;
        int subjects = 0;
        for (int w = 0; w < n; w++)
        {
            subjects += heads[w] >= 0 && _subject[labels[w]] ? 1 : 0;
        }

        if (subjects < 2 || _apposition < 0 || _description < 0)
        {
            return;
        }

        (int[] first, int[] end) = DependencyTree.SubtreeRanges(heads, TreeChildren.Of(heads));

        // The nearest subject before each word among its head's subjects, read left to right.
        var previousSubject = new int[n];
        Array.Fill(previousSubject, -1);
        for (int w = 0; w < n; w++)
        {
            int verb = heads[w];
            if (verb < 0 || !_subject[labels[w]] || w > verb)
            {
                continue;
            }

            int before = previousSubject[verb];
            previousSubject[verb] = w;
            if (before < 0 || !Is(_nominal, tags[before]) || !Is(_nominal, tags[w]))
            {
                continue;
            }

            int comma = first[w] - 1;
            if (comma > before && Is(_comma, tags[comma]) && end[before] >= comma
                && (Is(_comma, tags[end[w] - 1]) || (end[w] < n && Is(_comma, tags[end[w]]))))
            {
                heads[w] = before;
                labels[w] = _apposition;
                previousSubject[verb] = before;
            }
            else if (end[before] == first[w] && Is(_commonNoun, tags[before]) && Is(_properNoun, tags[w])
                && !TemporalSubjectRepair.DayWords.Contains(words[w].Word))
            {
                heads[before] = w;
                labels[before] = _description;
            }
        }
    }

    private static bool Is(bool[] set, int tag) => tag >= 0 && tag < set.Length && set[tag];
}
