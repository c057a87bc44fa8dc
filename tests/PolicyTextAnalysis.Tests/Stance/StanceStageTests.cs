using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Stance;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Stance;

/// <summary>The stance stage inside a pipeline and the analyzer overload with targets.</summary>
public sealed class StanceStageTests
{
    [Test]
    public void Analyze_PipelineWithStanceStage_FillsStances()
    {
        var pipeline = new AnalysisPipeline([new TextStage(), new EntityStage([new CapitalisedNames()]), new StanceStage()]);
        AnalysisResult result = PolicyAnalyzer.Create(pipeline).Analyze("Norvia condemned Estland after the border raid.");
        StanceRelation relation = result.Stances.Single();
        Assert.Multiple(() =>
        {
            Assert.That(relation.Holder, Is.EqualTo("Norvia"));
            Assert.That(relation.Target, Is.EqualTo("Estland"));
            Assert.That(relation.Polarity, Is.EqualTo(StancePolarity.Against));
            Assert.That(result.ToJson(), Does.Contain("\"polarity\": \"against\""));
        });
    }

    [Test]
    public void Analyze_WithTargets_AnswersForTheAuthorWithoutEntities()
    {
        const string text = "Mass deportation of refugees is cruel, costly and harmful. It will only increase suffering.";
        (AnalysisResult result, TargetStanceReport report) = PolicyAnalyzer.CreateDefault().Analyze(text, ["deporting refugees", ""]);
        Assert.Multiple(() =>
        {
            Assert.That(result.Sentences, Is.Not.Empty);
            Assert.That(report.Stances.Single().Polarity, Is.EqualTo(StancePolarity.Against));
            Assert.That(report.Messages.Single(), Does.Contain("empty"));
        });
    }

    [Test]
    public void Analyze_AttitudeVerbUnderShould_IsTheVoicesPrescriptionNotTheSubjectsStance()
    {
        IReadOnlyList<StanceRelation> stances = PolicyAnalyzer.CreateDefault().Analyze("Congress should reject the proposed cuts to Medicaid.").Stances;

        Assert.Multiple(() =>
        {
            Assert.That(stances.Select(s => s.Holder), Has.None.EqualTo("Congress"));
            Assert.That(stances.Where(s => s.Holder == "author" && s.Target.Contains("cuts", StringComparison.Ordinal)).Select(s => s.Polarity),
                Is.EqualTo(new[] { StancePolarity.Against }));
        });
    }

    // An officer named after the organisation holds the stance, as the officer speaks: the parse hung the name on the
    // organisation, or gave the verb the organisation and the name as two subjects.
    [TestCase("UN Secretary-General Antonio Guterres condemned the attack on the convoy.", "Antonio Guterres", "UN")]
    [TestCase("Treasury Secretary Janet Yellen on Thursday defended the administration's plan to raise the corporate tax rate.", "Janet Yellen", null)]
    public void Analyze_OfficerNamedAfterTheirOrganisation_HoldsTheStance(string text, string holder, string? notHolder)
    {
        IReadOnlyList<StanceRelation> stances = PolicyAnalyzer.CreateDefault().Analyze(text).Stances;

        Assert.Multiple(() =>
        {
            Assert.That(stances.Where(s => s.Rule == "attitude-verb").Select(s => s.Holder), Is.EqualTo(new[] { holder }));
            Assert.That(stances.Select(s => s.Holder), Has.None.EqualTo(notHolder));
        });
    }

    // A stance toward an action's nominal is one toward what the action acts on: for the repeal of X is against X.
    [TestCase("Congress should pass the repeal of the estate tax.", "estate tax", StancePolarity.Against)]
    [TestCase("We support the expansion of Medicaid.", "Medicaid", StancePolarity.Favor)]
    [TestCase("We write to express our strong support for swift enactment of the Clean Water Act.", "Clean Water Act", StancePolarity.Favor)]
    public void Analyze_StanceTowardAnActionsNominal_ReachesWhatItActsOn(string text, string target, StancePolarity polarity)
    {
        IReadOnlyList<StanceRelation> stances = PolicyAnalyzer.CreateDefault().Analyze(text).Stances;

        Assert.That(stances.Where(s => s.Holder == "author" && s.Target == target).Select(s => s.Polarity), Is.EqualTo(new[] { polarity }));
    }

