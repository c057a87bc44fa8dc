namespace PolicyTextAnalysis.Stance;

/// <summary>
/// Reads a target phrase that is itself a proposal (<c>We should ban whaling</c>, <c>Surrogacy should be
/// banned</c>, <c>Vaccination must be made compulsory</c>) as its core object and the proposal's direction
/// toward it: being in favour of "ban whaling" is being against "whaling". Plain noun phrases come back
/// unchanged with direction +1. General English modal and policy-verb patterns only; linear, no regex.
/// </summary>
internal static class TargetProposition
{
    private static readonly string[] Openers =
    [
        "we should ", "we must ", "we ought to ", "the government should ", "governments should ", "society should ",
        "it is right to ", "it is time to ", "there should be ", "should we ",
    ];

    private static readonly (string Verb, int Sign)[] LeadingVerbs =
    [
        ("fight for the abolition of ", -1), ("fight for the abolishment of ", -1), ("put an end to ", -1),
        ("do away with ", -1), ("get rid of ", -1), ("crack down on ", -1), ("stop the development of ", -1),
        ("end the use of ", -1), ("abandon the use of ", -1),
        ("ban ", -1), ("prohibit ", -1), ("abolish ", -1), ("abandon ", -1), ("end ", -1), ("stop ", -1),
        ("close ", -1), ("cancel ", -1), ("oppose ", -1), ("fight ", -1), ("limit ", -1), ("restrict ", -1),
        ("outlaw ", -1), ("reject ", -1), ("eliminate ", -1), ("criminalize ", -1), ("criminalise ", -1),
        ("reduce ", -1), ("curb ", -1), ("no ", -1),
        ("legalize ", 1), ("legalise ", 1), ("adopt ", 1), ("subsidize ", 1), ("subsidise ", 1), ("introduce ", 1),
        ("support ", 1), ("promote ", 1), ("allow ", 1), ("protect ", 1), ("fund ", 1), ("increase ", 1),
        ("expand ", 1), ("encourage ", 1), ("keep ", 1), ("maintain ", 1), ("embrace ", 1), ("accept ", 1),
    ];

    private static readonly (string Tail, int Sign)[] TrailingPredicates =
    [
        (" brings more harm than good", -1), (" does more harm than good", -1), (" should be a criminal offence", -1),
        (" should be a criminal offense", -1), (" should be banned", -1), (" should be abolished", -1),
        (" should be ended", -1), (" should be abandoned", -1), (" should be prohibited", -1), (" should be outlawed", -1),
        (" should be illegal", -1), (" should be restricted", -1), (" should be stopped", -1), (" should be criminalized", -1),
        (" should be legalized", 1), (" should be legalised", 1), (" should be mandatory", 1), (" should be compulsory", 1),
        (" should be allowed", 1), (" should be encouraged", 1), (" should be subsidized", 1), (" should be legal", 1),
        (" must be made compulsory", 1), (" should be made compulsory", 1), (" should be made mandatory", 1),
        (" must be banned", -1), (" must be abolished", -1), (" is harmful", -1), (" is beneficial", 1),
    ];

    /// <summary>Splits <paramref name="phrase"/> into its core target and the direction of the proposal toward it.</summary>
    public static (string Core, int Sign) Parse(string phrase)
    {
        string text = phrase.Trim().TrimEnd('.', '!', '?', ' ');
        string lower = text.ToLowerInvariant();
        int sign = 1;
        int start = 0;
        int end = text.Length;
        foreach (string opener in Openers)
        {
            if (lower.StartsWith(opener, StringComparison.Ordinal))
            {
                start = opener.Length;
                break;
            }
        }

        foreach ((string verb, int verbSign) in LeadingVerbs)
        {
            if (string.CompareOrdinal(lower, start, verb, 0, verb.Length) == 0 && lower.Length > start + verb.Length)
            {
                // A bare "no X" only counts at the very start: "no fly zones" is a noun phrase.
                if (verb == "no " && start == 0)
                {
                    continue;
                }

                start += verb.Length;
                sign = verbSign;
                break;
            }
        }

        foreach ((string tail, int tailSign) in TrailingPredicates)
        {
            if (lower.EndsWith(tail, StringComparison.Ordinal) && lower.Length - tail.Length > start)
            {
                end = lower.Length - tail.Length;
                sign *= tailSign;
                break;
            }
        }

        string core = text[start..end].Trim();
        return (core.Length == 0 ? text : core, sign);
    }
}
