using PolicyTextAnalysis.Resolution;
using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// Turns the phrase the parse names as a speaker into a speaker: a name in the phrase (its head, an apposition, a flat
/// or compound name), a pronoun's antecedent, the issuer of a document (<c>Gallup's poll</c>, <c>a report by X</c>,
/// <c>the poll X released</c>), a run of capitalised words taken as a name, or else the phrase itself as a description
/// (<c>the authors</c>, <c>studies</c>: <see cref="Quote.SpeakerIsDescription"/>). Pronouns go back to the named subject of
/// the sentence before, else to the last name of the right kind it mentions, else to the last speaker or subject of that
/// kind (the nearest compatible subject, across sentences). Call <see cref="EndSentence"/> after each sentence, in
/// order. One instance per document; not thread-safe.
/// </summary>
internal sealed partial class SpeakerResolver
{
    private readonly Document _document;
    private readonly SyntaxLayer _syntax;
    private readonly DependencyTree _tree;
    private readonly SpeakerLocator _speakers;
    private readonly bool[] _inQuote;
    private readonly IReadOnlyList<Turn> _turns;
    private readonly int[] _nextAnswer;
    private (Speaker? Subject, Speaker? Last) _previousPerson;
    private (Speaker? Subject, Speaker? Last) _previousGroup;
    private (Speaker? People, int SentencesAgo) _pluralPeople;   // the latest plural person-noun subject (researchers say)
    private Speaker? _previousPeopleNamed;   // the previous sentence's last plural person noun in any role (talk to hunters)
    private Dictionary<string, EntityMention>? _clustersByName;
    private Dictionary<string, Speaker?>? _ownerByNoun;
    private readonly CueLexicon _lexicon;

    public SpeakerResolver(Document document, SpeakerLocator speakers, bool[] inQuote, IReadOnlyList<Turn> turns, CueLexicon lexicon)
    {
        _lexicon = lexicon;
        _turns = turns;

        // For each turn, the next turn that is no question (-1 for none): computed backwards once, so that every "you"
        // costs a binary search however many questions come in a row.
        _nextAnswer = new int[turns.Count];
        int answer = -1;
        for (int i = turns.Count - 1; i >= 0; i--)
        {
            _nextAnswer[i] = answer;
            answer = turns[i].Role == TurnRole.Question ? answer : i;
        }
        _document = document;
        _syntax = document.Syntax!;
        _tree = _syntax.Tree;
        _speakers = speakers;
        _inQuote = inQuote;
    }

