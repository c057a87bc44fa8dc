namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// The few closed classes of English function words the tree-reading stages test for, in one place. They are grammar,
/// not vocabulary (no open-class word belongs here; those live in the lexicon data files). Case-insensitive.
/// </summary>
internal static class FunctionWords
{
    /// <summary>A relative pronoun that can be a clause's subject: <c>who</c>, <c>which</c>, <c>that</c>.</summary>
    public static bool IsRelativePronoun(ReadOnlySpan<char> w) => Is(w, "who") || Is(w, "which") || Is(w, "that");

    /// <summary>A demonstrative: <c>this</c>, <c>that</c>, <c>these</c>, <c>those</c>.</summary>
    /// <summary>True for a subject that stands for no one (<c>it</c> of a cleft or the weather, <c>there</c>).</summary>
    public static bool IsDummySubject(ReadOnlySpan<char> w) => Is(w, "it") || Is(w, "there");

    /// <summary>True for a preposition that introduces where words come from (<c>from</c>, <c>per</c>, <c>via</c>): a label
    /// line opening with one names its source after it (<c>From the Calder Herald: "..."</c>).</summary>
    public static bool IsSourcePreposition(ReadOnlySpan<char> w) => Is(w, "from") || Is(w, "per") || Is(w, "via");

    public static bool IsDemonstrative(ReadOnlySpan<char> w) => Is(w, "this") || Is(w, "that") || Is(w, "these") || Is(w, "those");

    /// <summary>
    /// A subordinator of time, condition, cause or concession, which opens a clause that sets the scene of another:
    /// <c>when</c>, <c>whenever</c>, <c>if</c>, <c>because</c>, <c>although</c>, <c>though</c>, <c>while</c>,
    /// <c>unless</c>, <c>since</c>, <c>after</c>, <c>before</c>.
    /// </summary>
    public static bool IsSceneSubordinator(ReadOnlySpan<char> w) =>
        Is(w, "when") || Is(w, "whenever") || Is(w, "if") || Is(w, "because") || Is(w, "although") || Is(w, "though")
        || Is(w, "while") || Is(w, "unless") || Is(w, "since") || Is(w, "after") || Is(w, "before");

    /// <summary>A personal pronoun in the subject case: <c>I</c>, <c>we</c>, <c>he</c>, <c>she</c>, <c>they</c>.</summary>
    public static bool IsSubjectPronoun(ReadOnlySpan<char> w) => Is(w, "i") || Is(w, "we") || Is(w, "he") || Is(w, "she") || Is(w, "they");

    /// <summary>A first-person personal pronoun: <c>I</c>, <c>we</c>, <c>me</c>, <c>us</c>.</summary>
    public static bool IsFirstPerson(ReadOnlySpan<char> w) => Is(w, "i") || Is(w, "we") || Is(w, "me") || Is(w, "us");

    /// <summary>A first-person possessive determiner: <c>my</c>, <c>our</c>.</summary>
    public static bool IsFirstPersonPossessive(ReadOnlySpan<char> w) => Is(w, "my") || Is(w, "our");

    /// <summary>An article: <c>a</c>, <c>an</c>, <c>the</c>.</summary>
    public static bool IsArticle(ReadOnlySpan<char> w) => Is(w, "a") || Is(w, "an") || Is(w, "the");

    /// <summary>A determiner that introduces someone new: <c>a</c>, <c>an</c>, <c>another</c>.</summary>
    public static bool IsIndefiniteDeterminer(ReadOnlySpan<char> w) => Is(w, "a") || Is(w, "an") || Is(w, "another");

    /// <summary>A word that picks a single one out of a group: <c>one</c>, <c>each</c>, <c>either</c>, <c>neither</c> (<c>one of the aides</c>).</summary>
    public static bool IsSingleOfGroup(ReadOnlySpan<char> w) => Is(w, "one") || Is(w, "each") || Is(w, "either") || Is(w, "neither");

    /// <summary>A third-person plural personal pronoun or possessive: <c>they</c>, <c>them</c>, <c>their</c>.</summary>
    public static bool IsThirdPersonPlural(ReadOnlySpan<char> w) => Is(w, "they") || Is(w, "them") || Is(w, "their");

    /// <summary>True for <c>it</c> or <c>its</c>.</summary>
    public static bool IsNeuterPronoun(ReadOnlySpan<char> w) => Is(w, "it") || Is(w, "its");

    /// <summary>A function word inside proper names: <c>of</c>, <c>the</c>, <c>and</c>, <c>for</c>, <c>on</c>, <c>to</c>
    /// (<c>Department of Homeland Security</c>, <c>Committee on Foreign Affairs</c>). Lower case only, as in names.</summary>
    public static bool IsNameConnector(ReadOnlySpan<char> w) => w is "of" or "the" or "and" or "for" or "on" or "to";

    /// <summary>A modal that recommends what it governs: <c>should</c>, <c>must</c>, <c>could</c>, <c>ought</c>.</summary>
    public static bool IsRecommendingModal(ReadOnlySpan<char> w) => Is(w, "should") || Is(w, "must") || Is(w, "could") || Is(w, "ought");

    /// <summary>
    /// A determiner that opens a noun phrase: an article (<c>a</c>, <c>an</c>, <c>the</c>), a demonstrative other than the
    /// ambiguous <c>that</c> (<c>this</c>, <c>these</c>, <c>those</c>) or a quantifier (<c>every</c>, <c>each</c>,
    /// <c>another</c>, <c>some</c>, <c>many</c>, <c>most</c>, <c>all</c>, <c>no</c>).
    /// </summary>
    public static bool IsDeterminer(ReadOnlySpan<char> w) =>
        Is(w, "a") || Is(w, "an") || Is(w, "the") || Is(w, "this") || Is(w, "these") || Is(w, "those") || Is(w, "every")
        || Is(w, "each") || Is(w, "another") || Is(w, "some") || Is(w, "many") || Is(w, "most") || Is(w, "all") || Is(w, "no");

    /// <summary>
    /// The first word of a subordinator ending in <c>that</c>, which introduces an adverbial clause, never reported
    /// content: <c>so</c>, <c>such</c>, <c>now</c>, <c>in</c>, <c>given</c>, <c>except</c>, <c>provided</c>, <c>seeing</c>.
    /// </summary>
    public static bool IsThatSubordinatorHead(ReadOnlySpan<char> w) =>
        Is(w, "so") || Is(w, "such") || Is(w, "now") || Is(w, "in") || Is(w, "given") || Is(w, "except") || Is(w, "provided")
        || Is(w, "seeing");

    private static bool Is(ReadOnlySpan<char> w, string word) => w.Equals(word, StringComparison.OrdinalIgnoreCase);
}
