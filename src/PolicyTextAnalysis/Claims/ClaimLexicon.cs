using System.Collections.Frozen;

namespace PolicyTextAnalysis.Claims;

/// <summary>
/// Our own cue lexicons for claim types, hedging, time and non-claim lines: general English, written for this
/// project (not drawn from any one text). Multi-word cues are matched token by token, case-insensitively.
/// </summary>
internal static class ClaimLexicon
{
    /// <summary>A cue: the words after the first, and what it signals.</summary>
    internal sealed record Cue(string[] Rest, ClaimCues Flags);

    // Third-person forms that are far more often plural nouns in news text ("security forces", "hard drives",
    // "fuels", "triggers") are left out of the causal verbs.
    private static readonly (ClaimCues Flags, string Phrases)[] Table =
    [
        (ClaimCues.Statistical,
            "percent|per cent|percentage|doubled|tripled|quadrupled|halved|double|triple|twofold|threefold|fourfold|fivefold|tenfold|"
            + "twice|a third|a quarter|a fifth|a tenth|two thirds|three quarters|half|one in|majority of|per capita|"
            + "million|billion|trillion|dozen|record high|record low"),
        (ClaimCues.Causal,
            "led to|lead to|leads to|leading to|resulted in|result in|results in|resulting in|resulted from|as a result|because|due to|"
            + "owing to|thanks to|therefore|consequently|hence|caused|causing|triggered|sparked|"
            + "stimulated|stimulates|fuelled|fueled|drove|driven|pushed|pushes|forced|provoked|provokes|"
            + "provoke|prompted|prompts|contributed to|contributes to|contribute to|gave rise to|give rise to|brought about|bring about|"
            + "set off|disrupted|disrupts|destroyed|plunged|encouraged|boosted|boosts|hardened|deepened|deepens|eroded|erodes|worsened|"
            + "worsens|worsen|poisoned|drained|reduced|reduces|undermined|undermines|undermine|exacerbated|exacerbates|exacerbate|"
            + "helped|helps|hurt|hurts|damaged|cost|enabled|prevented|increased the|raised the|cut the|left a|in turn"),
        (ClaimCues.Predictive,
            "will|'ll|wo n't|shall|going to|is likely to|are likely to|is unlikely to|are unlikely to|likely to|unlikely to|"
            + "is expected to|are expected to|expected to|is set to|are set to|is bound to|are bound to|may|might|could|"
            + "predicts|predicted|forecast|forecasts|projected to|is poised to|are poised to|in the coming|next year|next decade|"
            + "next month|next week|within the next|in the future|in years to come"),
        (ClaimCues.Causal | ClaimCues.Predictive | ClaimCues.Hedge, "could cause|may cause|might cause"),
        (ClaimCues.Causal | ClaimCues.Predictive, "will cause|would cause"),
        (ClaimCues.Prescriptive,
            "should|must|ought to|need to|needs to|needed|have to|has to|had better|it is time|is time for|it is essential|it is vital|"
            + "it is crucial|it is imperative|is what will really help|what is needed|instead of|rather than|let us|must not|"
            + "should not|need|needs|is urgent|urgently"),
        (ClaimCues.Evaluative,
            "mistake|mistakes|error|errors|blunder|disaster|disastrous|fiasco|failure|failing|farce|folly|triumph|achievement|gamble|"
            + "scandal|scandalous|shameful|shame|disgrace|disgraceful|unfair|unjust|inhumane|cruel|brutal|repressive|reckless|"
            + "recklessly|irresponsible|cynical|naive|misguided|short-sighted|self-defeating|counterproductive|indefensible|"
            + "inexcusable|unconscionable|outrageous|insulting|insult|petty|timid|weak|disappointing|vague|toothless|incoherent|"
            + "chaotic|secretive|clumsy|heavy-handed|wasteful|regressive|undemocratic|dirtiest|dreary|spineless|courageous|"
            + "impressive|welcome|historic|chilling|blatant|betrayal|giveaway|grab|costly|terrible|grave|fatal|devastating|"
            + "troubling|humiliating|bureaucratic|poorly|rushed|convenient|unfounded|unlawful|violation|wrong|dangerous|absurd|"
            + "hypocritical|unacceptable|deplorable|laudable|commendable|sensible|wise|unwise|foolish|ineffective|tragic|tragedy|"
            + "catastrophic|catastrophe|nightmare|cosmetic|hasty|haste|inadequate|insufficient|excessive|disproportionate|"
            + "unjustified|better|worse|best|worst|good|bad|greater disaster|success|successful|unsuccessful|flawed|irony|ironically|"
            + "cynically|shameless|generous gift|a blow|cruelly|needless|needlessly|harmful|irrational|illegitimate|arbitrary|"
            + "courage|courageous|praise|praiseworthy|admirable|deserves|deserve|ill-conceived|half-hearted|empty promises|hollow|"
            + "bold|sound|smart|dishonest|corrupt|incompetent|incompetence|negligent|negligence|failed|fails|insult|insulting"),
        (ClaimCues.Hedge,
            "may|might|could|perhaps|possibly|probably|likely|unlikely|apparently|reportedly|allegedly|seems|seem|appears|appear|"
            + "suggests|suggest|is believed|are believed|estimated|according to various estimates|it seems|arguably|presumably"),
        (ClaimCues.Time,
            "yesterday|today|tomorrow|tonight|last year|last week|last month|last decade|last quarter|this year|this week|this month|"
            + "next year|next week|next month|next decade|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
            + "march|april|june|july|august|september|october|november|december|nowadays|currently|recently|the 1960s|the 1970s|"
            + "the 1980s|the 1990s|the 2000s|the 2010s|the 2020s|since|in the coming|over the next|within the next|by the end of"),
        (ClaimCues.NonClaimOpener,
            "hello|hi|dear|welcome|thanks|thank you|good morning|good afternoon|good evening|good night|goodbye|ladies and gentlemen|"
            + "subscribe|sign up|follow us|share this|contact|click|read more|see you|stay safe|take care|register|download|"
            + "here is what|here are|editing by|reporting by|photo|image|source"),
        (ClaimCues.Speech,
            "said|says|added|told|stated|noted|wrote|explained|remarked|declared|announced"),
        (ClaimCues.FiniteVerb,
            "is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|does|do|did|'re|'ve|'d|'ll|need|needs"),
        (ClaimCues.Role,
            "fellow|researcher|research|professor|lecturer|expert|economist|analyst|director|scholar|scientist|editor|correspondent|"
            + "journalist|writer|author|columnist|adviser|advisor|chair|head|founder|student|associate|specialist|consultant|"
            + "reporter|contributor|strategist|officer"),
        (ClaimCues.Boilerplate,
            "views expressed|opinions expressed|all rights reserved|the author's own|this article|copyright"),
        (ClaimCues.NumberWord,
            "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
            + "nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"),
        (ClaimCues.DurationUnit,
            "second|seconds|minute|minutes|hour|hours|day|days|week|weeks|month|months|year|years|decade|decades|century|centuries"),
        (ClaimCues.SubjectOpener,
            "the|a|an|this|that|these|those|it|he|she|they|we|i|you|his|her|its|their|our|my|your|there|many|most|some|no|few|"
            + "several|all|both|each|every|one|none|such|what|which|who"),
    ];