    // The owner, the one who expresses it, or the subject of the clause an "in" phrase qualifies holds an attitude noun.
    [TestCase("I rise in strong support of this amendment.", "author", "amendment", StancePolarity.Favor)]
    [TestCase("Senator Maria Lopez rose in opposition to the farm bill.", "Maria Lopez", "farm bill", StancePolarity.Against)]
    [TestCase("Senator Maria Lopez renewed her call for a ceasefire on Tuesday.", "Maria Lopez", "ceasefire", StancePolarity.Favor)]
    [TestCase("Senator Maria Lopez repeated her criticism of the farm bill.", "Maria Lopez", "farm bill", StancePolarity.Against)]
    public void Analyze_AttitudeNoun_IsItsHoldersStance(string text, string holder, string target, StancePolarity polarity)
    {
        IReadOnlyList<StanceRelation> stances = PolicyAnalyzer.CreateDefault().Analyze(text).Stances;

        Assert.That(stances.Where(s => s.Holder == holder && s.Target == target).Select(s => s.Polarity), Is.EqualTo(new[] { polarity }));
    }

    [Test]
    public void Analyze_ItAfterAnotherHoldersSentence_IsTheBillNotTheOtherHolder()
    {
        // The relation-lexicon rules read the parse's antecedent for "it" (the bill), as the parse rules do; their own nearest
        // actor gave "AARP against the American Medical Association".
        const string text = "The Chamber of Commerce supports the bill because its members will profit from it. "
            + "The American Medical Association opposes it. The AARP opposes it.";
        IReadOnlyList<StanceRelation> stances = PolicyAnalyzer.CreateDefault().Analyze(text).Stances;

        Assert.Multiple(() =>
        {
            Assert.That(stances.Where(s => s.Holder == "AARP").Select(s => (s.Target, s.Polarity)), Is.EqualTo(new[] { ("bill", StancePolarity.Against) }));
            Assert.That(stances.Select(s => s.Target), Has.None.EqualTo("American Medical Association"));
        });
    }

    // The parse rule itself (the relation-lexicon rules find some of these too): an owner, a verb of expressing, an "in" phrase.
    [TestCase("Senator Maria Lopez's support for the farm bill surprised her colleagues.")]
    [TestCase("Senator Maria Lopez expressed support for the farm bill.")]
    [TestCase("Senator Maria Lopez spoke in support of the farm bill.")]
    public void Find_AttitudeNoun_GivesTheHoldersEvidence(string text)
    {
        Document document = PolicyAnalyzer.CreateDefault().Pipeline.Run(Document.FromText(text));
        var evidence = new List<StanceEvidence>();
        ParsedStanceFinder.Find(document, evidence, framing: false, CancellationToken.None);

        Assert.That(
            evidence.Where(e => e.Cue.StartsWith(ParsedStanceRules.AttitudeNoun, StringComparison.Ordinal)).Select(e => (e.Holder, e.Target, e.Polarity)),
            Is.EqualTo(new[] { ("Maria Lopez", "farm bill", StancePolarity.Favor) }));
    }

    // A number, a quantifier or a word that names nothing is no target.
    [TestCase("Congress must fund all of them.")]
    [TestCase("We will expand 60% of the program.")]
    [TestCase("The agency should approve two.")]
    public void Analyze_TargetThatNamesNothing_GivesNoStance(string text)
    {
        Assert.That(PolicyAnalyzer.CreateDefault().Analyze(text).Stances.Select(s => s.Target), Is.Empty);
    }

    [Test]
    public void Analyze_AttitudeVerbInTheIndicative_IsTheSubjectsStance()
    {
        IReadOnlyList<StanceRelation> stances = PolicyAnalyzer.CreateDefault().Analyze("Congress rejected the proposed cuts to Medicaid.").Stances;

        Assert.That(stances.Where(s => s.Holder == "Congress").Select(s => s.Polarity), Is.EqualTo(new[] { StancePolarity.Against }));
    }

    // Whose action an action verb is: the voice's when it does it, bids it or shares a prescribed verb's subject; not a
    // third party's own attempt, nor an infinitive modifying someone else's noun. Null: no author stance toward the word.
    [TestCase("We are ready to fund the border police for three more years.", "police", StancePolarity.Favor)]
    [TestCase("Congress should raise the wage floor and repeal the payroll levy.", "levy", StancePolarity.Against)]
    [TestCase("For months, opposition lawmakers tried to defund the border police.", "police", null)]
    [TestCase("The administration's decision to cut funding for public broadcasting is short-sighted.", "funding", null)]
    [TestCase("We will stand up to the lawmakers who opposed the pension reform and are now attempting to repeal the reform.", "reform", null)]
    public void Analyze_ActionVerb_IsTheVoicesOnlyWhenItsOwn(string text, string targetWord, StancePolarity? expected)
    {
        IReadOnlyList<StanceRelation> stances = PolicyAnalyzer.CreateDefault().Analyze(text).Stances;

        Assert.That(stances.Where(s => s.Holder == "author" && s.Target.Contains(targetWord, StringComparison.Ordinal)).Select(s => (StancePolarity?)s.Polarity),
            Is.EqualTo(expected is { } polarity ? new StancePolarity?[] { polarity } : []));
    }

