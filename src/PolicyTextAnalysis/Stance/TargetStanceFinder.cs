namespace PolicyTextAnalysis.Stance;

/// <summary>
/// Stance of each holder toward targets the caller names. A target matches a stance relation of the
/// document when it names the same entity (canonical name or mention text) or its content words overlap
/// the relation's target (<see cref="TargetMatcher"/>). The author's stance also comes from the linear
/// (text, target) classifier over the author's sentences that mention the target. Bad targets (empty,
/// too long, duplicated) are reported as messages, never exceptions. Thread-safe.
/// </summary>
internal static class TargetStanceFinder
{
    /// <summary>Longest target accepted; longer ones are reported and skipped.</summary>
    public const int MaxTargetLength = 300;

    private const double MatchThreshold = 0.5;
    private const double ClassifierMargin = 0.1;

    /// <summary>Finds the stances toward <paramref name="targets"/> in an analysed document.</summary>
    /// <exception cref="OperationCanceledException">Cancelled (checked per target and per sentence).</exception>
    public static TargetStanceReport Find(Document document, IEnumerable<string?> targets, TargetStanceModel model, CancellationToken cancellationToken = default)
    {
        var messages = new List<string>();
        var relations = new List<StanceRelation>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string? raw in targets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string target = raw?.Trim() ?? "";
            if (target.Length == 0)
            {
                messages.Add("An empty or whitespace-only target was ignored.");
                continue;
            }

            if (target.Length > MaxTargetLength)
            {
                messages.Add($"A target of {target.Length:N0} characters was ignored: targets are at most {MaxTargetLength} characters.");
                continue;
            }

            if (!seen.Add(target))
            {
                messages.Add($"The duplicate target '{target}' was ignored.");
                continue;
            }

            List<StanceEvidence> evidence = Evidence(document, target, model, cancellationToken);
            if (evidence.Count == 0)
            {
                messages.Add($"The target '{target}' was not found in the text; its stance is neutral.");
                relations.Add(new StanceRelation { Holder = StanceStage.Author, Target = target, Polarity = StancePolarity.Neutral, Confidence = 0 });
                continue;
            }

            relations.AddRange(StanceAggregator.Aggregate(evidence));
        }

        return new TargetStanceReport { Stances = relations, Messages = messages };
    }

    private static List<StanceEvidence> Evidence(Document document, string target, TargetStanceModel model, CancellationToken cancellationToken)
    {
        var evidence = new List<StanceEvidence>();
        (string core, int sign) = TargetProposition.Parse(target);
        HashSet<string> keys = TargetMatcher.Keys(core);
        var entityNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (EntityMention e in document.Entities)
        {
            if (string.Equals(e.Text, core, StringComparison.OrdinalIgnoreCase) || string.Equals(e.Canonical, core, StringComparison.OrdinalIgnoreCase))
            {
                entityNames.Add(e.Canonical);
            }
        }

        foreach (StanceRelation r in document.Stances)
        {
            if (r.Polarity == StancePolarity.Neutral)
            {
                continue;
            }

            bool match = entityNames.Contains(r.Target) || TargetMatcher.Overlap(keys, TargetMatcher.Keys(r.Target)) >= MatchThreshold;
            if (match)
            {
                StancePolarity polarity = sign > 0 ? r.Polarity : ParsedStanceRules.Opposite(r.Polarity);
                evidence.AddRange(r.Evidence.Select(span => new StanceEvidence(r.Holder, target, polarity, r.Confidence, span, "relation", false)));
            }
        }

        // The author's voice: sentences that mention the target, read by the (text, target) classifier.
        if (!evidence.Any(e => e.Holder == StanceStage.Author))
        {
            foreach (Sentence sentence in document.Sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string text = document.Text[sentence.Start..sentence.End];
                if (text.Length > 2000 || (!ContainsEntity(text, entityNames) && TargetMatcher.Overlap(keys, TargetMatcher.Keys(text)) < MatchThreshold))
                {
                    continue;
                }

                double p = model.Predict(text, target);
                if (Math.Abs(p - 0.5) >= ClassifierMargin)
                {
                    evidence.Add(new StanceEvidence(
                        StanceStage.Author, target, p > 0.5 ? StancePolarity.Favor : StancePolarity.Against, Math.Abs(p - 0.5), sentence.Span, "classifier", false));
                }
            }
        }

        return evidence;
    }

    private static bool ContainsEntity(string text, HashSet<string> names)
    {
        foreach (string name in names)
        {
            if (text.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
