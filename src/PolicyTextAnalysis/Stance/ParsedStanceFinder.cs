using PolicyTextAnalysis.Resolution;
using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Stance;

/// <summary>
/// Stance candidates read off the dependency tree, each by a rule with an id (<see cref="ParsedStanceRules"/>):
/// <list type="bullet">
/// <item><c>attitude-verb</c>: the subject of an attitude verb of the relation lexicon (<c>support</c>, <c>oppose</c>,
/// <c>condemn</c>) for or against its object (the agent and subject of a passive), or the noun its preposition introduces
/// for a verb-and-preposition cue (<c>call for</c>, <c>vote against</c>).</item>
/// <item><c>attitude-noun</c>: the owner of an attitude noun of the relation lexicon (<c>our support for</c>), the subject
/// of a verb expressing it or of the clause an <c>in</c> phrase of it qualifies (<c>I rise in opposition to</c>), for or
/// against what its preposition introduces.</item>
/// <item><c>evaluative-predicate</c>: the voice for or against the subject of an evaluative predicate (<c>the plan is a
/// disaster</c>, <c>these tariffs are unfair</c>).</item>
/// <item><c>evaluative-modifier</c>: the voice for or against a noun an evaluative adjective modifies (<c>the reckless
/// cuts</c>).</item>
/// <item><c>voice-action</c>: the voice for the object of an enacting verb (<c>pass</c>, <c>fund</c>, <c>promote</c>) and
/// against the object of an ending or fighting verb (<c>repeal</c>, <c>ban</c>, <c>deter</c>) when the voice recommends it
/// (<c>should</c>, <c>must</c>, <c>could</c>, <c>need to</c>), does it (<c>we are banning</c>) or aims at it (<c>to deter
/// unlawful migration</c>).</item>
/// <item><c>voice-framing</c> (only with the evidence scorer): the voice for or against a noun phrase its sentence frames
/// favourably or unfavourably, by the polarity model (<c>ParsedStanceFinder.Framing.cs</c>).</item>
/// </list>
/// The voice of a token is the author, or the speaker of the quote it is in; first-person subjects are the voice. A
/// negation on the cue flips the polarity. Polarity words come from the shared opinion and relation lexicons. Cost: one
/// pass over the tokens, each looking at its children.
/// </summary>
internal sealed partial class ParsedStanceFinder
{
    private const int SentencesPerBlock = 128;

    private readonly Document _document;
    private readonly SyntaxLayer _syntax;
    private readonly DependencyTree _tree;
    private readonly string?[] _voice;
    private readonly int[] _entityAt;
    private readonly PronounAntecedents _antecedents;

    // Per verb, its subject and whether it is prescribed, computed on first use: rules that start from each of a verb's
    // dependents ask for them once per dependent, which a verb with thousands of dependents would make quadratic. Every
    // thread writes the same value, so blocks of sentences may share the arrays.
    private readonly int[] _subjectMemo;
    private readonly sbyte[] _prescribedMemo;

    private ParsedStanceFinder(Document document, StancePronouns pronouns)
    {
        _document = document;
        _syntax = document.Syntax!;
        _tree = _syntax.Tree;
        TokenList tokens = document.Tokens;
        _voice = new string?[tokens.Count];
        Array.Fill(_voice, StanceStage.Author);

        // In a transcript, a question from the floor is nobody's stance and another participant's turn is theirs.
        foreach (Turn turn in document.Turns)
        {
            if (turn.Role != TurnRole.Voice)
            {
                int first = tokens.IndexAtOrAfter(turn.Start);
                Array.Fill(_voice, turn.Role == TurnRole.Question ? null : turn.Speaker, first, tokens.IndexAtOrAfter(turn.End) - first);
            }
        }

        foreach (Quote quote in document.Has(DocumentLayers.Quotes) ? document.Quotes : [])
        {
            for (int t = tokens.IndexAtOrAfter(quote.Start); t < tokens.Count && tokens.Starts[t] < quote.End; t++)
            {
                // Nobody's voice inside a scare quote or a quote of an unknown or unnamed speaker.
                _voice[t] = quote.Kind == QuoteKind.Scare || quote.SpeakerIsDescription ? null : quote.Speaker;
            }
        }

        _subjectMemo = new int[tokens.Count];
        Array.Fill(_subjectMemo, int.MinValue);
        _prescribedMemo = new sbyte[tokens.Count];
        _entityAt = pronouns.EntityAt;
        _antecedents = pronouns.Antecedents;
    }

