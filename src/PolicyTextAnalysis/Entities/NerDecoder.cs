namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Viterbi decoding over BILOU tags restricted to valid transitions, plus a local-margin confidence for the tokens
/// of each decoded name.
/// Cost per token is linear in the number of allowed tag pairs (about 570 for 11 types), never quadratic in the sentence.
/// </summary>
internal sealed class NerDecoder
{
    private readonly int _tags;
    private readonly int[][] _prevOf;
    private readonly int[][] _nextOf;
    private readonly float[] _transitions;
    private readonly float[][] _prevWeights;
    private readonly int[] _startNext;
    private readonly bool[] _allowed;

    /// <summary>Creates a decoder.</summary>
    /// <param name="tagSet">The tags and their allowed transitions.</param>
    /// <param name="transitions">Transition weights <c>[(prev) * T + cur]</c>, row T = sentence start.</param>
    public NerDecoder(NerTagSet tagSet, float[] transitions)
    {
        _tags = tagSet.Count;
        _transitions = transitions;
        _allowed = tagSet.Allowed;
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
        var startNext = new List<int>();
        for (int cur = 0; cur < _tags; cur++)
        {
            StartAllowed[cur] = tagSet.Allowed[_tags * _tags + cur];
            if (StartAllowed[cur])
            {
                startNext.Add(cur);
            }
        }

        _startNext = [.. startNext];
        _prevWeights = new float[_tags][];
        for (int cur = 0; cur < _tags; cur++)
        {
            _prevWeights[cur] = new float[_prevOf[cur].Length];
        }

        RefreshTransitions();
    }

    /// <summary>
    /// Copies the transition weights into per-tag arrays aligned with the allowed predecessors, which keeps the
    /// Viterbi inner loop on two contiguous arrays. The trainer calls this after changing the weights.
    /// </summary>
    public void RefreshTransitions()
    {
        for (int cur = 0; cur < _tags; cur++)
        {
            int[] prev = _prevOf[cur];
            for (int i = 0; i < prev.Length; i++)
            {
                _prevWeights[cur][i] = _transitions[prev[i] * _tags + cur];
            }
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
            ReadOnlySpan<float> previous = delta.AsSpan(prevRow, t);
            for (int y = 0; y < t; y++)
            {
                ReadOnlySpan<int> prevs = _prevOf[y];
                ReadOnlySpan<float> weights = _prevWeights[y].AsSpan(0, prevs.Length);
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int i = 0; i < prevs.Length; i++)
                {
                    float s = previous[prevs[i]] + weights[i];
                    if (s > best)
                    {
                        best = s;
                        arg = prevs[i];
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
    /// Per-token confidence of the decoded path, for tokens inside a name: the probability of the chosen type (any
    /// BILU position) for this token given its decoded neighbours, a softmax over the tags that fit between them,
    /// scored by emission plus the transitions in and out (a CRF's local conditional). About 23 exponentials per
    /// name token and nothing for the rest. Call after <see cref="Decode"/>.
    /// </summary>
    public void Confidences(NerWorkspace work, int n, Span<float> confidence)
    {
        int t = _tags;
        float[] em = work.Scores;
        int[] path = work.Path;
        for (int k = 0; k < n; k++)
        {
            int chosen = path[k];
            if (chosen == 0)
            {
                confidence[k] = 1;
                continue;
            }

            int prev = k == 0 ? t : path[k - 1];
            int row = k * t;
            int type = NerTagSet.TypeOf(chosen);
            int next = k + 1 < n ? path[k + 1] : -1;
            int[] allowed = prev == t ? _startNext : _nextOf[prev];
            float max = float.NegativeInfinity;
            foreach (int y in allowed)
            {
                if (Fits(y, next))
                {
                    max = Math.Max(max, Local(em, row, prev, y, next));
                }
            }

            double sum = 0, same = 0;
            foreach (int y in allowed)
            {
                if (!Fits(y, next))
                {
                    continue;
                }

                double p = Math.Exp(Math.Max(Local(em, row, prev, y, next) - max, -50));
                sum += p;
                if (NerTagSet.TypeOf(y) == type)
                {
                    same += p;
                }
            }

            confidence[k] = (float)(same / sum);
        }
    }

    private bool Fits(int y, int next) => next < 0 ? NerTagSet.CanEnd(y) : _allowed[y * _tags + next];

    /// <summary>The score of tag <paramref name="y"/> at a token given its decoded neighbours.</summary>
    private float Local(float[] em, int row, int prev, int y, int next) =>
        em[row + y] + _transitions[prev * _tags + y] + (next < 0 ? 0 : _transitions[y * _tags + next]);
}
