using System.Collections.Frozen;

namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// Finds the cues of one sentence and their speakers: <c>X said (that) ...</c>, <c>"...," said X</c>,
/// <c>X accused Y of ...</c>, <c>according to X</c>, <c>the statement by X that ...</c>, <c>X's claim that ...</c>.
/// A cue without a speaker is dropped. Work per cue is bounded by small windows.
/// </summary>
internal sealed class CueFinder
{
    /// <summary>How far after a cue a <c>that</c> may come (<c>wrote on a social network that</c>).</summary>
    private const int ThatWindow = 8;

    /// <summary>How far back an appositive may reach (<c>Keller, a fellow at the institute, said</c>).</summary>
    private const int AppositiveWindow = 25;

    // Words allowed between a subject and its cue verb (Keller has also said).
    private static readonly FrozenSet<string> Adverbs = FrozenSet.ToFrozenSet(
        [
            "also", "has", "have", "had", "repeatedly", "publicly", "later", "recently", "once", "again", "then",
            "previously", "reportedly", "never", "often", "would", "will", "could", "may", "might", "already",
            "openly", "bluntly", "flatly", "angrily", "firmly", "quietly", "just", "simply", "clearly", "further",
            "privately", "earlier", "subsequently", "last", "week", "year", "month", "night", "on", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "himself",
            "herself", "themselves", "itself", "swiftly", "quickly", "immediately", "promptly", "sharply", "strongly",
            "explicitly", "frequently", "consistently", "formally", "officially", "separately", "rightly", "wrongly",
        ],
        StringComparer.OrdinalIgnoreCase);

    // A cue after one of these is passive or a noun use (The statement was made, X was told).
    private static readonly FrozenSet<string> Passive = FrozenSet.ToFrozenSet(
        ["was", "were", "is", "are", "be", "been", "being", "the", "a", "an", "to"],
        StringComparer.OrdinalIgnoreCase);

    private readonly Document _document;
    private readonly CueLexicon _lexicon;
    private readonly SpeakerLocator _speakers;
    private readonly bool[] _inQuote;

    public CueFinder(Document document, CueLexicon lexicon, SpeakerLocator speakers, bool[] inQuote)
    {
        _document = document;
        _lexicon = lexicon;
        _speakers = speakers;
        _inQuote = inQuote;
    }

    /// <summary>The cues of the sentence made of tokens <c>[a, b)</c>, in order.</summary>
    public List<Cue> Find(int a, int b)
    {
        TokenList tokens = _document.Tokens;
        var cues = new List<Cue>();
        for (int i = a; i < b; i++)
        {
            if (_inQuote[i] || tokens.Kinds[i] != TokenKind.Word)
            {
                continue;
            }

            ReadOnlySpan<char> w = tokens.CharsAt(i);
            if ((w is "according" or "According") && i + 1 < b && tokens.CharsAt(i + 1) is "to")
            {
                if (AccordingTo(i, a, b) is { } according)
                {
                    cues.Add(according);
                }

                continue;
            }

            if (!char.IsLower(w[0]))
            {
                continue;
            }

            CueClass cls = _lexicon.ClassOf(w);
            Cue? cue = null;
            if ((cls & CueClass.Noun) != 0)
            {
                cue = NounCue(i, a, b);
            }

            if (cue is null && (cls & (CueClass.Speech | CueClass.Accuse | CueClass.Label)) != 0
                && !(i > a && Passive.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens.CharsAt(i - 1))))
            {
                cue = VerbCue(i, a, b, cls, cues);
            }

            if (cue is { } found)
            {
                cues.Add(found);
            }
        }