    /// <summary>The speaker of the phrase with head <paramref name="head"/> starting at <paramref name="first"/>;
    /// <paramref name="wholePhrase"/> takes the phrase itself as a name when it holds no person (a label line).</summary>
    public Speaker? Resolve(int head, int first, bool wholePhrase = false)
    {
        if (wholePhrase)
        {
            // A title with no name in it (Statement from the Vice President:, not Calder Reporter:) is its holder's when the
            // text names one, as in a sentence.
            Speaker? holder = Resolution.RoleWords.IsHead(_document.Tokens.CharsAt(head)) && !NamesIn(first, head + 1)
                && Resolve(head, first) is { ClusterId: not null } titled ? titled : null;
            return LastPersonIn(first, head + 1) ?? holder ?? PhraseName(first, head, requireName: false) ?? Resolve(head, first);
        }

        if (_speakers.IsInTimeExpression(head))
        {
            return NameHungOnTime(head);
        }

        if (IsPersonalPronoun(head))
        {
            return Dislocated(head) ?? Antecedent(head);
        }

        if (IsYou(head))
        {
            return Addressee(head);
        }

        // "you guys", "you people": the addressees, named by a noun after "you".
        if (_syntax.Pos(head) == "NOUN" && head > 0 && IsYou(head - 1) && _tree.Head(head - 1) == head)
        {
            return Addressee(head - 1);
        }

        // A quantity of people (A number of congressional leaders, over 90 percent of economists, millions of Americans):
        // the head counts them; the people of its "of" phrase speak.
        // Not one of them (One of the minister's aides told ...): that is one person, not the group or whom it serves.
        if (_syntax.Pos(head) is "NOUN" or "NUM" && !IsPersonNoun(head) && !FunctionWords.IsSingleOfGroup(_document.Tokens.CharsAt(head))
            && PeopleCounted(head) is int counted and >= 0)
        {
            return Resolve(counted, _tree.SubtreeFirst(counted));
        }

        // A name in the phrase: the head itself, or a name it is an apposition or compound of. A person the parse hung
        // on an organisation or place (UN Secretary-General António Guterres, with the name as the ORG's flat part)
        // is the one who speaks: the organisation only says whose officer he is.
        if (_speakers.IsEntity(head))
        {
            if (_speakers.LabelAt(head) != EntityLabels.Person && PersonHungOn(head) is int person and >= 0)
            {
                return _speakers.EndingAt(_speakers.EntityLast(person), first)?.Speaker;
            }

            return _speakers.EndingAt(_speakers.EntityLast(head), first)?.Speaker;
        }

        // A capitalised word no recogniser named, with a person's name hung on it (House Speaker Nancy Pelosi, when the
        // parse makes "House" the subject): the person speaks.
        if (_syntax.Pos(head) == "PROPN" && PersonHungOn(head) is int officer and >= 0)
        {
            return _speakers.EndingAt(_speakers.EntityLast(officer), first)?.Speaker;
        }

        // One person described by a place or people (a longtime Memphis resident, a Chinese official, an Israeli military
        // spokesman): the name says where the person is from, not who speaks. The person the role names, when the text
        // names one, else the description (as a group of them is: Ukrainian leaders).
        if (IsPlacedPerson(head))
        {
            return _speakers.EndingAt(head, first)?.Speaker is { IsPerson: true, ClusterId: not null } holder ? holder : CommonNounPhrase(head);
        }

        // An apposition or flat name first (spokesman Zabihullah Mujahid), then a compound (Taliban spokesman).
        bool opposing = _syntax.Pos(head) == "NOUN" && IsOpposingNoun(head);
        foreach (string relation in (ReadOnlySpan<string>)["appos", "flat", "compound"])
        {
            // Trump critics: the name says whom they stand against, not who speaks.
            if (opposing && relation == "compound")
            {
                continue;
            }

            foreach (int c in _tree.Children.Of(head))
            {
                // A name set off by commas after a subject that the parse took for a clause is an apposition all the same
                // (The spokesman for the new party, Lai Mohammed, tells ...: "Mohammed" an acl of "spokesman"); not after
                // a source phrase (According to Algeria's news agency, Mohamed Abdelaziz wrote ...: the next clause's subject).
                bool related = _tree.Is(c, relation)
                    || (relation == "appos" && _tree.Is(head, "nsubj") && _tree.Is(c, "acl") && _syntax.Pos(c) == "PROPN" && _tree.IsSetOffByCommas(c));
                // Rep. Ann Lee (R-Texas): a party-and-state note says where she sits, not who speaks.
                if (IsPartyNote(c))
                {
                    continue;
                }

                // People an organisation or place names as its own speak as themselves, named as the text names them
                // (Scientology officials, U.S. officials): the name only says whose they are. Not a description: they
                // are identified, and hold what they say.
                if (relation == "compound" && _tree.Is(c, relation) && IsPeopleOf(head, c) && CommonNounPhrase(head) is { } people)
                {
                    return people with { IsDescription = false };
                }

                // A place before a name the recogniser missed only says whose the name is (the UK Sunday Times), and a
                // people's name in apposition only says what the head is a member of (Ellison, a Democrat): one speaker
                // is no nationality or party.
                if (related && _speakers.IsEntity(c)
                    && !(relation == "compound" && _syntax.Pos(head) == "PROPN" && char.IsUpper(_document.Tokens.CharsAt(head)[0])
                        && _speakers.LabelAt(c) is EntityLabels.GeopoliticalEntity or EntityLabels.Norp)
                    && !(relation == "appos" && _speakers.LabelAt(c) == EntityLabels.Norp))
                {
                    return _speakers.EndingAt(_speakers.EntityLast(c), Math.Min(first, c))?.Speaker;
                }

                // An apposition headed by a title the recogniser left out of the name (the bill's sponsor, Rep. Ann Lee).
                if (relation == "appos" && related && !_speakers.IsEntity(c) && PersonHungOn(c) is int titled and >= 0)
                {
                    return _speakers.EndingAt(_speakers.EntityLast(titled), Math.Min(first, titled))?.Speaker;
                }

                // A name the recogniser missed, in apposition to a lower-case person noun (the authority's director,
                // General Suleiman al-Amr): in GUM's gold, 99 of 102 capitalised proper-noun appositions of a person noun
                // are people.
                if (relation == "appos" && related && !_speakers.IsEntity(c) && MissedPersonName(head, c) is { } missed)
                {
                    return missed;
                }
            }
        }

        // A title the recogniser left out of a name the parse then coordinated with it, with no coordinator or comma
        // (Representative Kevin Brady, "Kevin" a conjunct of "Representative"; 20 of 7,041 gold conjuncts in EWT and GUM
        // are next to their head without a coordinator, none of them a name): the person named speaks.
        if (head + 1 < _document.Tokens.Count && _tree.Is(head + 1, "conj") && _tree.Head(head + 1) == head && _tree.Child(head + 1, "cc") < 0
            && _speakers.LabelAt(head + 1) == EntityLabels.Person)
        {
            return _speakers.EndingAt(_speakers.EntityLast(head + 1), head + 1)?.Speaker;
        }

        // The regulator's chief executive, Jonathan Brearley, said ...: the tagger reads some role nouns as adjectives
        // (executive: 28 of 28 times in the treebanks), so the parse makes the possessor the phrase's head and hangs the
        // name on the role; a person's name set off by commas inside the phrase is the one who speaks.
        // So is a name after a capitalised title's complements (the Secretary of State for Health and Social Care, Mark
        // Hill), which the parse hangs on the complement's noun.
        if (!opposing && (_tree.HasChildWord(head, "case", "'s") || _tree.HasChildWord(head, "case", "\u2019s")
                || (_syntax.Pos(head) == "PROPN" && !_speakers.IsEntity(head) && _tree.Child(head, "nmod") > head))
            && PersonInCommas(head) is int named and >= 0)
        {
            return _speakers.EndingAt(_speakers.EntityLast(named), named)?.Speaker;
        }

        // The minister's critics, Lindqvist's rivals: a group defined against the name beside it, not its voice.
        if (opposing)
        {
            return CommonNounPhrase(head);
        }

        Speaker? found = _speakers.EndingAt(head, first)?.Speaker;
        if (found is { ClusterId: not null })
        {
            return found;
        }

        // A document speaks for whoever issued it: Gallup's poll, a report by the Council, the poll Gallup released.
        if (_syntax.Pos(head) == "NOUN" && Issuer(head) is { } issuer)
        {
            return issuer;
        }

        // A name no recogniser found: the capitalised words of the phrase (the U.S. Energy and Employment Report), or
        // the capitalised words right before a common noun (a McKinsey Global Institute analysis, the Gallup poll).
        return PhraseName(first, NameEnd(head), requireName: true) ?? NameBefore(head, first) ?? found
            ?? DefiniteAntecedent(head) ?? CommonNounPhrase(head);
    }

