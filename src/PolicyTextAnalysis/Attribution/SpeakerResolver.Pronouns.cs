using PolicyTextAnalysis.Resolution;
using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Attribution;

/// <content>What a pronoun refers to: its antecedent among the persons and groups named before it, or the phrase a
/// speaker put first; and the word tests that say which nouns can be one.</content>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// The phrase a subject pronoun takes up when the speaker put it first, set off by a comma (<c>And the head of the
    /// union, Mara Quill, she said ...</c>: UD's left dislocation, which the parse hangs on the verb as <c>dislocated</c>,
    /// <c>dep</c>, a bare oblique or a second subject): its person for <c>he</c> or <c>she</c>, else a person or named
    /// entity it names other than a place; null when there is none.
    /// </summary>
    private Speaker? Dislocated(int pronoun)
    {
        if (pronoun < 2 || !_document.Tokens.CharsAt(pronoun - 1).SequenceEqual(",") || !_tree.Is(pronoun, "nsubj"))
        {
            return null;
        }

        int verb = _tree.Head(pronoun);
        foreach (int d in _tree.Children.Of(verb))
        {
            // A bare noun phrase (no preposition, not a time) that runs up to the comma before the pronoun.
            if (d >= pronoun - 1 || _syntax.Pos(d) is not ("NOUN" or "PROPN") || _tree.Child(d, "case") >= 0 || _speakers.IsInTimeExpression(d)
                || _tree.SubtreeEnd(d) < pronoun - 1)
            {
                continue;
            }

            // A lone word before the comma is as often a call to someone (Chris, he thought ...).
            int first = _tree.SubtreeFirst(d);
            if (pronoun - 1 - first < 2)
            {
                return null;
            }

            if (GenderLexicon.OfPronoun(_document.Tokens.CharsAt(pronoun)) != PersonGender.Unknown)
            {
                return LastPersonIn(first, pronoun - 1) ?? (Resolve(d, first) is { IsPerson: true } person ? person : null);
            }

            return Resolve(d, first) is { IsPlace: false } named && (named.IsPerson || named.ClusterId is not null) ? named : null;
        }

        return null;
    }

    private Speaker? Antecedent(int pronoun)
    {
        PersonGender gender = GenderLexicon.OfPronoun(_document.Tokens.CharsAt(pronoun));
        if (gender == PersonGender.Unknown)
        {
            // "They" after a few sentences about what people named by a plural noun said (The report's authors say ...
            // The results revealed ... They say ...) is still those people, before a place or body named in between.
            const int maxSentencesAgo = 3;
            bool plural = FunctionWords.IsThirdPersonPlural(_document.Tokens.CharsAt(pronoun));
            Speaker? people = _pluralPeople.SentencesAgo < maxSentencesAgo && plural ? _pluralPeople.People : null;
            // A state or place is "it", not "they" (When they say "not that bad", ... after a sentence about Colombia), and a
            // people is "they", not "it" (the budget ... it shows, after the American people).
            Speaker? Fits(Speaker? group) => plural ? (group is { IsPlace: true } ? null : group) : group is { IsPeople: true } ? null : group;
            // People the sentence before names in another role (Talk to gun owners and hunters. They'll tell you ...) come
            // before people who were a subject further back.
            Speaker? named = plural && _pluralPeople.SentencesAgo > 0 ? _previousPeopleNamed : null;
            return Fits(SameSentenceGroup(pronoun)) ?? Fits(_previousGroup.Subject) ?? named ?? people ?? Fits(_previousGroup.Last) ?? Fits(_speakers.LastGroup);
        }

        // A person of the pronoun's own sentence first (Thomas' sister pleaded with him, but he replied ...; the
        // document the Secretary signed, where he said ...); then the previous sentence's subject, then its last person,
        // then anyone lately named, skipping whoever is known by the other gender (she after "Donald Trump met Nancy
        // Pelosi").
        // In a transcript, he or she is never the one whose turn it is (MR. ROE: ... He told President Xi ...).
        RecentPersons persons = _speakers.Persons;
        Turn? turn = TurnAt(pronoun);
        bool IsTurnSpeaker(Speaker person) => turn is { Speaker: { } speaker } t
            && (t.SpeakerClusterId is { } id ? person.ClusterId == id : person.Canonical == speaker);
        if (SameSentencePerson(pronoun, gender) is { } near && !IsTurnSpeaker(near))
        {
            return near;
        }

        (Speaker? subject, Speaker? last) = _previousPerson;
        return subject is { } s && persons.Fits(s, gender) && !IsTurnSpeaker(s) ? s
            : last is { } l && persons.Fits(l, gender) && !IsTurnSpeaker(l) ? l
            : persons.LatestFitting(gender, turn is null ? null : IsTurnSpeaker);
    }

    /// <summary>True when <paramref name="token"/> is in a transcript turn's speaker label.</summary>
    private bool InTurnLabel(int token)
    {
        int offset = _document.Tokens.Starts[token];
        int i = TranscriptTurns.IndexAt(_turns, offset);
        return i >= 0 && offset < _turns[i].ContentStart;
    }

    /// <summary>The transcript turn of another speaker than the asker that <paramref name="token"/> is in, or null.</summary>
    private Turn? TurnAt(int token)
    {
        int i = TranscriptTurns.IndexAt(_turns, _document.Tokens.Starts[token]);
        return i >= 0 && _turns[i].Role != TurnRole.Question ? _turns[i] : null;
    }

    /// <summary>
    /// The person named before <paramref name="pronoun"/> in its sentence, outside quotations, who fits its gender: the
    /// subject nearest the pronoun (a role noun subject such as the Secretary counts), else the possessor of a subject
    /// (Thomas' sister). Objects and obliques are left out: "Asked about Obama, he said" is not Obama speaking.
    /// </summary>
    private Speaker? SameSentencePerson(int pronoun, PersonGender gender)
    {
        // A few dozen words back at most, so a pronoun costs the same in a sentence of any length.
        const int maxBack = 40;
        Sentence sentence = _document.Sentences[SentenceSearch.IndexOfToken(_document.Sentences, pronoun)];
        Speaker? subject = null, named = null;
        for (int t = Math.Max(sentence.FirstToken, pronoun - maxBack); t < pronoun; t++)
        {
            if (_inQuote[t] || IsVocative(t, t))
            {
                continue;
            }

            if (_speakers.IsEntity(t) && (t == sentence.FirstToken || !_speakers.IsEntity(t - 1) || _speakers.EntityLast(t - 1) < t))
            {
                int last = _speakers.EntityLast(t);
                if (last < pronoun && _speakers.EndingAt(last, t) is { Speaker.IsPerson: true } found && _speakers.Persons.Fits(found.Speaker, gender))
                {
                    subject = IsSubjectToken(t, last) ? found.Speaker : subject;
                    named = IsSubjectsPossessor(t, last) ? found.Speaker : named;
                }
            }
            else if (!_speakers.IsEntity(t) && _tree.Is(t, "nsubj") && IsPersonNoun(t) && !IsPlural(t) && FitsGender(t, gender) && RoleSpeaker(t) is { } r)
            {
                subject = r;
            }
        }

        return subject ?? named;
    }

    /// <summary>
    /// The group that is the subject of a clause before <paramref name="pronoun"/> in its sentence, outside quotations, for
    /// "they" (Environmental groups condemned the decision, which they say ...): a plural noun of people or of bodies, or
    /// an organisation or people named (a state is "it"); the nearest such subject, or null.
    /// </summary>
    private Speaker? SameSentenceGroup(int pronoun)
    {
        const int maxBack = 40;
        if (!FunctionWords.IsThirdPersonPlural(_document.Tokens.CharsAt(pronoun)))
        {
            return null;
        }

        Sentence sentence = _document.Sentences[SentenceSearch.IndexOfToken(_document.Sentences, pronoun)];
        Speaker? subject = null;
        for (int t = Math.Max(sentence.FirstToken, pronoun - maxBack); t < pronoun; t++)
        {
            if (_inQuote[t] || !_tree.Is(t, "nsubj"))
            {
                continue;
            }

            if (_speakers.IsEntity(t) && _speakers.LabelAt(t) is EntityLabels.Organization or EntityLabels.Norp
                && _speakers.EndingAt(_speakers.EntityLast(t), _tree.SubtreeFirst(t)) is { Speaker.IsPlace: false } named)
            {
                subject = named.Speaker;
            }
            else if (!_speakers.IsEntity(t) && IsPlural(t) && (IsPersonNoun(t) || OrganisationHeads.Contains(_syntax.Lemma(t)))
                && CommonNounPhrase(t) is { } people)
            {
                subject = people;
            }
        }

        return subject;
    }

    /// <summary>True for a plural noun (<c>Senators</c>, <c>officials</c>): never what he or she refers to.</summary>
    private bool IsPlural(int noun) => _syntax.Tag(noun) is "NNS" or "NNPS";

    /// <summary>False when the noun is known by the other gender than the pronoun's (sister for he, king for she).</summary>
    private bool FitsGender(int noun, PersonGender gender) =>
        GenderLexicon.Default.OfWord(_document.Tokens.CharsAt(noun)) is var known && (known == PersonGender.Unknown || gender == PersonGender.Unknown || known == gender);

    /// <summary>True for a noun that names a person: a role (the Secretary) or any person noun (my friend, the nurse); not a
    /// predicate noun (he is an optimist), which says what its subject is rather than naming someone new.</summary>
    private bool IsPersonNoun(int t) =>
        _syntax.Pos(t) is var pos && pos is "NOUN" or "PROPN" && _tree.Child(t, "cop") < 0
        && ((pos == "NOUN" && PersonNouns.Contains(_syntax.Lemma(t))) || (Resolution.RoleFinder.IsHead(_document.Tokens.CharsAt(t)) && IsRoleUse(t)));

    /// <summary>
    /// Whether a role head at <paramref name="t"/> names a role here: always for a head whose first sense is a person
    /// (<c>the director</c>); for one whose first sense is a thing (<c>head</c>, <c>chair</c>, <c>whip</c>) only as a
    /// title (capitalised) or with the body it leads (<c>the head of the agency</c>), not in <c>his head</c>.
    /// </summary>
    private bool IsRoleUse(int t) =>
        PersonNouns.Contains(_syntax.Lemma(t)) || char.IsUpper(_document.Tokens.CharsAt(t)[0]) || _tree.Child(t, "nmod") > t;

    // An object pronoun speaks as the open complement's subject (heard her tell the room ...).
    private bool IsPersonalPronoun(int t) =>
        _syntax.Pos(t) == "PRON" && (_document.Tokens.CharsAt(t) is "he" or "He" or "she" or "She" or "they" or "They" or "it" or "It"
            || (_tree.Is(t, "obj") && _document.Tokens.CharsAt(t) is "him" or "her" or "them"));
}
