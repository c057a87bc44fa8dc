using PolicyTextAnalysis.Resolution;
using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Attribution;

/// <content>Antecedents of he, she and they: what each sentence leaves for the pronouns of the next.</content>
internal sealed partial class SpeakerResolver
{
    /// <summary>Records the sentence <c>[a, b)</c>'s named subject and last names, for pronouns in the next one.</summary>
    public void EndSentence(int a, int b)
    {
        // A transcript's speaker label names who speaks next, not whom the next pronoun means (THE PRESIDENT: ... she said,
        // MR. ROE: They agreed ...): its words are left out, and a sentence that is only a label leaves the last ones as they were.
        while (a < b && InTurnLabel(a))
        {
            a++;
        }

        if (a == b)
        {
            return;
        }

        Speaker? personSubject = null, groupSubject = null, lastPerson = null, lastGroup = null;
        int lastPersonAt = -1;
        for (int t = a; t < b; t++)
        {
            if (!_speakers.IsEntity(t) || _inQuote[t] || (t > a && _speakers.IsEntity(t - 1) && _speakers.EntityLast(t - 1) >= t))
            {
                continue;
            }

            int last = _speakers.EntityLast(t);
            if (_speakers.EndingAt(last, t) is not { } named || IsVocative(t, last))
            {
                continue;   // "Thanks, Kevin.": the one addressed is not who "he" in the next sentence is
            }

            bool subject = IsSubjectToken(t, last);
            if (named.Speaker.IsPerson)
            {
                // Every person named is remembered for he and she; the subject (below) is made the latest.
                _speakers.Persons.Add(named.Speaker);
                lastPerson = named.Speaker;
                lastPersonAt = last;
                personSubject = subject && personSubject is null ? named.Speaker : personSubject;
            }
            else if (_speakers.LabelAt(t) is EntityLabels.Organization or EntityLabels.GeopoliticalEntity or EntityLabels.Norp)
            {
                lastGroup = named.Speaker;
                groupSubject = subject && groupSubject is null ? named.Speaker : groupSubject;
            }
        }

        // A role with no name as the main clause's subject (Today, the President will announce ...) is who the next
        // sentence's he or she most likely is; a named person lately mentioned is not (This is Kevin Munoz. ... he).
        // A role noun's own gender (the woman, the chairman) is noted for the next sentences' he or she.
        if (personSubject is null && RoleSubject(a, b) is (Speaker roleSubject, int roleToken))
        {
            personSubject = roleSubject;
            NoteRoleGender(roleSubject, roleToken);
        }

        // A he or she subject of the main verb goes on with its own person, before a person named as the subject of a clause
        // under it (He said in a video that Zelenskyy is a "thug." He also said ...: the second he is the first one's).
        if (PronounSubject(a, b) is { } pronounSubject)
        {
            personSubject = pronounSubject;
        }

        // A person named only by a role after the last named person (I spent time with the Sudanese Ambassador. And he
        // said ...) is the last person the next sentence's he or she can mean.
        // Not a role inside the named person's own phrase (Rachel Okoye, who runs a mid-sized developer, ...): it
        // describes that person.
        if (LastRoleMention(Math.Max(a, lastPersonAt + 1), b) is int roleAt and >= 0
            && (lastPersonAt < 0 || (VerbBetween(lastPersonAt, roleAt) && !InPhraseOf(lastPersonAt, roleAt))) && RoleSpeaker(roleAt) is { } role)
        {
            lastPerson = role;
            NoteRoleGender(role, roleAt);
        }

        // People named by a plural noun as the main clause's subject (Researchers at the university found ...) are who
        // the next sentence's "they" most likely is, before any organisation the sentence names in passing.
        Speaker? people = PluralPersonSubject(a, b);
        _pluralPeople = people is not null ? (people, 0) : (_pluralPeople.People, _pluralPeople.SentencesAgo + 1);
        _previousPeopleNamed = LastPluralPeople(a, b);
        groupSubject ??= people;
        _previousPerson = (personSubject, lastPerson);
        _previousGroup = (groupSubject, lastGroup);
        if ((personSubject ?? lastPerson) is { } person)
        {
            _speakers.LastPerson = person;
        }

        if ((groupSubject ?? lastGroup) is { } group)
        {
            _speakers.LastGroup = group;
        }
    }

    /// <summary>Notes the gender a described person's role noun gives (<c>the woman</c>, <c>the chairman</c>); a name's
    /// gender comes from its own mentions.</summary>
    private void NoteRoleGender(Speaker role, int noun)
    {
        if (role.IsDescription)
        {
            // One of a group (one of the women) has the gender of the group's noun (its lemma: woman).
            ReadOnlySpan<char> word = OneOfPeople(noun) is int people and >= 0 ? _syntax.Lemma(people) : _document.Tokens.CharsAt(noun);
            _speakers.Persons.Note(role, GenderLexicon.Default.OfWord(word), GenderLexicon.TitleEvidence);
        }
    }

    /// <summary>The speaker a role noun subject of the sentence's main verb names (<c>the President</c>), with the noun's
    /// token, or null.</summary>
    private (Speaker Speaker, int Token)? RoleSubject(int a, int b)
    {
        for (int t = a; t < b; t++)
        {
            if (!_tree.Is(t, "root"))
            {
                continue;
            }

            int subject = _tree.Child(t, "nsubj");
            if (subject < 0 || _inQuote[subject] || _speakers.IsEntity(subject) || !IsPersonNoun(subject) || IsPlural(subject))
            {
                return null;
            }

            return RoleSpeaker(subject) is { } role ? (role, subject) : null;
        }

        return null;
    }

