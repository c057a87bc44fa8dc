using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// Finds the turns of a transcript. A turn opens a line with a speaker label: capitals up to a colon
/// (<c>THE PRESIDENT:</c>, <c>MR. SULLIVAN:</c>, <c>SENIOR ADMINISTRATION OFFICIAL 2:</c>), a question from the floor
/// (<c>Q</c>, <c>Q:</c>), the Congressional Record's courtesy form and surname in capitals (<c>Mr. KING of Iowa.</c>), or a
/// parliamentary record's name with its constituency or party (<c>John Healey (Wentworth and Dearne) (Lab):</c>;
/// <see cref="Text.SpeakerLabels"/>).
/// After a Westminster label has named a member in full, a line opening with that member's name and a colon is a label
/// too (<c>Angela Hart:</c>). A text is a transcript when one label opens two or more turns, a question and another label
/// both occur, or two members are named in a parliamentary record's own form, or one member's label in that form opens the
/// text (a floor speech: <c>Mr. KING of Iowa. Mr. Speaker, ...</c>); a lone capitalised heading (<c>NOTE:</c>) makes no
/// transcript. The voice is the official the text is for: the first person of
/// the heading whom a label names, else the label whose turns hold the most words; every other label is a participant.
/// One linear pass over the tokens.
/// </summary>
internal static partial class TranscriptTurns
{
    /// <summary>Most people of the heading tried as the voice.</summary>
    private const int MaxLeadPeople = 8;

    /// <summary>Most sentences (a title, a heading) before a lone record label that opens a member's speech.</summary>
    private const int MaxHeadingSentences = 3;

