using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Attribution;

/// <content>Names found apart from the cue: runs of capitalised words no recogniser tagged (so that a later surname finds its
/// full name), the earlier name a definite noun stands for (<c>the report</c>), and the index of known names a short form
/// is resolved against.</content>
internal sealed partial class SpeakerLocator
{
    // Runs of two or more capitalised words outside entity mentions, so that a later surname finds its full
    // name even when no recogniser tagged it. The run's leading titles are dropped, as for speakers.
    private void CollectProperNames()
    {
        TokenList tokens = _document.Tokens;
        int t = 0;
        while (t < tokens.Count)
        {
            if (_entityAt[t] >= 0 || !IsNameToken(t, false) || !char.IsUpper(tokens.CharsAt(t)[0]))
            {
                t++;
                continue;
            }

            // A name does not run on over a line break (a heading's last words and the next paragraph's first).
            int end = t;
            while (end + 1 < tokens.Count && _entityAt[end + 1] < 0 && IsNameToken(end + 1, false)
                && _document.Text.AsSpan(tokens.Ends[end], tokens.Starts[end + 1] - tokens.Ends[end]).IndexOf('\n') < 0)
            {
                end++;
            }

            // A day after the name is when it happened (Prime Minister Surayud Chulanont Thursday reaffirmed ...), not
            // part of the name.
            while (end > t && (!char.IsUpper(tokens.CharsAt(end)[0]) || NumericLexicon.Weekdays.ContainsKey(tokens.CharsAt(end))))
            {
                end--;
            }

            int start = NameStart(t, end);

            if (end - start >= 1 && end - start < MaxNameTokens)
            {
                string[] words = NameForms.CoreWords(_document.Text[tokens.Starts[start]..tokens.Ends[end]], null);
                var speaker = new Speaker(string.Join(' ', words), null, true);
                AddName(words, speaker);
                if (RoleFinder.Before(_document, start, Math.Max(0, start - RoleFinder.MaxTokens)) is { } role)
                {
                    _roles.Add((role, speaker, start, true, false));
                    _firstNamed.TryAdd(speaker, start);
                }
            }

            t = end + 1;
        }
    }

    // Titles, roles and openers before a name are not part of it (Then Pakistani Prime Minister Imran Khan).
    private int NameStart(int start, int last)
    {
        TokenList tokens = _document.Tokens;
        for (int k = last - 1; k >= start; k--)
        {
            if (RoleFinder.IsHead(tokens.CharsAt(k)) || NameForms.IsHonorific(tokens.CharsAt(k)))
            {
                start = k + 1;
                break;
            }
        }

        while (start <= last && (SpeakerWords.IsNotName(tokens.CharsAt(start))
            || SpeakerWords.IsNameParticle(tokens.CharsAt(start))))
        {
            start++;
        }

        return start;
    }

    private bool IsNameToken(int t, bool isLast)
    {
        TokenList tokens = _document.Tokens;
        if (tokens.Kinds[t] != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> w = tokens.CharsAt(t);
        if (char.IsUpper(w[0]))
        {
            return isLast ? !SpeakerWords.IsNotName(w) : true;
        }

        return !isLast && SpeakerWords.IsNameParticle(w);
    }

    /// <summary>
    /// The latest name before token <paramref name="head"/>, among the last <paramref name="maxBack"/> name mentions,
    /// that ends with the head's word (<c>the report</c> -> <c>U.S. Energy and Employment Report</c>), not a person's; or null.
    /// </summary>
    public Speaker? NameEndingWith(int head, int maxBack)
    {
        IReadOnlyList<EntityMention> entities = _document.Entities;
        int start = _document.Tokens.Starts[head];
        int lo = EntitySearch.FirstAtOrAfter(entities, start);

        ReadOnlySpan<char> word = _document.Tokens.CharsAt(head);
        int seen = 0;
        for (int e = lo - 1; e >= 0 && seen < maxBack; e--)
        {
            EntityMention m = entities[e];
            if (!ResolutionStage.IsNameLabel(m.Label) || m.End > start)
            {
                continue;
            }

            seen++;
            ReadOnlySpan<char> text = m.Text.AsSpan().TrimEnd();
            int space = text.LastIndexOf(' ');
            // A name, not a headline or title that happens to end with the word (at most six words).
            if (m.Label != EntityLabels.Person && space > 0 && text.Count(' ') < 6 && text[(space + 1)..].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return FromEntity(m);
            }
        }

        return null;
    }

    // Names are indexed by first and last word, the only words a short form is matched on.
    private void AddName(string[] words, Speaker speaker)
    {
        if (words.Length == 0 || !_knownNames.Add((speaker.ClusterId ?? string.Empty) + "|" + string.Join(' ', words)))
        {
            return;
        }

        foreach (string key in words.Length == 1 ? [words[0]] : new[] { words[0], words[^1] })
        {
            if (!_namesByWord.TryGetValue(key, out List<(string[] Words, Speaker Speaker)>? list))
            {
                _namesByWord[key] = list = [];
            }

            list.Add((words, speaker));
        }
    }

    private Speaker ResolveName(int first, int last, bool group)
    {
        string text = _document.Text[_document.Tokens.Starts[first].._document.Tokens.Ends[last]];
        string[] words = NameForms.CoreWords(text, null);
        if (group)
        {
            return new Speaker(string.Join(' ', words), null, false);
        }

        // The best known name this one can stand for: entity clusters first, then the longest name.
        Speaker? best = null;
        int bestScore = -1;
        IEnumerable<(string[] Words, Speaker Speaker)> candidates = words.Length == 0 ? [] :
            _namesByWord.GetValueOrDefault(words[0], []).Concat(_namesByWord.GetValueOrDefault(words[^1], []));
        foreach ((string[] known, Speaker speaker) in candidates)
        {
            if (words.AsSpan().SequenceEqual(known) || MentionClusterer.IsShortFormOf(words, known))
            {
                int score = (speaker.ClusterId is null ? 0 : 100) + known.Length;
                if (score > bestScore)
                {
                    best = speaker;
                    bestScore = score;
                }
            }
        }

        if (best is { } found)
        {
            return found;
        }

        // Unknown: a name of two words or more is taken as a person (Maria Keller), a single word as a group.
        var fresh = new Speaker(string.Join(' ', words), null, words.Length >= 2);
        if (fresh.IsPerson)
        {
            AddName(words, fresh);
        }

        return fresh;
    }
}
