using PolicyTextAnalysis.Stance;
using static PolicyTextAnalysis.Tests.Stance.HandEntities;

namespace PolicyTextAnalysis.Tests.Stance;

/// <summary>The relation rules on sentences written for these tests (invented actors).</summary>
public sealed class RelationExtractorTests
{
    [TestCase("Norvia condemned Estland for the raid.", "Norvia", "Estland", StancePolarity.Against)]
    [TestCase("Estland was condemned by Norvia after the raid.", "Norvia", "Estland", StancePolarity.Against)]
    [TestCase("Norvia will not support Estland in the vote.", "Norvia", "Estland", StancePolarity.Against)]
    [TestCase("Norvia refused to condemn Estland.", "Norvia", "Estland", StancePolarity.Favor)]
    [TestCase("Norvia has sworn allegiance to Estland.", "Norvia", "Estland", StancePolarity.Favor)]
    [TestCase("Norvia (a small state), the sworn enemy of Estland, mobilised.", "Norvia", "Estland", StancePolarity.Against)]
    [TestCase("Norvia decided to sever ties with Estland.", "Norvia", "Estland", StancePolarity.Against)]
    [TestCase("Norvia harbours Estland fighters in the hills.", "Norvia", "Estland", StancePolarity.Favor)]
    [TestCase("Norvia accused Estland of facilitating Ostmark.", "Estland", "Ostmark", StancePolarity.Favor)]
    [TestCase("Norvia accused Estland of facilitating Ostmark.", "Norvia", "Ostmark", StancePolarity.Against)]
    [TestCase("Norvia pledged allegiance to the supreme leader of Estland, Ostmark.", "Norvia", "Ostmark", StancePolarity.Favor)]
    [TestCase("Officials in Norvia rejected Estland's offer.", "Norvia", "Estland", StancePolarity.Against)]
    [TestCase("Norvia urged Estland not to attack Ostmark.", "Norvia", "Ostmark", StancePolarity.Favor)]
    [TestCase("Norvia , which opposes Estland , met on Monday.", "Norvia", "Estland", StancePolarity.Against)]
    [TestCase("Norvia's parliament condemned Estland.", "Norvia", "Estland", StancePolarity.Against)]
    public void Process_ActorSentence_FindsStance(string sentence, string holder, string target, StancePolarity polarity)
    {
        Document document = Annotate(
            sentence, E("Norvia", EntityLabels.GeopoliticalEntity), E("Estland", EntityLabels.GeopoliticalEntity), E("Ostmark", EntityLabels.Organization));
        IReadOnlyList<StanceRelation> stances = new StanceStage().Process(document, CancellationToken.None).Stances;
        StanceRelation? found = stances.FirstOrDefault(r => r.Holder == holder && r.Target == target);
        Assert.That(found?.Polarity, Is.EqualTo(polarity), string.Join("; ", stances.Select(r => $"{r.Holder}->{r.Target}:{r.Polarity}")));
    }

    [TestCase("Norvia condemned the regime of the Estlandic Ostmark movement.")]
    [TestCase("Norvia condemned the Estlandic Ostmark.")]
    public void Process_NationalityBeforeAName_TheNameIsTheTarget(string sentence)
    {
        Document document = Annotate(
            sentence, E("Norvia", EntityLabels.GeopoliticalEntity), E("Estlandic", EntityLabels.Norp), E("Ostmark", EntityLabels.Organization));
        IReadOnlyList<StanceRelation> stances = new StanceStage().Process(document, CancellationToken.None).Stances;
        Assert.Multiple(() =>
        {
            Assert.That(stances.Where(r => r.Holder == "Norvia").Select(r => r.Target), Does.Contain("Ostmark"));
            Assert.That(stances.Where(r => r.Holder == "Norvia").Select(r => r.Target), Does.Not.Contain("Estlandic"));
        });
    }

    [TestCase("Norvia should condemn Estland.")]
    [TestCase("If Norvia backs Estland, the talks will fail.")]
    [TestCase("Norvia met Estland in the capital.")]
    [TestCase("Norvia says rebels attacked Estland.")]
    [TestCase("Norvia's main opposition party condemned Estland.")]
    [TestCase("Norvia brought back a sample from Estland.")]
    [TestCase("Norvia aid workers met Estland officials.")]
    [TestCase("Calls grew in Norvia, where protesters condemned Estland.")]
    [TestCase("Norvia held men on suspicion of planning to attack Estland.")]
    // A colon ends the clause: a speaker label's name is no subject of what follows it.
    [TestCase("Norvia: the minister has made clear that he condemns Estland.")]
    public void Process_NoStanceHeld_FindsNoActorStance(string sentence)
    {
        Document document = Annotate(sentence, E("Norvia", EntityLabels.GeopoliticalEntity), E("Estland", EntityLabels.GeopoliticalEntity));
        IReadOnlyList<StanceRelation> stances = new StanceStage().Process(document, CancellationToken.None).Stances;
        Assert.That(stances.Where(r => r.Holder == "Norvia"), Is.Empty);
    }