    private static readonly FrozenDictionary<string, Cue[]> ByFirstWord = Build();

    private static readonly FrozenDictionary<string, Cue[]>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cues whose first word is <paramref name="lowerWord"/> (lower-case), or an empty array.</summary>
    public static Cue[] CuesStartingWith(ReadOnlySpan<char> lowerWord) =>
        Lookup.TryGetValue(lowerWord, out Cue[]? cues) ? cues : [];

    private static FrozenDictionary<string, Cue[]> Build()
    {
        var map = new Dictionary<string, List<Cue>>(StringComparer.Ordinal);
        foreach ((ClaimCues flags, string phrases) in Table)
        {
            foreach (string phrase in phrases.Split('|'))
            {
                string[] words = phrase.Split(' ');
                if (!map.TryGetValue(words[0], out List<Cue>? list))
                {
                    map[words[0]] = list = [];
                }

                string[] rest = words[1..];
                int existing = list.FindIndex(c => c.Rest.AsSpan().SequenceEqual(rest));
                if (existing >= 0)
                {
                    list[existing] = list[existing] with { Flags = list[existing].Flags | flags };
                }
                else
                {
                    list.Add(new Cue(rest, flags));
                }
            }
        }

        // Longest cues first, so a match of "as a result" wins over a shorter cue starting the same way.
        return map.ToFrozenDictionary(
            static kv => kv.Key,
            static kv => kv.Value.OrderByDescending(static c => c.Rest.Length).ToArray(),
            StringComparer.Ordinal);
    }
}
