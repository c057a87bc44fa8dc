namespace PolicyTextAnalysis.Attribution;

/// <summary>The ids of the attribution rules, as listed (with a description and an example) in <c>attribution-rules.tsv</c>.</summary>
internal static class RuleIds
{
    public const string ClausalComplement = "clausal-complement";
    public const string ObjectInfinitive = "object-infinitive";
    public const string ObjectComplement = "object-complement";
    public const string ObjectContent = "object-content";
    public const string QuotedLabel = "quoted-label";
    public const string ForComplement = "for-complement";
    public const string ThatClause = "that-clause";
    public const string ObliqueClause = "oblique-clause";
    public const string NounThatQuote = "noun-that-quote";
    public const string NounClause = "noun-clause";
    public const string NounQuote = "noun-quote";
    public const string SpeakerInfinitive = "speaker-infinitive";
    public const string ColonClause = "colon-clause";
    public const string ParentheticalCue = "parenthetical-cue";
    public const string AsParenthetical = "as-parenthetical";
    public const string ColonBlock = "colon-block";
    public const string AccordingTo = "according-to";
    public const string LabelLine = "label-line";
    public const string CreditLine = "credit-line";
    public const string DashSource = "dash-source";
    public const string NamedNext = "named-next";
    public const string BareCue = "bare-cue";
    public const string CueNearQuote = "cue-near-quote";
    public const string Scare = "scare";
    public const string Continued = "continued";
    public const string PrecedingSubject = "preceding-subject";

    /// <summary>Every id, for the check that the data file and the code agree.</summary>
    public static readonly string[] All =
        [ClausalComplement, ObjectInfinitive, ObjectComplement, ObjectContent, QuotedLabel, ForComplement, ThatClause, ObliqueClause, NounThatQuote, NounClause, NounQuote, SpeakerInfinitive, ColonClause, ParentheticalCue, AsParenthetical, ColonBlock, AccordingTo, LabelLine, CreditLine, DashSource, NamedNext, BareCue, CueNearQuote, Scare, Continued, PrecedingSubject];
}
