namespace PolicyTextAnalysis.Training.Commentary;

/// <summary>
/// Scores one analysis against one gold file by the rules of GUIDE.md ("Scoring"). When an error list is given, every
/// miss and false hit is added to it as one readable line.
/// </summary>
public static class CommentaryScorer
{
    /// <summary>Counts of every aspect for one text.</summary>
    public static CommentaryTally Score(CommentaryDocument document, AnalysisResult result, IList<string>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(result);
        var names = new GoldNames(document.Gold);
        var report = new ErrorReport(document, errors);
        (Prf entities, Dictionary<string, Prf> byLabel) = ScoreEntities(document.Gold, result, report);
        (Prf quotes, Accuracy speakers, Prf scare, Dictionary<string, Accuracy> byKind, Dictionary<string, (Accuracy, Accuracy)> byRule) = ScoreQuotes(document.Gold, result, names, report);
        (Prf stances, Dictionary<string, Accuracy> stancesByRule) = ScoreStances(document.Gold, result, names, report);
        (Prf claims, Accuracy claimSpeakers, Prf types, Prf checkworthy) = ScoreClaims(document.Gold, result, names, report);
        return new CommentaryTally
        {
            Entities = entities,
            EntitiesByLabel = byLabel,
            Quotes = quotes,
            QuoteRecallByKind = byKind,
            QuotesByRule = byRule,
            QuoteSpeakers = speakers,
            ScareQuotes = scare,
            Claims = claims,
            ClaimSpeakers = claimSpeakers,
            ClaimTypes = types,
            Checkworthy = checkworthy,
            Stances = stances,
            StancesByRule = stancesByRule,
        };
    }

    private static (Prf, Dictionary<string, Prf>) ScoreEntities(CommentaryGold gold, AnalysisResult result, ErrorReport report)
    {
        var goldSet = gold.Entities.Select(e => (e.Start, e.End, e.Label)).ToHashSet();
        var systemSet = result.Entities.Select(e => (e.Start, e.End, e.Label)).ToHashSet();
        var byLabel = new Dictionary<string, Prf>(StringComparer.Ordinal);
        foreach ((int start, int end, string label) in systemSet)
        {
            bool right = goldSet.Contains((start, end, label));
            byLabel[label] = byLabel.GetValueOrDefault(label) + new Prf(right ? 1 : 0, 1, 0, 0);
            if (!right)
            {
                report.Add("entity", "false", start, end, label);
            }
        }

        foreach ((int start, int end, string label) in goldSet)
        {
            bool found = systemSet.Contains((start, end, label));
            byLabel[label] = byLabel.GetValueOrDefault(label) + new Prf(0, 0, found ? 1 : 0, 1);
            if (!found)
            {
                report.Add("entity", "missed", start, end, label);
            }
        }

        int tp = systemSet.Count(goldSet.Contains);
        return (Prf.OneToOne(tp, systemSet.Count, goldSet.Count), byLabel);
    }

    private static (Prf, Accuracy, Prf, Dictionary<string, Accuracy>, Dictionary<string, (Accuracy, Accuracy)>) ScoreQuotes(CommentaryGold gold, AnalysisResult result, GoldNames names, ErrorReport report)
    {
        List<GoldQuote> goldSpeech = gold.Quotes.Where(q => q.Kind != "scare").ToList();
        List<Quote> systemSpeech = result.Quotes.Where(q => q.Kind != QuoteKind.Scare).ToList();
        var pairs = OverlapMatcher.Match(systemSpeech.Select(q => (q.Start, q.End)).ToList(), goldSpeech.Select(q => (q.Start, q.End)).ToList());
        int right = 0, scored = 0;
        var byRule = new Dictionary<string, (Accuracy Matched, Accuracy Speakers)>(StringComparer.Ordinal);
        var matchedSystem = pairs.Select(p => p.System).ToHashSet();
        for (int s = 0; s < systemSpeech.Count; s++)
        {
            string rule = systemSpeech[s].Rule ?? "none";
            (Accuracy m, Accuracy sp) = byRule.GetValueOrDefault(rule);
            byRule[rule] = (m + new Accuracy(matchedSystem.Contains(s) ? 1 : 0, 1), sp);
        }

        foreach ((int s, int g) in pairs)
        {
            if (goldSpeech[g].Speaker is null)
            {
                continue;
            }

            scored++;
            bool speakerRight = names.Matches(systemSpeech[s].Speaker, goldSpeech[g].Speaker);
            string rule = systemSpeech[s].Rule ?? "none";
            (Accuracy matched, Accuracy speakers) = byRule[rule];
            byRule[rule] = (matched, speakers + new Accuracy(speakerRight ? 1 : 0, 1));
            if (speakerRight)
            {
                right++;
            }
            else
            {
                report.Add("quote", $"speaker {systemSpeech[s].Speaker ?? "none"} (gold {goldSpeech[g].Speaker}; rule {rule})", goldSpeech[g].Start, goldSpeech[g].End);
            }
        }

        report.Unmatched("quote", pairs, systemSpeech.Select(q => (q.Start, q.End)).ToList(), goldSpeech.Select(q => (q.Start, q.End)).ToList(),
            s => $"rule {systemSpeech[s].Rule ?? "none"}; cue {systemSpeech[s].Cue ?? "none"}; speaker {systemSpeech[s].Speaker ?? "none"}");
        var matchedGold = pairs.Select(p => p.Gold).ToHashSet();
        var byKind = new Dictionary<string, Accuracy>(StringComparer.Ordinal);
        for (int g = 0; g < goldSpeech.Count; g++)
        {
            byKind[goldSpeech[g].Kind] = byKind.GetValueOrDefault(goldSpeech[g].Kind) + new Accuracy(matchedGold.Contains(g) ? 1 : 0, 1);
        }

        List<GoldQuote> goldScare = gold.Quotes.Where(q => q.Kind == "scare").ToList();
        List<Quote> systemScare = result.Quotes.Where(q => q.Kind == QuoteKind.Scare).ToList();
        var scarePairs = OverlapMatcher.Match(systemScare.Select(q => (q.Start, q.End)).ToList(), goldScare.Select(q => (q.Start, q.End)).ToList());
        return (Prf.OneToOne(pairs.Count, systemSpeech.Count, goldSpeech.Count), new Accuracy(right, scored),
            Prf.OneToOne(scarePairs.Count, systemScare.Count, goldScare.Count), byKind, byRule);
    }