    /// <summary>What a he or she subject of the sentence's main verb refers to, so a pronoun chain goes on (He met
    /// the ambassador. He said ...: the second he is the first one's person, not the ambassador), or null.</summary>
    private Speaker? PronounSubject(int a, int b)
    {
        for (int t = a; t < b; t++)
        {
            if (!_tree.Is(t, "root"))
            {
                continue;
            }

            int subject = _tree.Child(t, "nsubj");
            return subject >= 0 && !_inQuote[subject] && _syntax.Pos(subject) == "PRON"
                && GenderLexicon.OfPronoun(_document.Tokens.CharsAt(subject)) != PersonGender.Unknown ? Antecedent(subject) : null;
        }

        return null;
    }

    /// <summary>The last singular person noun of tokens <c>[a, b)</c> outside quotations and names (a role: <c>the
    /// ambassador</c>; one of a group of people as a subject: <c>one of my aides came in</c>, not <c>a question from one of
    /// your colleagues</c>), or -1. The cheap tests come first: the lemma a person noun is looked up by is built for few words.</summary>
    private int LastRoleMention(int a, int b)
    {
        for (int t = b - 1; t >= a; t--)
        {
            if (!_inQuote[t] && ((_syntax.Tag(t) is "NN" or "NNP" && !_tree.Is(t, "compound") && !_speakers.IsEntity(t) && IsPersonNoun(t))
                || (_tree.Is(t, "nsubj") && OneOfPeople(t) >= 0)))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="t"/> lies in the phrase of the name ending at <paramref name="nameLast"/> (its
    /// relative clauses and appositions), the name's head found over its flat parts.</summary>
    private bool InPhraseOf(int nameLast, int t)
    {
        int head = nameLast;
        while (_tree.Is(head, "flat") && _tree.Head(head) >= 0)
        {
            head = _tree.Head(head);
        }

        return t >= _tree.SubtreeFirst(head) && t < _tree.SubtreeEnd(head);
    }

    /// <summary>True when a verb stands between two tokens: a role after a name with none between describes that name
    /// (Charles Osgood, host of the show and a noted environmentalist, ...).</summary>
    private bool VerbBetween(int from, int to)
    {
        for (int t = from + 1; t < to; t++)
        {
            if (_syntax.Pos(t) is "VERB" or "AUX" && !_inQuote[t] && _syntax.Tag(t) is not ("VBN" or "VBG"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last plural person noun of tokens <c>[a, b)</c> outside quotations and names, as the text describes the
    /// people, or null.</summary>
    private Speaker? LastPluralPeople(int a, int b)
    {
        for (int t = b - 1; t >= a; t--)
        {
            if (!_inQuote[t] && _syntax.Tag(t) == "NNS" && !_tree.Is(t, "compound") && !_speakers.IsEntity(t) && IsPersonNoun(t))
            {
                // The first of people coordinated (gun owners and hunters) heads the phrase.
                int first = t;
                while (_tree.Is(first, "conj") && _tree.Head(first) is int conjoined and >= 0 && conjoined >= a && conjoined < first
                    && _syntax.Tag(conjoined) == "NNS" && IsPersonNoun(conjoined))
                {
                    first = conjoined;
                }

                return CommonNounPhrase(first);
            }
        }

        return null;
    }

    /// <summary>The speaker a plural person noun subject of the sentence's main verb names (<c>researchers</c>), or null.</summary>
    private Speaker? PluralPersonSubject(int a, int b)
    {
        for (int t = a; t < b; t++)
        {
            if (!_tree.Is(t, "root"))
            {
                continue;
            }

            int subject = _tree.Child(t, "nsubj");
            return subject < 0 || _inQuote[subject] || _speakers.IsEntity(subject) || _syntax.Tag(subject) != "NNS" || !IsPersonNoun(subject)
                ? null : CommonNounPhrase(subject);
        }

        return null;
    }

    /// <summary>The speaker of a role noun (the President): a person, or the role itself; never the place or body the
    /// role is of (the senator from Alaska).</summary>
    private Speaker? RoleSpeaker(int role) =>
        Resolve(role, _tree.SubtreeFirst(role)) is { } named && (named.IsPerson || named.IsDescription) ? named
            : CommonNounPhrase(role) ?? PhraseName(_tree.SubtreeFirst(role), role, requireName: false);

    private bool IsVocative(int first, int last)
    {
        for (int t = first; t <= last; t++)
        {
            if (_tree.Is(t, "vocative"))
            {
                return true;
            }
        }

        return TranscriptTurns.IsAddressedInQuestion(_document, _turns, first, last);
    }

    private bool IsSubjectsPossessor(int first, int last)
    {
        for (int t = first; t <= last; t++)
        {
            if (_tree.Is(t, "nmod:poss") && _tree.Head(t) is int owner and >= 0 && _tree.Is(owner, "nsubj"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the name <c>[first, last]</c> is a subject, or the name of a title right before it that is one.</summary>
    private bool IsSubjectToken(int first, int last)
    {
        for (int t = first; t <= last; t++)
        {
            if (_tree.Is(t, "nsubj"))
            {
                return true;
            }

            // A name hung on the title before it, which the parse made the subject (Congressman [Tom Baker] made ...).
            if ((_tree.Is(t, "appos") || _tree.Is(t, "flat")) && _tree.Head(t) is int title and >= 0 && title == first - 1 && _tree.Is(title, "nsubj"))
            {
                return true;
            }
        }

        return false;
    }
}
