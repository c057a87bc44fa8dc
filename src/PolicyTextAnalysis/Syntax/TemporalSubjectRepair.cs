using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// A day name the parse made a second subject of a verb is the verb's time, not who acts: news writes the day between the
/// subject and the verb (<c>Officials Monday warned that ...</c>, <c>The ministry Tuesday said ...</c>), which the treebanks
/// rarely do, and the parser reads the bare noun as a subject. A weekday or <c>today</c>, <c>yesterday</c>,
/// <c>tomorrow</c> with no dependents of its own, labelled a subject of a verb that has another subject, is relabelled an
/// unmarked oblique (<c>obl:unmarked</c>, UD English's relation for a bare noun of time). No verb of the EWT and GUM gold
/// trees has two subjects, so the relabelled word was wrong in any case. When the parse instead hung the subject on the day
/// as a compound or nominal modifier (<c>Israeli army Wednesday said</c>: <c>army</c> a compound of <c>Wednesday</c>),
/// the nearest such dependent becomes the subject, taking the day's other dependents, and the day the oblique; so does
/// the nearest dependent after the day when all come after it and that one has no preposition (<c>Earlier Sunday Iraqi
/// Prime Minister Nouri al-Maliki urged</c>: <c>Nouri</c> a modifier of <c>Sunday</c>). A day the
/// parse made the last word of the subject's name, right before the verb (<c>Mr. Bush Saturday found</c>: <c>Saturday</c>
/// a <c>flat</c> of <c>Bush</c>), becomes the verb's oblique. Linear in the sentence (a day's dependents are read only for
/// a day labelled a subject).
/// </summary>
internal sealed class TemporalSubjectRepair
{
    /// <summary>The hashed day words: the weekdays and <c>today</c>, <c>yesterday</c>, <c>tomorrow</c>.</summary>
    internal static readonly HashSet<ulong> DayWords =
        [.. NumericLexicon.Weekdays.Dictionary.Keys.Concat(NumericLexicon.DeicticDates.Set).Select(w => WordHashes.Of(w).Word)];

    private readonly bool[] _subject;
    private readonly bool[] _nounModifier;
    private readonly bool[] _nameWord;
    private readonly bool[] _case;
    private readonly int _oblique;

    /// <summary>Creates the repair for a parser's relation labels.</summary>
    public TemporalSubjectRepair(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        _subject = [.. labels.Select(DependencyParser.IsNominalSubject)];
        _nounModifier = [.. labels.Select(l => l is "compound" or "nmod")];
        _nameWord = [.. labels.Select(l => l is "flat" or "compound")];
        _case = [.. labels.Select(l => l == "case")];
        _oblique = DependencyParser.LabelIndex(labels, "obl:unmarked") is int unmarked and >= 0 ? unmarked
            : DependencyParser.LabelIndex(labels, "obl:tmod") is int tmod and >= 0 ? tmod : DependencyParser.LabelIndex(labels, "obl");
    }

    /// <summary>Repairs one parsed sentence in place (heads: word indices, -1 for the root; labels index the parser's).</summary>
    public void Apply(WordHashes[] words, int[] heads, int[] labels)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(labels);
        if (_oblique < 0)
        {
            return;
        }

        // Most sentences name no day: they cost one pass over the words and no allocation.
        int n = heads.Length;
        bool anyDay = false;
        for (int i = 0; i < n && !anyDay; i++)
        {
            anyDay = DayWords.Contains(words[i].Word);
        }

        if (!anyDay)
        {
            return;
        }

        var subjects = new int[n];
        var dependents = new int[n];
        for (int i = 0; i < n; i++)
        {
            if (heads[i] >= 0)
            {
                dependents[heads[i]]++;
                if (_subject[labels[i]])
                {
                    subjects[heads[i]]++;
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            if (heads[i] < 0 || !DayWords.Contains(words[i].Word))
            {
                continue;
            }

            // Mr. Bush Saturday found: the day closes the subject's name right before its verb, with nothing of its own.
            int name = heads[i];
            if (_nameWord[labels[i]] && dependents[i] == 0 && name < i && i + 1 < n && heads[name] == i + 1 && _subject[labels[name]])
            {
                (heads[i], labels[i]) = (i + 1, _oblique);
                continue;
            }

            if (!_subject[labels[i]])
            {
                continue;
            }

            if (subjects[heads[i]] >= 2 && dependents[i] == 0)
            {
                labels[i] = _oblique;
                subjects[heads[i]]--;
            }
            else if (subjects[heads[i]] == 1 && dependents[i] > 0
                && (NearestModifierBefore(heads, labels, i) is int subject and >= 0 || (subject = NearestBareNounAfter(heads, labels, i)) >= 0))
            {
                for (int k = 0; k < n; k++)
                {
                    if (heads[k] == i && k != subject)
                    {
                        heads[k] = subject;
                    }
                }

                (heads[subject], labels[subject]) = (heads[i], labels[i]);
                labels[i] = _oblique;
            }
        }
    }

    // Earlier Sunday Iraqi Prime Minister Nouri al-Maliki urged: the day's nearest dependent when every dependent comes after
    // the day and that one is a compound, flat or nominal modifier without a preposition of its own (not "Monday of next
    // week"), else -1.
    private int NearestBareNounAfter(int[] heads, int[] labels, int day)
    {
        int nearest = -1;
        for (int k = 0; k < heads.Length; k++)
        {
            if (heads[k] == day)
            {
                if (k < day)
                {
                    return -1;
                }

                nearest = nearest < 0 ? k : nearest;
            }
        }

        if (nearest < 0 || !(_nounModifier[labels[nearest]] || _nameWord[labels[nearest]]))
        {
            return -1;
        }

        for (int k = 0; k < heads.Length; k++)
        {
            if (heads[k] == nearest && _case[labels[k]])
            {
                return -1;
            }
        }

        return nearest;
    }

    // The day's dependent right before it when it is a compound or nominal modifier and every dependent of the day comes
    // before it, else -1.
    private int NearestModifierBefore(int[] heads, int[] labels, int day)
    {
        int nearest = -1;
        for (int k = 0; k < heads.Length; k++)
        {
            if (heads[k] != day)
            {
                continue;
            }

            if (k > day)
            {
                return -1;
            }

            nearest = k;
        }

        return nearest >= 0 && _nounModifier[labels[nearest]] ? nearest : -1;
    }
}