    /// <summary>The turns of <paramref name="document"/>, in order; empty when it is no transcript.</summary>
    public static IReadOnlyList<Turn> Find(Document document, CancellationToken cancellationToken = default)
    {
        TokenList tokens = document.Tokens;
        var labels = new List<(int First, int Last, int ContentToken, bool Question)>();
        for (int t = 0; t < tokens.Count; t++)
        {
            if ((t & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (StartsLine(document.Text, tokens, t) && Text.SpeakerLabels.At(tokens, t) is { } label)
            {
                // A label whose words are one quotation credits a quote (a press release's round-up of reactions:
                // Sen. Ann Lee (R-TX): "..."); a transcript's turn is the speaker's own words, not set in quotation marks.
                if (!label.Question && IsQuotationLine(document.Text, tokens, label.ContentToken))
                {
                    continue;
                }

                // An organisation's name with its acronym in parentheses (Calder Farmers Union (CFU):) or a legislator's
                // name with a US state or party-and-state note (Senator Jane Doe (CT):, Rep. Ann Lee (D-CA):) opens a
                // reaction in a round-up, whatever follows; a Westminster member's label holds a constituency, a party
                // after it, or a name there.
                // A heading in capitals with a verb (PRESIDENT SMITH DELIVERS ON HIS PROMISE:, PROTECTING AMERICAN
                // WORKERS:) names no speaker: a speaker's label is a name or a title.
                if (!label.Question && (NamesOrganisationAcronym(tokens, t, label.Last) || EndsWithStateNote(tokens, t, label.Last)
                    || HasVerb(document, t, label.Last)))
                {
                    t = label.ContentToken - 1;
                    continue;
                }

                labels.Add((t, label.Last, label.ContentToken, label.Question));
                t = label.ContentToken - 1;
            }
        }

        RecordShortLabels.Add(document, labels, cancellationToken);
        if (labels.Count == 0 || (labels.Count == 1 && !(OpensText(document, labels[0].First) && IsCongressional(tokens, labels[0]))))
        {
            return [];
        }

        // Name each label: the person it names (through the resolved cluster), else the one person of the text whose
        // surname the label ends with (MR. MUNOZ after "This is Kevin Munoz"), else its words without courtesy forms.
        Dictionary<string, EntityMention?> bySurname = PeopleBySurname(document.Entities);
        var names = new (string Key, string Speaker, string? ClusterId, string Plain)[labels.Count];
        var counts = new Dictionary<string, (int Turns, int Words, int Order)>(StringComparer.Ordinal);
        int entity = 0, questions = 0;
        IReadOnlyList<EntityMention> entities = document.Entities;
        for (int i = 0; i < labels.Count; i++)
        {
            (int first, int last, int content, bool question) = labels[i];
            if (question)
            {
                questions++;
                continue;
            }

            int start = tokens.Starts[first], end = tokens.Ends[last];
            while (entity < entities.Count && entities[entity].End <= start)
            {
                entity++;
            }

            // The label's person: the last one named, but in a parliamentary label the one outside the parentheses first
            // (John Healey (Wentworth and Dearne) (Lab): not a constituency read as a name), else the first inside them
            // (The Secretary of State for Health (Mr Andrew Lansley)).
            EntityMention? person = null, outside = null, inside = null;
            int open = document.Text.IndexOf('(', start, end - start);
            for (int e = entity; e < entities.Count && entities[e].Start < end; e++)
            {
                if (entities[e].Label == EntityLabels.Person)
                {
                    person = entities[e];
                    if (open >= 0 && entities[e].Start < open)
                    {
                        outside ??= entities[e];
                    }
                    else
                    {
                        inside ??= entities[e];
                    }
                }
            }

            if (open >= 0)
            {
                person = outside ?? inside;
            }

            string plain = PlainLabel(tokens, first, last);
            if (person is null && bySurname.TryGetValue(plain[(plain.LastIndexOf(' ') + 1)..].ToUpperInvariant(), out EntityMention? named))
            {
                person = named;
            }

            names[i] = person is null
                ? (plain.ToUpperInvariant(), plain, null, plain)
                : ("#" + (person.ClusterId ?? person.Canonical), person.Canonical, person.ClusterId, plain);
            int turnEnd = i + 1 < labels.Count ? labels[i + 1].First : tokens.Count;
            int words = 0;
            for (int t = content; t < turnEnd; t++)
            {
                words += tokens.Kinds[t] == TokenKind.Word ? 1 : 0;
            }

            (int turns, int total, int order) = counts.TryGetValue(names[i].Key, out var c) ? c : (0, 0, counts.Count);
            counts[names[i].Key] = (turns + 1, total + words, order);
        }

        // Two members named in a parliamentary record's form (Mr. HARRIS. ... Ms. LOPEZ. ..., or Westminster's Angela Hart
        // (Sheffield Central) (Lab): ... Mr Peter Aldous (Waveney) (Con): ...) make a floor exchange even when each speaks
        // once: the form names a member opening a turn, unlike a capitalised heading.
        bool repeated = counts.Values.Any(static c => c.Turns >= 2);
        // So does one member's floor speech (Mr. KING of Iowa. Mr. Speaker, ...), when that label opens the text and
        // is its only one: the Congressional Record's form names who speaks, and nothing in the label is a claim. (A lone
        // label with a party in parentheses is a press release's reaction line, whose words are a quote.)
        if (!repeated && !(questions > 0 && counts.Count > 0) && RecordMembers(tokens, labels, names) < Math.Min(2, labels.Count))
        {
            return [];
        }

        // The voice is the official the text is for: the first person of its heading whom a label names, by name or by a
        // title written before the name (THE PRESIDENT under "Remarks by President Smith"); else the label whose turns
        // hold the most words.
        string? voice = HeadingVoice(document, tokens.Starts[labels[0].First], names);
        voice ??= counts.Count == 0 ? null
            : counts.OrderByDescending(static c => c.Value.Words).ThenBy(static c => c.Value.Order).First().Key;
        var turnsFound = new Turn[labels.Count];
        string text = document.Text;
        for (int i = 0; i < labels.Count; i++)
        {
            (int first, int last, int content, bool question) = labels[i];
            turnsFound[i] = new Turn
            {
                Start = tokens.Starts[first],
                End = i + 1 < labels.Count ? tokens.Starts[labels[i + 1].First] : text.Length,
                ContentStart = content < tokens.Count ? tokens.Starts[content] : text.Length,
                Label = text[tokens.Starts[first]..tokens.Ends[last]],
                Speaker = question ? null : names[i].Speaker,
                SpeakerClusterId = question ? null : names[i].ClusterId,
                Role = question ? TurnRole.Question : names[i].Key == voice ? TurnRole.Voice : TurnRole.Participant,
            };
        }

        return turnsFound;
    }

    /// <summary>
    /// True when the name at tokens <c>[first, last]</c>, with a form of address before it or not (<c>Mr. President</c>),
    /// opens a sentence of a question from the floor right before a comma (<c>Q Karine, ...</c>, <c>Q Admiral, over the
    /// weekend, the President said ...</c>): the reporter addresses the one who answers. The parse often makes such a name
    /// a subject, not a vocative, though it is neither the reported verb's speaker nor whom the next "he" or "she" means.
    /// </summary>
    public static bool IsAddressedInQuestion(Document document, IReadOnlyList<Turn> turns, int first, int last)
    {
        TokenList tokens = document.Tokens;
        if (turns.Count == 0 || last + 1 >= tokens.Count || tokens.CharsAt(last + 1) is not ",")
        {
            return false;
        }

        int opening = first > 0 && NameForms.IsCourtesy(tokens.CharsAt(first - 1)) ? first - 1 : first;
        int turn = IndexAt(turns, tokens.Starts[first]);
        return turn >= 0 && turns[turn].Role == TurnRole.Question
            && document.Sentences[SentenceSearch.IndexOfToken(document.Sentences, first)].FirstToken == opening;
    }

    /// <summary>The index of the turn containing character <paramref name="offset"/>, or -1 (before the first label, or no
    /// transcript). A binary search: turns are in order and do not overlap.</summary>
    public static int IndexAt(IReadOnlyList<Turn> turns, int offset)
    {
        int found = SortedSearch.LastAtOrBefore(turns, offset, static t => t.Start);
        return found >= 0 && offset < turns[found].End ? found : -1;
    }

    /// <summary>
    /// The key of the label that names the first person of the heading (the text before the first label) it can, or
    /// null. A label that names the person only by title keeps its words: headings are often one long capitalised
    /// phrase, so the recogniser's extent of the name there is not trusted as the speaker's name.
    /// </summary>
    private static string? HeadingVoice(Document document, int headingEnd, (string Key, string Speaker, string? ClusterId, string Plain)[] names)
    {
        TokenList tokens = document.Tokens;
        int tried = 0;
        foreach (EntityMention person in document.Entities)
        {
            if (person.End > headingEnd || tried >= MaxLeadPeople)
            {
                break;
            }

            if (person.Label != EntityLabels.Person)
            {
                continue;
            }

            tried++;
            string cluster = "#" + (person.ClusterId ?? person.Canonical);
            int before = tokens.IndexAtOrAfter(person.Start) - 1;
            string? title = before >= 0 && NameForms.IsTitle(tokens.CharsAt(before)) ? tokens.CharsAt(before).TrimEnd('.').ToString() : null;
            string? titled = null;
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i].Key == cluster)
                {
                    return cluster;
                }

                if (titled is null && names[i].Key is { } key && names[i].ClusterId is null && title is not null
                    && names[i].Plain.Split(' ').Contains(title, StringComparer.OrdinalIgnoreCase))
                {
                    titled = key;
                }
            }

            if (titled is not null)
            {
                return titled;
            }
        }