    [Test]
    public void Analyze_NeutralPredicateNounWithAnEvaluativeAdjective_JudgesTheSubject()
    {
        Document document = PolicyAnalyzer.CreateDefault().Process("The new housing scheme is a reckless gamble.");
        var evidence = new List<StanceEvidence>();
        ParsedStanceFinder.Find(document, evidence, framing: false, CancellationToken.None);

        Assert.That(evidence.Where(e => e.Target.Contains("scheme", StringComparison.Ordinal)).Select(e => (e.Holder, e.Polarity, e.Cue)),
            Is.EqualTo(new[] { ("author", StancePolarity.Against, ParsedStanceRules.EvaluativePredicate + ":gamble") }));
    }

    // A verb-and-preposition cue of the relation lexicon read off the parse: the preposition's noun is the target, words
    // between verb and preposition do not matter, and a time or a subject of a following infinitive is no target.
    [TestCase("Senator Jane Doe has repeatedly called for a ceasefire.", "ceasefire", StancePolarity.Favor)]
    [TestCase("Senator Jane Doe fought hard for the pension bill.", "pension bill", StancePolarity.Favor)]
    [TestCase("Senator Jane Doe campaigned tirelessly against the merger.", "merger", StancePolarity.Against)]
    [TestCase("Senator Jane Doe has fought for a long time.", "time", null)]
    [TestCase("Senator Jane Doe called again for Congress to approve the pension bill.", "Congress", null)]
    public void Find_AVerbAndPrepositionCue_TakesThePrepositionsNounAsTarget(string text, string target, StancePolarity? expected)
    {
        Assert.That(RulePolarities(text, ParsedStanceRules.AttitudeVerb, target), Is.EqualTo(expected is { } polarity ? new StancePolarity?[] { polarity } : []));
    }

    // A time, also in the plural, names nothing as a target, for the parse rules and the lexicon rules alike.
    [TestCase("Senator Jane Doe has argued for decades that the levy is too high.")]
    [TestCase("Senator Jane Doe has campaigned for years.")]
    public void Analyze_ATimeAfterAVerbAndPreposition_IsNoTarget(string text)
    {
        Assert.That(PolicyAnalyzer.CreateDefault().Analyze(text).Stances.Select(s => s.Target), Is.Empty);
    }

    // A negation on the cue flips it, also "no longer" (whose "no" hangs on "longer").
    [TestCase("Senator Jane Doe no longer backs the pipeline.", StancePolarity.Against)]
    [TestCase("Senator Jane Doe never backed the pipeline.", StancePolarity.Against)]
    [TestCase("Senator Jane Doe still backs the pipeline.", StancePolarity.Favor)]
    public void Find_ANegatedAttitudeVerb_FlipsItsPolarity(string text, StancePolarity expected)
    {
        Assert.That(RulePolarities(text, ParsedStanceRules.AttitudeVerb, "pipeline"), Is.EqualTo(new StancePolarity?[] { expected }));
    }

    // An infinitive's action is turned round by a negated verb it completes and by refuse or decline, not by fail (the
    // voice laments its failure); a negation on the action itself turns it too.
    [TestCase("We do not want to support the bill.", "bill", StancePolarity.Against)]
    [TestCase("We refuse to support the bill.", "bill", StancePolarity.Against)]
    [TestCase("We are not going to repeal the tax credit.", "tax credit", StancePolarity.Favor)]
    [TestCase("We must not cut funding for schools.", "funding", StancePolarity.Favor)]
    [TestCase("We cannot afford to fail to protect our forests.", "forests", StancePolarity.Favor)]
    public void Find_AVoiceActionUnderAControllingVerb_TakesItsPolarity(string text, string target, StancePolarity expected)
    {
        Assert.That(RulePolarities(text, ParsedStanceRules.VoiceAction, target), Is.EqualTo(new StancePolarity?[] { expected }));
    }

    // An evaluative adjective judges an actor, a policy or an action, not a time, a state or a feeling (WordNet's class
    // of the noun's most frequent sense, Stance/Lexicons/non-target-nouns.txt).
    [TestCase("Better days are coming for our farmers.", "days", null)]
    [TestCase("Reckless spending has devastating consequences.", "consequences", null)]
    [TestCase("The council approved a reckless budget.", "budget", StancePolarity.Against)]
    [TestCase("We will end these unfair tariffs.", "tariffs", StancePolarity.Against)]
    public void Find_AnEvaluativeAdjective_JudgesOnlyANounThatCanBeATarget(string text, string target, StancePolarity? expected)
    {
        Assert.That(RulePolarities(text, ParsedStanceRules.EvaluativeModifier, target), Is.EqualTo(expected is { } polarity ? new StancePolarity?[] { polarity } : []));
    }

