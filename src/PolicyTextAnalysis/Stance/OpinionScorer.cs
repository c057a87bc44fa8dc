namespace PolicyTextAnalysis.Stance;

/// <summary>
/// Net opinion of a run of words with the <see cref="OpinionLexicon"/>: favourable minus unfavourable,
/// where a raiser keeps and a lowerer flips the polarity of the words it governs (<c>reduce violence</c> is
/// favourable) and a negator flips the next few words. Linear; no allocation beyond the caller's words.
/// </summary>
internal static class OpinionScorer
{
    private const int NegationScope = 4;
    private const int ModifierReach = 3;

    /// <summary>The net polarity of <paramref name="words"/>[<paramref name="from"/>..<paramref name="to"/>).</summary>
    public static int Score(IReadOnlyList<string> words, int from, int to, OpinionLexicon lexicon)
    {
        int negatedUntil = -1, loweredUntil = -1, score = 0;
        for (int i = from; i < to; i++)
        {
            string w = words[i];
            if (w is "," or ";" or ":")
            {
                negatedUntil = loweredUntil = -1;
                continue;
            }

            if (w == "only" || w == "just")
            {
                continue;
            }

            switch (lexicon.RoleOf(w))
            {
                case OpinionRole.Negator:
                    negatedUntil = i + NegationScope;
                    break;
                case OpinionRole.Lowerer:
                    loweredUntil = i + ModifierReach;
                    break;
                case OpinionRole.Positive:
                    score += Sign(1, i, negatedUntil, loweredUntil);
                    break;
                case OpinionRole.Negative:
                    score += Sign(-1, i, negatedUntil, loweredUntil);
                    break;
            }
        }

        return score;
    }

    private static int Sign(int polarity, int i, int negatedUntil, int loweredUntil)
    {
        if (i <= loweredUntil)
        {
            polarity = -polarity;
        }

        return i <= negatedUntil ? -polarity : polarity;
    }
}