        return null;
    }

    /// <summary>Each surname of the text's people (upper case) to its person, or to null when two people share it.</summary>
    private static Dictionary<string, EntityMention?> PeopleBySurname(IReadOnlyList<EntityMention> entities)
    {
        var people = new Dictionary<string, EntityMention?>(StringComparer.Ordinal);
        foreach (EntityMention e in entities)
        {
            if (e.Label != EntityLabels.Person)
            {
                continue;
            }

            int space = e.Canonical.LastIndexOf(' ');

            string surname = e.Canonical[(space + 1)..].ToUpperInvariant();
            if (!people.TryGetValue(surname, out EntityMention? other))
            {
                people[surname] = e;
            }
            else if (other is not null && (other.ClusterId ?? other.Canonical) != (e.ClusterId ?? e.Canonical))
            {
                people[surname] = null;
            }
        }

        return people;
    }

    /// <summary>True when the line from token <paramref name="content"/> to its end is one quotation (an opening double
    /// mark, the closing one at the end, a full stop or a bracketed note at most after it; or no closing mark, when the
    /// quotation runs on).</summary>
    private static bool IsQuotationLine(string text, TokenList tokens, int content)
    {
        int end = content + 1;
        while (end < tokens.Count && !StartsLine(text, tokens, end))
        {
            end++;
        }

        return content < tokens.Count && LabelLines.WholeQuotationEnd(tokens, content, end) > 0;
    }

    /// <summary>True when only spaces separate token <paramref name="t"/> from the start of its line.</summary>
    internal static bool StartsLine(string text, TokenList tokens, int t)
    {
        int from = t == 0 ? 0 : tokens.Ends[t - 1];
        if (t == 0)
        {
            return text.AsSpan(0, tokens.Starts[0]).IndexOfAnyExcept(" \t\r\n\f\u00A0\uFEFF") < 0;
        }

        return text.AsSpan(from, tokens.Starts[t] - from).IndexOfAny('\n', '\r', '\u2029') >= 0;
    }

    /// <summary>The label's words without a leading courtesy form (<c>MR. SULLIVAN</c> -> <c>SULLIVAN</c>).</summary>
    private static string PlainLabel(TokenList tokens, int first, int last)
    {
        var words = new List<string>();
        for (int t = first; t <= last; t++)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(t);
            if (tokens.Kinds[t] is TokenKind.Word or TokenKind.Number && !(words.Count == 0 && NameForms.IsCourtesy(w) && t < last))
            {
                words.Add(w.ToString());
            }
        }

        return words.Count == 0 ? tokens.CharsAt(first).ToString() : string.Join(' ', words);
    }

    /// <summary>Whether <paramref name="token"/> is in the text's first <see cref="MaxHeadingSentences"/> sentences (after a
    /// heading or two at most).</summary>
    private static bool OpensText(Document document, int token)
    {
        IReadOnlyList<Sentence> sentences = document.Sentences;
        return sentences.Count == 0 || sentences.Count <= MaxHeadingSentences || token < sentences[MaxHeadingSentences].FirstToken;
    }

    /// <summary>True for a label in the Congressional Record's form: a courtesy form in mixed case, a name and a period
    /// (<c>Mr. KING of Iowa.</c>).</summary>
    private static bool IsCongressional(TokenList tokens, (int First, int Last, int ContentToken, bool Question) label)
    {
        ReadOnlySpan<char> courtesy = tokens.CharsAt(label.First);
        return !label.Question && NameForms.IsCourtesy(courtesy) && !Text.TextChars.IsWrittenInCapitals(courtesy)
            && tokens.CharsAt(label.ContentToken - 1) is ".";
    }

    /// <summary>How many different members the labels in a parliamentary record's own form name: the Congressional
    /// Record's (<c>Mr. KING of Iowa.</c>) or Westminster's, with the constituency, party or name in parentheses
    /// (<c>Angela Hart (Sheffield Central) (Lab):</c>, <c>The Minister for Housing (Sarah Dunmore):</c>).</summary>
    private static int RecordMembers(TokenList tokens, List<(int First, int Last, int ContentToken, bool Question)> labels,
        (string Key, string Speaker, string? ClusterId, string Plain)[] names)
    {
        var members = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < labels.Count; i++)
        {
            (_, int last, _, bool question) = labels[i];
            if (!question && (IsCongressional(tokens, labels[i]) || tokens.CharsAt(last) is ")"))
            {
                members.Add(names[i].Key);
            }
        }

        return members.Count;
    }
}
