namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Viterbi decoding over BILOU tags restricted to valid transitions, plus max-marginals for confidence:
/// the best score of any valid path through each (token, tag), turned into a distribution by a softmax.
/// Cost per token is linear in the number of allowed tag pairs (about 570 for 11 types), never quadratic in the sentence.
/// </summary>
internal sealed class NerDecoder
{
    private readonly int _tags;
    private readonly int[][] _prevOf;
    private readonly int[][] _nextOf;
    private readonly float[] _transitions;

    /// <summary>Creates a decoder.</summary>
    /// <param name="tagSet">The tags and their allowed transitions.</param>
    /// <param name="transitions">Transition weights <c>[(prev) * T + cur]</c>, row T = sentence start.</param>
    public NerDecoder(NerTagSet tagSet, float[] transitions)
    {
        _tags = tagSet.Count;
        _transitions = transitions;
        _prevOf = new int[_tags][];
        _nextOf = new int[_tags][];
        for (int cur = 0; cur < _tags; cur++)
        {
            var prev = new List<int>();
            var next = new List<int>();
            for (int p = 0; p < _tags; p++)
            {
                if (tagSet.Allowed[p * _tags + cur])
                {
                    prev.Add(p);
                }

                if (tagSet.Allowed[cur * _tags + p])
                {
                    next.Add(p);
                }
            }

            _prevOf[cur] = [.. prev];
            _nextOf[cur] = [.. next];
        }

        StartAllowed = new bool[_tags];
        for (int cur = 0; cur < _tags; cur++)
        {
            StartAllowed[cur] = tagSet.Allowed[_tags * _tags + cur];
        }
    }

    private bool[] StartAllowed { get; }

    /// <summary>
    /// Best valid tag path for <paramref name="n"/> tokens whose emission scores are in
    /// <c>work.Scores[k * T + tag]</c>; writes it to <c>work.Path</c>.
    /// </summary>
    public void Decode(NerWorkspace work, int n)
    {
        int t = _tags;
        float[] em = work.Scores;
        float[] delta = work.Delta;
        int[] back = work.Back;
        for (int y = 0; y < t; y++)
        {
            delta[y] = StartAllowed[y] ? em[y] + _transitions[t * t + y] : float.NegativeInfinity;
        }

        for (int k = 1; k < n; k++)
        {
            int row = k * t, prevRow = row - t;
            for (int y = 0; y < t; y++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                foreach (int p in _prevOf[y])
                {
                    float s = delta[prevRow + p] + _transitions[p * t + y];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                delta[row + y] = best + em[row + y];
                back[row + y] = arg;
            }
        }

        int last = 0;
        float top = float.NegativeInfinity;
        int lastRow = (n - 1) * t;
        for (int y = 0; y < t; y++)
        {
            if (NerTagSet.CanEnd(y) && delta[lastRow + y] > top)
            {
                top = delta[lastRow + y];
                last = y;
            }
        }

        int[] path = work.Path;
        path[n - 1] = last;
        for (int k = n - 1; k > 0; k--)
        {
            path[k - 1] = back[k * t + path[k]];
        }
    }

    /// <summary>
    /// Per-token confidence of the decoded path: the softmax weight of its tag among the max-marginals
    /// (best full-path score through each tag at that token). Call after <see cref="Decode"/>; writes
    /// confidences into <paramref name="confidence"/>.
    /// </summary>
    public void Confidences(NerWorkspace work, int n, Span<float> confidence)
    {
        int t = _tags;
        float[] em = work.Scores;
        float[] beta = work.Beta;
        float[] delta = work.Delta;
        int lastRow = (n - 1) * t;
        for (int y = 0; y < t; y++)
        {
            beta[lastRow + y] = NerTagSet.CanEnd(y) ? 0 : float.NegativeInfinity;
        }

        for (int k = n - 2; k >= 0; k--)
        {
            int row = k * t, nextRow = row + t;
            for (int y = 0; y < t; y++)
            {
                float best = float.NegativeInfinity;
                foreach (int q in _nextOf[y])
                {
                    float s = _transitions[y * t + q] + em[nextRow + q] + beta[nextRow + q];
                    if (s > best)
                    {
                        best = s;
                    }
                }

                beta[row + y] = best;
            }
        }

        for (int k = 0; k < n; k++)
        {
            int row = k * t;
            float max = float.NegativeInfinity;
            for (int y = 0; y < t; y++)
            {
                max = Math.Max(max, delta[row + y] + beta[row + y]);
            }

            double sum = 0;
            for (int y = 0; y < t; y++)
            {
                float m = delta[row + y] + beta[row + y];
                if (m > float.NegativeInfinity)
                {
                    sum += Math.Exp(m - max);
                }
            }

            float chosen = delta[row + work.Path[k]] + beta[row + work.Path[k]];
            confidence[k] = (float)(Math.Exp(chosen - max) / sum);
        }
    }
}