    [Test]
    public void Process_PolicyObject_TargetIsTheNounPhrase()
    {
        Document document = Annotate("Estland condemned the policy of mass internment as cruel.", E("Estland", EntityLabels.GeopoliticalEntity));
        StanceRelation relation = new StanceStage().Process(document, CancellationToken.None).Stances.Single(r => r.Holder == "Estland");
        Assert.Multiple(() =>
        {
            Assert.That(relation.Target, Is.EqualTo("policy of mass internment"));
            Assert.That(relation.Polarity, Is.EqualTo(StancePolarity.Against));
            Assert.That(relation.Evidence, Is.Not.Empty);
        });
    }

    [Test]
    public void Process_AuthorEvaluation_IsAuthorStance()
    {
        Document document = Annotate("Closing the rural clinics will only increase poverty and suffering.");
        StanceRelation relation = new StanceStage().Process(document, CancellationToken.None).Stances.Single();
        Assert.Multiple(() =>
        {
            Assert.That(relation.Holder, Is.EqualTo(StanceStage.Author));
            Assert.That(relation.Target, Is.EqualTo("Closing the rural clinics"));
            Assert.That(relation.Polarity, Is.EqualTo(StancePolarity.Against));
        });
    }

    [TestCase("")]
    [TestCase("   \n\t ")]
    [TestCase("\"\"\"\"\"\"\"\"\"\"\"\"((((((((;;;;;;;;")]
    [TestCase("\u0627\u0644\u0633\u0644\u0627\u0645 \U0001F600\U0001F600 \u4F60\u597D")]
    public void Process_OddText_DoesNotThrow(string text)
    {
        Document document = Annotate(text);
        Assert.That(() => new StanceStage().Process(document, CancellationToken.None), Throws.Nothing);
    }

    [TestCase("Fighters of Norvia 's ousted regime attacked Estland.")]
    [TestCase("Norvia 's")]
    [TestCase("Norvia 's , condemned Estland")]
    public void Process_PossessiveBeforeNoNoun_DoesNotThrow(string text)
    {
        Document document = Annotate(text, E("Norvia", EntityLabels.GeopoliticalEntity), E("Estland", EntityLabels.GeopoliticalEntity));
        Assert.That(() => new StanceStage().Process(document, CancellationToken.None), Throws.Nothing);
    }

    [Test]
    public void Process_DashInsideACompound_StaysInTheTarget()
    {
        Document document = Annotate("Norvia facilitated two short\u2013term ceasefire agreements with Estland.", E("Norvia", EntityLabels.GeopoliticalEntity));
        StanceRelation relation = new StanceStage().Process(document, CancellationToken.None).Stances.Single(r => r.Holder == "Norvia");
        Assert.That(relation.Target, Is.EqualTo("two short\u2013term ceasefire agreements"));
    }

    [Test]
    public void Process_AdverbOfTheVerb_EndsTheTarget()
    {
        // "twice" hangs on "voted" in the parse: it is no part of what Norvia voted against.
        Document document = new PolicyTextAnalysis.Syntax.SyntaxStage().Process(
            Annotate("Norvia voted against the funding twice.", E("Norvia", EntityLabels.GeopoliticalEntity)), CancellationToken.None);
        IReadOnlyList<StanceRelation> stances = new StanceStage().Process(document, CancellationToken.None).Stances;
        Assert.That(stances.Where(r => r.Holder == "Norvia").Select(r => r.Target).Distinct(), Is.EqualTo(new[] { "funding" }));
    }

    [Test]
    public void Process_HugeToken_DoesNotThrow()
    {
        Document document = Annotate("Norvia condemned " + new string('x', 10_000) + " today.", E("Norvia", EntityLabels.GeopoliticalEntity));
        Assert.That(new StanceStage().Process(document, CancellationToken.None).Stances, Has.Count.LessThanOrEqualTo(1));
    }

    [Test]
    public void Lexicon_CuesSharingAForm_KeepTheFilesOrderWithinOneLength()
    {
        // Three cues share "funding": the two-word one first, then the verb before the action, as listed (an unstable
        // sort once put the action first, and the token rules, which skip actions, lost the verb).
        RelationLexicon lexicon = RelationLexicon.Parse(new StringReader("favor verb fund\nfavor action fund\nfavor nominal funding of\n"));

        Assert.That(lexicon.CuesStartingWith("funding").Select(c => c.Kind), Is.EqualTo(new[] { CueKind.Nominal, CueKind.Verb, CueKind.Action }));
    }

    [Test]
    public void Pipeline_WithoutEntities_NamesTheMissingLayer()
    {
        Assert.That(
            () => new AnalysisPipeline([new PolicyTextAnalysis.Text.TextStage(), new StanceStage()]),
            Throws.ArgumentException.With.Message.Contains("Entities"));
    }
}
