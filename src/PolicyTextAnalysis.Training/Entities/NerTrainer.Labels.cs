using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>The training labels of <see cref="NerTrainer"/>: gold tags projected onto the tokens, and the tags a partially annotated sentence allows.</summary>
internal sealed partial class NerTrainer
{
    /// <summary>
    /// BILOU tags on our tokens. An entity whose edges fall inside a token (<c>Taliban</c> in <c>Taliban-led</c>)
    /// cannot be represented without cutting the token, so it is left as O, which is what we want predicted there;
    /// so is one spanning a quote or a comma, which the decoder never allows inside a name.
    /// </summary>
    private int[] GoldTags(NerSentence s, TokenList tokens, ref int dropped)
    {
        var gold = new int[tokens.Count];
        foreach (GoldEntity e in s.Entities)
        {
            int type = Array.IndexOf(_tags.Types, e.Label.Split('|')[0]);
            int first = tokens.IndexAtOrAfter(e.Start);
            int last = first;
            while (last + 1 < tokens.Count && tokens.Starts[last + 1] < e.End)
            {
                last++;
            }

            if (type < 0 || first >= tokens.Count || tokens.Starts[first] != e.Start || tokens.Ends[last] != e.End
                || Enumerable.Range(first, last - first + 1).Any(k => NerFeatureExtractor.IsBlocked(tokens.CharsAt(k), tokens.Kinds[k])))
            {
                dropped++;
                continue;
            }

            if (first == last)
            {
                gold[first] = NerTagSet.Tag(type, NerTagSet.Unit);
                continue;
            }

            gold[first] = NerTagSet.Tag(type, NerTagSet.Begin);
            for (int k = first + 1; k < last; k++)
            {
                gold[k] = NerTagSet.Tag(type, NerTagSet.Inside);
            }

            gold[last] = NerTagSet.Tag(type, NerTagSet.Last);
        }

        return gold;
    }

    /// <summary>
    /// Per token, a bit for each tag consistent with the sentence's partial annotation; null when the annotation is
    /// complete (no unannotated type, no open or masked span), where the gold path is the only one allowed.
    /// </summary>
    private ulong[]? AllowedTags(NerSentence s, TokenList tokens)
    {
        bool spans = Parts.HasFlag(PartialParts.Spans);
        IReadOnlyList<string> unannotated = !Parts.HasFlag(PartialParts.Types) ? []
            : MaskedTypes is null ? s.Unannotated : [.. s.Unannotated.Where(MaskedTypes.Contains)];
        bool open = spans && s.Entities.Any(e => e.Label == MixtureLabelMapping.Mask || e.Label.Contains('|', StringComparison.Ordinal));
        if (unannotated.Count == 0 && !open)
        {
            return null;
        }

        ulong unlabelled = 1UL;
        foreach (string type in unannotated)
        {
            int index = Array.IndexOf(_tags.Types, type);
            if (index >= 0)
            {
                unlabelled |= 0xFUL << (1 + 4 * index);
            }
        }

        // Names of the unannotated types are written with capitals: only a capitalised token (or a digit), or a
        // lower-case word between two such tokens (`Treaty of Westphalia`), may hide one; other unlabelled tokens stay O,
        // so the corpus still teaches that lower-case words are no names.
        var allowed = new ulong[tokens.Count];
        for (int k = 0; k < tokens.Count; k++)
        {
            allowed[k] = Capitalised(tokens, k) || (k > 0 && k + 1 < tokens.Count && Capitalised(tokens, k - 1) && Capitalised(tokens, k + 1))
                ? unlabelled : 1UL;
        }

        ulong any = _tags.Count >= 64 ? ulong.MaxValue : (1UL << _tags.Count) - 1;
        foreach (GoldEntity e in s.Entities)
        {
            int first = tokens.IndexAtOrAfter(e.Start);
            int last = first;
            while (last + 1 < tokens.Count && tokens.Starts[last + 1] < e.End)
            {
                last++;
            }

            if (first >= tokens.Count || tokens.Starts[first] >= e.End)
            {
                continue;
            }

            // A span off our token boundaries, or over a quote or comma, cannot be given a position: its tokens may be
            // anything (the decoder keeps punctuation out of names).
            bool aligned = tokens.Starts[first] == e.Start && tokens.Ends[last] == e.End
                && !Enumerable.Range(first, last - first + 1).Any(k => NerFeatureExtractor.IsBlocked(tokens.CharsAt(k), tokens.Kinds[k]));
            if (!spans && (e.Label == MixtureLabelMapping.Mask || !aligned))
            {
                continue;
            }

            int[] types = e.Label == MixtureLabelMapping.Mask || !aligned
                ? [.. Enumerable.Range(0, _tags.Types.Length)]
                : [.. e.Label.Split('|').Take(spans ? int.MaxValue : 1).Select(l => Array.IndexOf(_tags.Types, l)).Where(i => i >= 0)];
            for (int k = first; k <= last; k++)
            {
                if (e.Label == MixtureLabelMapping.Mask || !aligned)
                {
                    allowed[k] = any;
                    continue;
                }

                int position = first == last ? NerTagSet.Unit : k == first ? NerTagSet.Begin : k == last ? NerTagSet.Last : NerTagSet.Inside;
                allowed[k] = 0;
                foreach (int type in types)
                {
                    allowed[k] |= 1UL << NerTagSet.Tag(type, position);
                }
            }
        }

        return allowed;
    }

    private static bool Capitalised(TokenList tokens, int k) => tokens.CharsAt(k) is { Length: > 0 } c && (char.IsUpper(c[0]) || char.IsDigit(c[0]));
}