    // People a group or place name modifies hold the stance as the text names them; the name only says whose they are. A
    // named person or a noun for no people keeps the entity's name.
    [TestCase("Norvian leaders have repeatedly condemned the blockade.", "Norvian leaders")]
    [TestCase("Norvian officials rejected the tariffs.", "Norvian officials")]
    [TestCase("The Norvian government rejected the tariffs.", "Norvian")]
    public void Find_AGroupOfPeopleAsSubject_IsTheHolder(string text, string holder)
    {
        Document document = new PolicyTextAnalysis.Syntax.SyntaxStage().Process(
            HandEntities.Annotate(text, HandEntities.E("Norvian", EntityLabels.Norp)), CancellationToken.None);

        List<StanceEvidence> evidence = StanceStage.FindEvidence(document, CancellationToken.None, framing: false);

        Assert.That(evidence.Select(e => e.Holder).Distinct(), Is.EqualTo(new[] { holder }));
    }

    // A pronoun holder or target stands for its antecedent (Resolution/PronounAntecedents.cs): a person named before for he
    // or she, the phrase in the same role in the sentence before for it or them.
    [TestCase("Senator Elizabeth Warren spoke on Tuesday. She strongly opposes the bill.", ParsedStanceRules.AttitudeVerb, "Elizabeth Warren", "bill", StancePolarity.Against)]
    [TestCase("The House passed the Clean Water Act last week. Senator Ted Cruz opposes it.", ParsedStanceRules.AttitudeVerb, "Ted Cruz", "Clean Water Act", StancePolarity.Against)]
    [TestCase("The new tariffs took effect in March. They are a disaster for farmers.", ParsedStanceRules.EvaluativePredicate, "author", "new tariffs", StancePolarity.Against)]
    [TestCase("The new tariffs took effect in March. They are a disaster for farmers. We must repeal them.", ParsedStanceRules.VoiceAction, "author", "new tariffs", StancePolarity.Against)]
    public void Find_APronoun_StandsForItsAntecedent(string text, string rule, string holder, string target, StancePolarity polarity)
    {
        Document document = PolicyAnalyzer.CreateDefault().Process(text);
        var evidence = new List<StanceEvidence>();
        ParsedStanceFinder.Find(document, evidence, framing: false, CancellationToken.None);

        Assert.That(evidence.Where(e => e.Cue.StartsWith(rule + ":", StringComparison.Ordinal)).Select(e => (e.Holder, e.Target, e.Polarity)),
            Does.Contain((holder, target, polarity)));
    }

    /// <summary>The polarities of the parse rule <paramref name="rule"/>'s evidence whose target ends with <paramref name="target"/>.</summary>
    private static StancePolarity?[] RulePolarities(string text, string rule, string target)
    {
        Document document = PolicyAnalyzer.CreateDefault().Process(text);
        var evidence = new List<StanceEvidence>();
        ParsedStanceFinder.Find(document, evidence, framing: false, CancellationToken.None);
        return [.. evidence.Where(e => e.Target.EndsWith(target, StringComparison.Ordinal) && e.Cue.StartsWith(rule + ":", StringComparison.Ordinal))
            .Select(e => (StancePolarity?)e.Polarity)];
    }

    [Test]
    public void NonTargetNouns_LoadsTheWordNetClasses()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new[] { "day", "future", "consequence", "wildfire" }.All(NonTargetNouns.Contains), Is.True);
            Assert.That(new[] { "tariff", "policy", "budget", "bill", "government", "war" }.Where(NonTargetNouns.Contains), Is.Empty);
        });
    }

    /// <summary>A stand-in recogniser for these tests: every capitalised word is a place.</summary>
    private sealed class CapitalisedNames : IEntityRecognizer
    {
        public string Name => "capitalised";

        public int Priority => 0;

        public IReadOnlyList<EntityMention> Recognize(Document document, CancellationToken cancellationToken)
        {
            var found = new List<EntityMention>();
            for (int k = 0; k < document.Tokens.Count; k++)
            {
                Token token = document.Tokens[k];
                string text = document.Text[token.Start..token.End];
                if (char.IsUpper(text[0]) && token.Kind == TokenKind.Word)
                {
                    found.Add(new EntityMention { Text = text, Label = EntityLabels.GeopoliticalEntity, Start = token.Start, End = token.End, Canonical = text });
                }
            }

            return found;
        }
    }
}