    private static (Prf, Accuracy, Prf, Prf) ScoreClaims(CommentaryGold gold, AnalysisResult result, GoldNames names, ErrorReport report)
    {
        IReadOnlyList<GoldClaim> goldClaims = gold.Claims;
        IReadOnlyList<PolicyTextAnalysis.ClaimMention> systemClaims = result.Claims;
        var pairs = OverlapMatcher.Match(systemClaims.Select(c => (c.Start, c.End)).ToList(), goldClaims.Select(c => (c.Start, c.End)).ToList());
        int right = 0;
        Prf types = default;
        Prf checkworthy = default;
        foreach ((int s, int g) in pairs)
        {
            GoldClaim goldClaim = goldClaims[g];
            PolicyTextAnalysis.ClaimMention systemClaim = systemClaims[s];
            if (names.Matches(systemClaim.Speaker ?? "author", goldClaim.Speaker))
            {
                right++;
            }
            else
            {
                report.Add("claim", $"speaker {systemClaim.Speaker ?? "none"} (gold {goldClaim.Speaker})", goldClaim.Start, goldClaim.End);
            }

            var systemTypes = systemClaim.Types.Select(t => t.ToString().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            int common = goldClaim.Types.Count(systemTypes.Contains);
            types += Prf.OneToOne(common, systemTypes.Count, goldClaim.Types.Count);
            bool predicted = systemClaim.Checkworthiness >= 0.5;
            checkworthy += Prf.OneToOne(predicted && goldClaim.Checkworthy ? 1 : 0, predicted ? 1 : 0, goldClaim.Checkworthy ? 1 : 0);
        }

        report.Unmatched("claim", pairs, systemClaims.Select(c => (c.Start, c.End)).ToList(), goldClaims.Select(c => (c.Start, c.End)).ToList());
        return (Prf.OneToOne(pairs.Count, systemClaims.Count, goldClaims.Count), new Accuracy(right, pairs.Count), types, checkworthy);
    }

    private static (Prf, Dictionary<string, Accuracy>) ScoreStances(CommentaryGold gold, AnalysisResult result, GoldNames names, ErrorReport report)
    {
        var system = result.Stances
            .Where(s => s.Polarity != StancePolarity.Neutral)
            .DistinctBy(s => (GoldNames.Normalize(s.Holder), GoldNames.Normalize(s.Target), s.Polarity))
            .ToList();
        var found = new bool[gold.Stances.Count];
        int predictedRight = 0;
        var byRule = new Dictionary<string, Accuracy>(StringComparer.Ordinal);
        foreach (StanceRelation s in system)
        {
            string polarity = s.Polarity == StancePolarity.Favor ? "favor" : "against";
            bool any = false;
            for (int g = 0; g < gold.Stances.Count; g++)
            {
                GoldStance goldStance = gold.Stances[g];
                if (goldStance.Polarity == polarity && names.Matches(s.Holder, goldStance.Holder) && TargetMatches(s.Target, goldStance, names))
                {
                    found[g] = true;
                    any = true;
                }
            }

            string rule = s.Rule is { } r && PolicyTextAnalysis.Stance.ParsedStanceRules.All.Contains(r) ? r : "lexicon rules";
            byRule[rule] = byRule.GetValueOrDefault(rule) + new Accuracy(any ? 1 : 0, 1);
            if (any)
            {
                predictedRight++;
            }
            else
            {
                TextSpan evidence = s.Evidence.Count > 0 ? s.Evidence[0] : new TextSpan(0, 0);
                report.Add("stance", $"false {s.Holder} -> {s.Target} : {polarity} ({rule})", evidence.Start, evidence.End);
            }
        }

        for (int g = 0; g < found.Length; g++)
        {
            if (!found[g])
            {
                GoldStance missed = gold.Stances[g];
                report.Add("stance", $"missed {missed.Holder} -> {missed.Target} : {missed.Polarity}", missed.Evidence[0].Start, missed.Evidence[0].End);
            }
        }

        return (new Prf(predictedRight, system.Count, found.Count(f => f), found.Length), byRule);
    }

    /// <summary>The target rule of GUIDE.md: cluster, mention text, or the gold head as a word of the system target.</summary>
    public static bool TargetMatches(string systemTarget, GoldStance gold, GoldNames names)
    {
        ArgumentNullException.ThrowIfNull(systemTarget);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(names);
        if (gold.TargetCluster is not null && names.IsMentionOf(systemTarget, gold.TargetCluster))
        {
            return true;
        }

        string head = Stem(GoldNames.Normalize(gold.TargetHead));
        return GoldNames.Normalize(systemTarget)
            .Split([' ', '-', '\u2013', ',', ';', ':', '"', '\u201c', '\u201d', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Any(word => Stem(word) == head);
    }

    private static string Stem(string word) => word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
}