    /// <summary>The head of an "of" phrase of <paramref name="head"/> that names people: a plural person noun or a people's
    /// name (<c>a number of leaders</c>, <c>half of Americans</c>); else -1.</summary>
    private int PeopleCounted(int head)
    {
        foreach (int c in _tree.Children.Of(head))
        {
            if (c > head && _tree.Is(c, "nmod") && _tree.HasChildWord(c, "case", "of")
                && (PersonNouns.IsPluralPeople(_document, c) || (_speakers.IsEntity(c) && _speakers.LabelAt(c) == EntityLabels.Norp)))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="head"/> is a lower-case singular noun for a person with a place's or a people's name
    /// among its modifiers before it (<c>a Memphis resident</c>, <c>a Chinese official</c>) and no name of its own after it
    /// (<c>the Texas governor, Ann Lee</c>).</summary>
    private bool IsPlacedPerson(int head)
    {
        if (_syntax.Tag(head) != "NN" || !char.IsLower(_document.Tokens.CharsAt(head)[0]) || !PersonNouns.Contains(_syntax.Lemma(head)))
        {
            return false;
        }

        bool placed = false;
        foreach (int c in _tree.Children.Of(head))
        {
            if (c > head && (_tree.Is(c, "appos") || _tree.Is(c, "flat")) && _speakers.IsEntity(c))
            {
                return false;
            }

            placed |= c < head && (_tree.Is(c, "compound") || _tree.Is(c, "amod")) && _speakers.IsEntity(c)
                && _speakers.LabelAt(c) is EntityLabels.GeopoliticalEntity or EntityLabels.Norp or EntityLabels.Location;
        }

        return placed;
    }

    /// <summary>True when <paramref name="head"/> is a lower-case plural noun for people (WordNet's first sense a person:
    /// officials, leaders, lawmakers) and <paramref name="modifier"/> an organisation, place or group name modifying it.</summary>
    private bool IsPeopleOf(int head, int modifier) =>
        _speakers.IsEntity(modifier) && _speakers.LabelAt(modifier) != EntityLabels.Person && PersonNouns.IsPluralPeople(_document, head);

    /// <summary>A person's name after <paramref name="head"/> among its flat, apposition or compound dependents, or -1
    /// (<see cref="NamedOfficers"/>).</summary>
    private int PersonHungOn(int head) => NamedOfficers.PersonHungOn(_document, head, t => _speakers.LabelAt(t) == EntityLabels.Person);

    private bool IsYou(int t) => _syntax.Pos(t) == "PRON" && _document.Tokens.CharsAt(t).Equals("you", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name at <paramref name="name"/> with its flat parts, as a person's, when it is a capitalised proper noun
    /// and <paramref name="head"/> a lower-case noun whose lemma names a person (director, spokeswoman); else null.</summary>
    private Speaker? MissedPersonName(int head, int name)
    {
        TokenList tokens = _document.Tokens;
        if (_syntax.Pos(head) != "NOUN" || !char.IsLower(tokens.CharsAt(head)[0]) || !PersonNouns.Contains(_syntax.Lemma(head))
            || _syntax.Pos(name) != "PROPN" || !char.IsUpper(tokens.CharsAt(name)[0]))
        {
            return null;
        }

        int end = name;
        while (end + 1 < tokens.Count && _tree.Head(end + 1) == name && _tree.Is(end + 1, "flat"))
        {
            end++;
        }

        return ByName(_document.Text[tokens.Starts[name]..tokens.Ends[end]], isPerson: true);
    }

    /// <summary>
    /// The last word of a capitalised name the parse split after its head (the Attorney General, with General as the
    /// head's modifier, or as its apposition with no comma between): capitalised proper nouns right after the head that
    /// hang on it.
    /// </summary>
    private int NameEnd(int head)
    {
        TokenList tokens = _document.Tokens;
        int end = head;
        while (end + 1 < tokens.Count && _tree.Head(end + 1) == head && _syntax.Pos(end + 1) == "PROPN"
            && char.IsUpper(tokens.CharsAt(end + 1)[0])
            && (_tree.Is(end + 1, "flat") || _tree.Is(end + 1, "amod") || _tree.Is(end + 1, "compound") || _tree.Is(end + 1, "appos")))
        {
            end++;
        }

        return end;
    }

    private Speaker? NameBefore(int noun, int first)
    {
        TokenList tokens = _document.Tokens;
        if (_syntax.Pos(noun) != "NOUN" || noun - 1 < first)
        {
            return null;
        }

        int start = noun;
        while (start - 1 >= first && tokens.Kinds[start - 1] == TokenKind.Word && char.IsUpper(tokens.CharsAt(start - 1)[0])
            && _syntax.Pos(start - 1) is "PROPN" or "NOUN" or "ADJ")
        {
            start--;
        }

        return start < noun ? PhraseName(start, noun - 1, requireName: true) : null;
    }
}
