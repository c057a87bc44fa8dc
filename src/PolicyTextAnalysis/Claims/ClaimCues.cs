namespace PolicyTextAnalysis.Claims;

/// <summary>What a lexicon cue signals about the clause it occurs in.</summary>
[Flags]
internal enum ClaimCues
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Quantity words: <c>percent</c>, <c>doubled</c>, <c>a third</c>.</summary>
    Statistical = 1 << 0,

    /// <summary>Causal connectives and verbs: <c>led to</c>, <c>because</c>.</summary>
    Causal = 1 << 1,

    /// <summary>Future and predictive modality: <c>will</c>, <c>is likely to</c>.</summary>
    Predictive = 1 << 2,

    /// <summary>Obligation and recommendation: <c>should</c>, <c>must</c>.</summary>
    Prescriptive = 1 << 3,

    /// <summary>Judgement words: <c>mistake</c>, <c>unfair</c>.</summary>
    Evaluative = 1 << 4,

    /// <summary>Hedges: <c>may</c>, <c>probably</c>, <c>reportedly</c>.</summary>
    Hedge = 1 << 5,

    /// <summary>A time expression head: <c>yesterday</c>, <c>next year</c>, month names.</summary>
    Time = 1 << 6,

    /// <summary>Words that cannot open a claim (greetings, calls to action to the reader).</summary>
    NonClaimOpener = 1 << 7,

    /// <summary>Speech verbs (for content-free attributions such as <c>She added the following.</c>).</summary>
    Speech = 1 << 8,

    /// <summary>Finite verbs and auxiliaries that mark an independent clause (<c>is</c>, <c>has</c>, <c>will</c>).</summary>
    FiniteVerb = 1 << 9,

    /// <summary>Role nouns of author bios (<c>fellow</c>, <c>professor</c>).</summary>
    Role = 1 << 10,

    /// <summary>Boilerplate phrases (<c>views expressed</c>, <c>all rights reserved</c>).</summary>
    Boilerplate = 1 << 11,

    /// <summary>Number words (<c>three</c>, <c>twelve</c>).</summary>
    NumberWord = 1 << 12,

    /// <summary>Duration and calendar units that make a preceding number a time, not a quantity (<c>years</c>).</summary>
    DurationUnit = 1 << 13,

    /// <summary>Determiners and pronouns that can open a subject (<c>the</c>, <c>it</c>, <c>her</c>).</summary>
    SubjectOpener = 1 << 14,

    /// <summary>Discourse words that can open a greeting or thanks (<c>So, thank you.</c>, <c>Well, good afternoon.</c>).</summary>
    DiscourseOpener = 1 << 15,

    /// <summary>A press call's or debate's procedure inside a clause (<c>refer you to</c>, <c>back to you</c>): that clause is
    /// no claim, though the sentence's other clauses may be.</summary>
    Procedural = 1 << 16,

    /// <summary>The four types of <see cref="ClaimType"/> other than statistical and factual found by lexicon.</summary>
    TypeMask = Statistical | Causal | Predictive | Prescriptive | Evaluative,
}