    /// <summary>Adds the parse's stance evidence for <paramref name="document"/> (nothing without the syntax layer).</summary>
    /// <param name="document">The document.</param>
    /// <param name="evidence">Receives the evidence.</param>
    /// <param name="framing">Adds the <c>voice-framing</c> candidates.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <param name="maxDegreeOfParallelism">The most threads that read a large document's sentences.</param>
    /// <param name="pronouns">The document's pronoun antecedents the relation-lexicon rules read too (made here when null).</param>
    public static void Find(Document document, List<StanceEvidence> evidence, bool framing, CancellationToken cancellationToken, int maxDegreeOfParallelism = 1,
        StancePronouns? pronouns = null)
    {
        if ((pronouns ?? StancePronouns.For(document)) is not { } shared)
        {
            return;
        }

        var finder = new ParsedStanceFinder(document, shared);
        IReadOnlyList<ClaimMention>? claims = document.Has(DocumentLayers.Claims) ? document.Claims : null;
        IReadOnlyList<Sentence> sentences = document.Sentences;
        if (maxDegreeOfParallelism > 1 && sentences.Count >= StanceStage.ParallelSentenceThreshold)
        {
            // The finder only reads its per-token arrays; blocks of sentences join their evidence in document order.
            int[] claimCursors = claims is null ? new int[(sentences.Count + SentencesPerBlock - 1) / SentencesPerBlock]
                : SentenceBlocks.Cursors(SentenceBlocks.BlockStarts(sentences, SentencesPerBlock), claims.Count, c => claims[c].End);
            evidence.AddRange(SentenceBlocks.Run<StanceEvidence>(sentences.Count, SentencesPerBlock, maxDegreeOfParallelism, cancellationToken,
                (first, end, found) => finder.Find(first, end, claims, claimCursors[first / SentencesPerBlock], framing, found, cancellationToken)));
        }
        else
        {
            finder.Find(0, sentences.Count, claims, 0, framing, evidence, cancellationToken);
        }
    }

    // The evidence of sentences [first, end), in order; the cursor skips the claims that end before the sentence at hand.
    private void Find(int first, int end, IReadOnlyList<ClaimMention>? claims, int claimCursor, bool framing, List<StanceEvidence> evidence,
        CancellationToken cancellationToken)
    {
        for (int i = first; i < end; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Sentence sentence = _document.Sentences[i];
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                At(t, evidence);
            }

            if (framing && StanceStage.IsAuthorSentence(sentence, claims, ref claimCursor))
            {
                Framing(sentence, StancePolarityModel.Default, evidence);
            }
        }