        return cues;
    }

    private Cue? VerbCue(int i, int a, int b, CueClass cls, List<Cue> earlier)
    {
        bool speech = (cls & CueClass.Speech) != 0;
        TokenList tokens = _document.Tokens;
        ReadOnlySpan<char> w = tokens.CharsAt(i);
        int contentStart = i + 1;
        if (w.StartsWith("point"))
        {
            if (i + 1 >= b || tokens.CharsAt(i + 1) is not "out")
            {
                return null;
            }

            contentStart = i + 2;
        }

        string text = _document.Text[tokens.Starts[i]..tokens.Ends[contentStart - 1]];
        if (w.EndsWith("ing"))
        {
            // "..., saying that ...": the participle reports for the sentence's earlier speaker.
            if (i == a || tokens.CharsAt(i - 1) is not "," || earlier.Count == 0)
            {
                return null;
            }

            return new Cue(i, text, earlier[^1].Speaker, false, ClauseStart(contentStart, b, cls), b);
        }

        (Speaker Speaker, int First)? subject = SubjectBefore(i, a);
        if (subject is { } before)
        {
            // "The plan is flawed, Keller said.": content before the speaker.
            if (speech && ContentWords(contentStart, b) < 2 && before.First > a && tokens.CharsAt(before.First - 1) is ",")
            {
                return new Cue(i, text, before.Speaker, false, a, before.First - 1);
            }

            // A label verb reports only the quotation it introduces: no reported clause of its own.
            int start = (cls & CueClass.Label) != 0 && !speech ? b : speech ? ClauseStart(contentStart, b, cls) : contentStart;
            return new Cue(i, text, before.Speaker, false, start, b);
        }

        // "..., said Keller." — the speaker follows the cue after a comma or a closing quotation mark.
        if (speech && i > a && tokens.CharsAt(i - 1) is "," or "\"" or "”" && _speakers.StartingAt(i + 1, b) is { } after)
        {
            int end = i - 1;
            return new Cue(i, text, after, true, a, end);
        }

        return null;
    }

    private Cue? NounCue(int i, int a, int b)
    {
        TokenList tokens = _document.Tokens;
        string text = tokens.CharsAt(i).ToString();

        // X's statement that ...
        if (i - 2 >= a && tokens.Kinds[i - 1] == TokenKind.Clitic && ThatWithin(i + 1, b, 2) is int that1)
        {
            return _speakers.EndingAt(i - 2, a) is { } owner ? new Cue(i, text, owner.Speaker, false, that1 + 1, b) : null;
        }

        // the statement by X[, role,] that ...
        if (i + 1 < b && tokens.CharsAt(i + 1) is "by" && ThatWithin(i + 2, b, 20) is int that2)
        {
            int last = that2 - 1;
            while (last > i + 1 && tokens.Kinds[last] == TokenKind.Punctuation)
            {
                last--;
            }

            (Speaker Speaker, int First)? by = _speakers.EndingAt(last, i + 2);
            return by is { } s ? new Cue(i, text, s.Speaker, true, that2 + 1, b) : null;
        }

        return null;
    }

    private Cue? AccordingTo(int i, int a, int b)
    {
        TokenList tokens = _document.Tokens;
        int comma = NextComma(i + 2, b);

        // A person closing the phrase, or in an appositive right after it (the team's coach, Alireza Mehraban,).
        Speaker? person = _speakers.LastPersonIn(i + 2, comma);
        if (person is null && comma < b && NextComma(comma + 1, b) is int second && second - comma <= 6)
        {
            person = _speakers.LastPersonIn(comma + 1, second);
            if (person is not null)
            {
                comma = second;
            }
        }

        if ((person ?? _speakers.StartingAt(i + 2, b)) is not { } speaker)
        {
            return null;
        }

        bool initial = i == a || (i - 1 >= a && tokens.Kinds[i - 1] == TokenKind.Quote);
        int start = initial ? Math.Min(comma + 1, b) : a;
        int end = initial ? b : (i > a && tokens.CharsAt(i - 1) is "," ? i - 1 : i);
        return new Cue(i, "according to", speaker, true, start, end);
    }

    private int NextComma(int t, int b)
    {
        while (t < b && _document.Tokens.CharsAt(t) is not ",")
        {
            t++;
        }

        return t;
    }

    private (Speaker Speaker, int First)? SubjectBefore(int i, int a)
    {
        TokenList tokens = _document.Tokens;
        int j = i - 1;
        for (int skipped = 0; j >= a && skipped < 3 && Adverbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens.CharsAt(j)); skipped++)
        {
            j--;
        }

        if (j < a)
        {
            return null;
        }

        if (tokens.CharsAt(j) is ")")
        {
            int open = j;
            while (open > a && j - open < AppositiveWindow && tokens.CharsAt(open) is not "(")
            {
                open--;
            }

            j = tokens.CharsAt(open) is "(" ? open - 1 : -1;
        }
        else if (tokens.CharsAt(j) is ",")
        {
            // An appositive between subject and verb: Keller, a fellow at the institute, said. The appositive may
            // hold commas of its own (curator at the University of Arkansas, Fayetteville,): when the name before
            // the nearest comma is no person, a person before an earlier comma in reach is the subject.
            int comma = j;
            (Speaker Speaker, int First)? first = null;
            for (int commas = 0; commas < 3; commas++)
            {
                int k = comma - 1;
                while (k > a && j - k < AppositiveWindow && tokens.CharsAt(k) is not "," && !_inQuote[k])
                {
                    k--;
                }

                if (k <= a || tokens.CharsAt(k) is not ",")
                {
                    break;
                }

                (Speaker Speaker, int First)? candidate = _speakers.EndingAt(k - 1, a);
                first ??= candidate;
                if (candidate is { Speaker.IsPerson: true })
                {
                    return candidate;
                }

                comma = k;
            }

            return first;
        }

        return j >= a ? HeadOf(_speakers.EndingAt(j, a), a) : null;
    }

    // "Matthew Ingram of the Globe and Mail said": the subject is the person before "of", not the organisation.
    private (Speaker Speaker, int First)? HeadOf((Speaker Speaker, int First)? found, int a)
    {
        if (found is not { Speaker.IsPerson: false } organisation)
        {
            return found;
        }

        // The organisation's name may have lost words the recogniser left out ("Globe and" before "Mail").
        TokenList tokens = _document.Tokens;
        int k = organisation.First - 1;
        for (int steps = 0; k >= a && steps < 4 && (tokens.CharsAt(k) is "and" or "&" || char.IsUpper(tokens.CharsAt(k)[0])); steps++)
        {
            k--;
        }

        if (k >= a && tokens.CharsAt(k) is "the")
        {
            k--;
        }

        return k - 1 >= a && tokens.CharsAt(k) is "of" && _speakers.EndingAt(k - 1, a) is { Speaker.IsPerson: true } person ? person : found;
    }

    // Where a reported clause starts: after "that", or right after the verb for verbs that take a bare clause;
    // the sentence end (no clause) otherwise.
    private int ClauseStart(int start, int b, CueClass cls)
    {
        if (ThatWithin(start, b, ThatWindow) is int that)
        {
            return that + 1;
        }

        if ((cls & CueClass.BareClause) == 0)
        {
            return b;
        }

        TokenList tokens = _document.Tokens;
        while (start < b && tokens.CharsAt(start) is "," or ":")
        {
            start++;
        }

        return start;
    }

    // The first "that" (or opening quotation mark, returned as the token before it) within n tokens.
    private int? ThatWithin(int start, int b, int n)
    {
        TokenList tokens = _document.Tokens;
        for (int t = start; t < b && t < start + n; t++)
        {
            if (tokens.CharsAt(t) is "that")
            {
                return t;
            }

            if (_inQuote[t] || tokens.CharsAt(t) is "." or ";")
            {
                return null;
            }
        }

        return null;
    }

    private int ContentWords(int start, int b)
    {
        int n = 0;
        for (int t = start; t < b; t++)
        {
            if (_document.Tokens.Kinds[t] is TokenKind.Word or TokenKind.Number)
            {
                n++;
            }
        }

        return n;
    }
}