        // The featuriser keeps this thread's last sentence; it is not needed after the run.
        StancePolarityFeaturizer.ReleaseSentenceCache();
    }

    private void At(int t, List<StanceEvidence> evidence)
    {
        string? voice = _voice[t];
        if (voice is null || _document.Tokens.Kinds[t] != TokenKind.Word)
        {
            return;
        }

        // Only verbs, adjectives and nouns can be cues: the lemma (a string) is built for those alone.
        string pos = _syntax.Pos(t);
        if (pos is not ("VERB" or "ADJ" or "NOUN"))
        {
            return;
        }

        string lemma = _syntax.Lemma(t).ToLowerInvariant();
        if (pos == "VERB")
        {
            AttitudeVerb(t, lemma, voice, evidence);
            VoiceAction(t, lemma, voice, evidence);
        }
        else
        {
            if (pos == "NOUN")
            {
                AttitudeNoun(t, lemma, voice, evidence);
            }

            EvaluativePredicate(t, lemma, voice, evidence);
            if (pos == "ADJ" && _tree.Is(t, "amod"))
            {
                EvaluativeModifier(t, lemma, voice, evidence);
            }
        }
    }

    private bool HasCase(int noun, string word) => _tree.HasChildWord(noun, "case", word);

    /// <summary>The verb's subject (<see cref="DependencyTree.Subject"/>), read once per verb.</summary>
    private int SubjectOf(int verb)
    {
        int known = _subjectMemo[verb];
        return known != int.MinValue ? known : _subjectMemo[verb] = _tree.Subject(verb);
    }

    /// <summary><see cref="IsPrescribed"/>, read once per verb.</summary>
    private bool IsPrescribedVerb(int verb)
    {
        sbyte known = _prescribedMemo[verb];
        if (known == 0)
        {
            _prescribedMemo[verb] = known = IsPrescribed(verb) ? (sbyte)1 : (sbyte)-1;
        }

        return known > 0;
    }

    /// <summary>The holder a subject names: the voice for a first-person pronoun, an entity's canonical name, else null.</summary>
    private string? Holder(int head, string voice)
    {
        if (IsVoice(head))
        {
            return voice;
        }

        // "She strongly opposes the bill": the person or group the pronoun stands for.
        if (_antecedents.IsResolvable(head) && (head = _antecedents.Of(head)) < 0)
        {
            return null;
        }

        // which endorsed the plan: the noun the relative clause is about.
        if (_syntax.Pos(head) == "PRON" && FunctionWords.IsRelativePronoun(_document.Tokens.CharsAt(head))
            && _tree.Head(head) is int verb and >= 0 && _tree.Is(verb, "acl") && _tree.Head(verb) >= 0)
        {
            head = _tree.Head(verb);
        }

        if (GroupOfPeople(head) is { } people)
        {
            return people;
        }

        if (EntityIn(head) is int e)
        {
            // UN Secretary-General António Guterres condemned ...: the person holds it, as the person speaks.
            if (_document.Entities[e].Label != EntityLabels.Person
                && NamedOfficers.PersonHungOn(_document, head, t => _entityAt[t] >= 0 && _document.Entities[_entityAt[t]].Label == EntityLabels.Person) is int officer and >= 0)
            {
                e = _entityAt[officer];
            }

            EntityMention m = _document.Entities[e];
            return m.Label is EntityLabels.Person or EntityLabels.Organization or EntityLabels.GeopoliticalEntity or EntityLabels.Norp
                ? m.RefersTo ?? m.Canonical
                : null;
        }

        return null;
    }

    /// <summary>
    /// <c>Ukrainian leaders</c>, <c>U.S. officials</c>: a plural noun for people with a group or place name before it as
    /// its modifier names those people, as the text writes them (the name only says whose they are); null otherwise.
    /// </summary>
    private string? GroupOfPeople(int head)
    {
        if (_entityAt[head] >= 0 || !PersonNouns.IsPluralPeople(_document, head))
        {
            return null;
        }

        foreach (int c in _tree.Children.Of(head))
        {
            if (c < head && (_tree.Is(c, "compound") || _tree.Is(c, "amod")) && _entityAt[c] >= 0
                && _document.Entities[_entityAt[c]].Label != EntityLabels.Person && _tree.SubtreeEnd(c) == head)
            {
                TokenList tokens = _document.Tokens;
                int first = tokens.IndexAtOrAfter(_document.Entities[_entityAt[c]].Start);
                return _document.Text[tokens.Starts[first]..tokens.Ends[head]];
            }
        }

        return null;
    }

    /// <summary>True for the voice in subject position: I, we, or a phrase it owns (my government, our administration).</summary>
    private bool IsVoice(int head)
    {
        if (_syntax.Pos(head) == "PRON" && FunctionWords.IsFirstPerson(_document.Tokens.CharsAt(head)))
        {
            return true;
        }

        int owner = _tree.Child(head, "nmod:poss");
        return owner >= 0 && FunctionWords.IsFirstPersonPossessive(_document.Tokens.CharsAt(owner));
    }

    private int? EntityIn(int head)
    {
        if (_entityAt[head] >= 0)
        {
            return _entityAt[head];
        }

        foreach (int c in _tree.Children.Of(head))
        {
            if ((_tree.Is(c, "flat") || _tree.Is(c, "appos") || _tree.Is(c, "compound")) && _entityAt[c] >= 0)
            {
                return _entityAt[c];
            }
        }

        return null;
    }

    private bool IsTargetable(int head) => _syntax.Pos(head) is "NOUN" or "PROPN" || EntityIn(head) is not null;

    private int Agent(int verb)
    {
        foreach (int c in _tree.Children.Of(verb))
        {
            if (_tree.Is(c, "obl:agent"))
            {
                return c;
            }
        }

        return -1;
    }

    private StancePolarity Flip(StancePolarity polarity, int cue)
    {
        foreach (int c in _tree.Children.Of(cue))
        {
            // "no longer backs the pipeline": the negator hangs on "longer".
            if ((_tree.Is(c, "advmod") || _tree.Is(c, "aux") || _tree.Is(c, "det")) && ParsedStanceRules.IsNegator(_document.Tokens.CharsAt(c))
                || (_tree.Is(c, "advmod") && _document.Tokens.CharsAt(c).Equals("longer", StringComparison.OrdinalIgnoreCase) && _tree.HasChildWord(c, "advmod", "no")))
            {
                return ParsedStanceRules.Opposite(polarity);
            }
        }

        return polarity;
    }

    // How many nominals deep a stance is carried (the repeal of the expansion of X); a bound, so nested text costs no more.
    private const int MaxNominalDepth = 3;

    private void Add(string holder, int targetHead, StancePolarity polarity, double confidence, int cue, string rule, List<StanceEvidence> evidence,
        int depth = 0)
    {
        TokenList tokens = _document.Tokens;

        // "Democrats criticized it", "We must repeal them": the phrase the pronoun stands for is the target; the evidence
        // keeps the pronoun's own token, so its place in the cue's clause is what the evidence scorer reads.
        int targetToken = targetHead;
        if (_antecedents.IsResolvable(targetHead) && (targetHead = _antecedents.Of(targetHead)) < 0)
        {
            return;
        }

        bool isEntity = EntityIn(targetHead) is not null;
        string target;
        if (EntityIn(targetHead) is int e)
        {
            EntityMention m = _document.Entities[e];
            target = m.RefersTo ?? m.Canonical;
        }
        else
        {
            // The head with its adjacent modifiers and compounds, without determiners: "the new tariffs" -> "new tariffs".
            int first = ModifiersStart(targetHead);
            target = _document.Text[tokens.Starts[first]..tokens.Ends[targetHead]];
        }

        if (string.Equals(target, holder, StringComparison.OrdinalIgnoreCase) || _syntax.Pos(targetHead) == "PRON" && !isEntity)
        {
            return;
        }

        // A target names an actor, a policy or a thing: not a number, a quantifier or a word that names nothing
        // ("60%", "two", "all of them", "a lot").
        if (IsEmptyTarget(targetHead) || (isEntity ? EntityLabels.IsValue(_document.Entities[EntityIn(targetHead)!.Value].Label) : _syntax.Pos(targetHead) is not ("NOUN" or "PROPN")))
        {
            return;
        }

        Sentence sentence = SentenceOf(cue);
        evidence.Add(new StanceEvidence(holder, target, polarity, confidence, sentence.Span, rule + ":" + tokens.CharsAt(cue).ToString(), isEntity, cue, targetToken));

        // For "the repeal of the tax" is against the tax; for "the passage of the bill" for the bill.
        if (depth < MaxNominalDepth && !isEntity && _syntax.Pos(targetHead) == "NOUN"
            && ParsedStanceRules.NominalOf(_syntax.Lemma(targetHead).ToLowerInvariant()) is ({ } acting, { } prepositions))
        {
            foreach (int c in _tree.Children.Of(targetHead))
            {
                if (c > targetHead && _tree.Is(c, "nmod") && _syntax.Pos(c) is "NOUN" or "PROPN" && prepositions.Any(p => HasCase(c, p)))
                {
                    StancePolarity composed = acting == StancePolarity.Favor ? polarity
                        : ParsedStanceRules.Opposite(polarity);
                    Add(holder, c, composed, confidence, cue, rule, evidence, depth + 1);
                    break;
                }
            }
        }
    }

    private Sentence SentenceOf(int token) => _document.Sentences[SentenceSearch.IndexOfToken(_document.Sentences, token)];
}
