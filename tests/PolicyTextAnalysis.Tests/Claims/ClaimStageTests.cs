using PolicyTextAnalysis.Claims;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Claims;

public class ClaimStageTests
{
    [TestCase("Exports fell by 18 percent last year.", ClaimType.Statistical)]
    [TestCase("The closure of the port led to shortages of fuel.", ClaimType.Causal)]
    [TestCase("The ceasefire will collapse within weeks.", ClaimType.Predictive)]
    [TestCase("The council should renew the mission's mandate.", ClaimType.Prescriptive)]
    [TestCase("The blockade was a grave mistake.", ClaimType.Evaluative)]
    [TestCase("The minister resigned on Tuesday.", ClaimType.Factual)]
    public void Process_SentenceOfOneType_GivesThatType(string text, ClaimType expected)
    {
        Document document = ClaimTestPipeline.Run(text);

        Assert.That(document.Claims, Has.Count.EqualTo(1));
        Assert.That(document.Claims[0].Types, Is.EqualTo(new[] { expected }));
    }

    [TestCase("Trade Ministers Meet in Geneva")]
    [TestCase("By Jane Doe and John Roe")]
    [TestCase("Will the truce hold?")]
    [TestCase("Good morning and welcome to the briefing.")]
    [TestCase("So, thank you all for joining the call.")]
    [TestCase("Well, good afternoon, everyone.")]
    [TestCase("With that, I'll open it up for questions.")]
    [TestCase("Next up, we'll go to Jane Doe of the Daily Post.")]
    [TestCase("Yes, please go ahead.")]
    [TestCase("So, God bless you all.")]
    [TestCase("May God protect our troops.")]
    [TestCase("Let’s go to Nancy Cordes at CBS.")]
    [TestCase("I'd like to thank the officers for their exemplary work.")]
    [TestCase("And I thank my colleague, a real leader on this issue, for yielding me time.")]
    [TestCase("I also want to thank the mayor and the council for their support.")]
    [TestCase("In conclusion, I would like to thank my colleagues on the committee for their work.")]
    [TestCase("You should be able to unmute yourself.")]
    [TestCase("The embargo on this call is now lifted.")]
    [TestCase("As a reminder, this call will be on background and embargoed until 3 p.m.")]
    [TestCase("Other than that, I'll turn it over to our speaker.")]
    [TestCase("Subscribe to our newsletter for weekly updates.")]
    [TestCase("She added the following.")]
    [TestCase("Jane Doe is a senior fellow at the Centre for Policy Studies.")]
    // Parliamentary procedure: yielding, reserving time, opening and commending a statement.
    [TestCase("I yield the floor.")]
    [TestCase("I yield back the balance of my time.")]
    [TestCase("Madam Speaker, I reserve the balance of my time.")]
    [TestCase("With permission, Mr Speaker, I should like to make a statement about the flooding in the north.")]
    [TestCase("I commend this statement to the House.")]
    public void Process_LineThatAssertsNothing_IsNotAClaim(string text)
    {
        Assert.That(ClaimTestPipeline.Run(text).Claims, Is.Empty);
    }

    [TestCase("So, the deficit has doubled since 2019.")]
    [TestCase("With that in mind, the council should cut the fees.")]
    [TestCase("The council lifted the arms embargo on the region last year.")]
    [TestCase("The embargo on the island has failed to change the regime.")]
    // A clause of procedure is left out, the sentence's other clause stays.
    [TestCase("Our visa sanctions are private, and I would refer you to the State Department for the details.")]
    public void Process_StatementAfterAnOpeningPhrase_IsStillAClaim(string text)
    {
        Assert.That(ClaimTestPipeline.Run(text).Claims, Has.Count.EqualTo(1));
    }

    [TestCase("Unemployment has fallen to 5 percent, but the jobs created are poorly paid.", 2)]
    [TestCase("The closures pushed families into debt; the state should now compensate them.", 2)]
    [TestCase("The minister resigned last week, and her successor will face the same crisis.", 2)]
    [TestCase("The army seized the town and arrested the mayor.", 1)]
    [TestCase("Prices rose sharply, but did not reach the peak of 2022.", 1)]
    public void Process_CompoundSentence_SplitsOnlyIndependentClauses(string text, int expected)
    {
        Document document = ClaimTestPipeline.Run(text);

        Assert.That(document.Claims, Has.Count.EqualTo(expected));
        Assert.That(document.Claims.Select(c => c.Text), Has.All.Matches<string>(t => text.Contains(t, StringComparison.Ordinal)));
    }

    // A note's marker is no part of the claim it opens.
    [Test]
    public void Process_FootnoteMarker_IsLeftOutOfTheClaim()
    {
        Document document = ClaimTestPipeline.Run("Prices rose in May.\n\n[2] This estimate reflects projects announced before June.");
        Assert.That(document.Claims.Select(c => c.Text), Is.EqualTo(new[] { "Prices rose in May.", "This estimate reflects projects announced before June." }));
    }

    [Test]
    public void Process_SplitClaims_EachGetTheirOwnTypes()
    {
        Document document = ClaimTestPipeline.Run("Unemployment has fallen to 5 percent, but the jobs created are poorly paid.");

        Assert.Multiple(() =>
        {
            Assert.That(document.Claims[0].Types, Is.EqualTo(new[] { ClaimType.Statistical }));
            Assert.That(document.Claims[1].Types, Is.EqualTo(new[] { ClaimType.Evaluative }));
        });
    }

    [TestCase("The reform will raise revenue.", ClaimCertainty.Predicted)]
    [TestCase("The reform may raise revenue.", ClaimCertainty.Hedged)]
    [TestCase("The reform reportedly raised revenue.", ClaimCertainty.Hedged)]
    [TestCase("The reform raised revenue.", ClaimCertainty.Asserted)]
    public void Process_ModalAndHedges_SetCertainty(string text, ClaimCertainty expected)
    {
        Assert.That(ClaimTestPipeline.Run(text).Claims[0].Certainty, Is.EqualTo(expected));
    }

    [TestCase("The rebels took the city in October 2001.", "October 2001")]
    [TestCase("Inflation will fall next year.", "next year")]
    [TestCase("Of the 24 attacks in 2023, 15 were claimed by the group.", "2023")]
    [TestCase("The rebels took the city.", null)]
    public void Process_StatedTime_IsReported(string text, string? expected)
    {
        Assert.That(ClaimTestPipeline.Run(text).Claims[0].Time, Is.EqualTo(expected));
    }

    [Test]
    public void Process_DateEntityInTheClaim_IsItsTime()
    {
        Document document = ClaimTestPipeline.Run("Talks resumed in the spring of last year.", new FixedRecognizer(("the spring of last year", EntityLabels.Date)));

        Assert.That(document.Claims[0].Time, Is.EqualTo("the spring of last year"));
    }

    [TestCase("The two governments signed the accord in 1998.")]
    [TestCase("The talks lasted three days.")]
    [TestCase("It was the first visit in a decade.")]
    public void Process_YearsDurationsAndDefiniteNumbers_AreNotStatistics(string text)
    {
        Assert.That(ClaimTestPipeline.Run(text).Claims[0].Types, Does.Not.Contain(ClaimType.Statistical));
    }

    [Test]
    public void Process_NumericEntityMentions_BecomeQuantities()
    {
        var recognizer = new FixedRecognizer(("60%", EntityLabels.Percent), ("1.7 million", EntityLabels.Cardinal), ("$3 billion", EntityLabels.Money));

        Document document = ClaimTestPipeline.Run("Support rose by 60% while 1.7 million people left, costing $3 billion.", recognizer);

        IReadOnlyList<Quantity> quantities = document.Claims[0].Quantities;
        Assert.That(quantities, Has.Count.EqualTo(3));
        Assert.Multiple(() =>
        {
            Assert.That(quantities[0].Value, Is.EqualTo(0.6).Within(1e-9));
            Assert.That(quantities[0].Unit, Is.EqualTo("percent"));
            Assert.That(quantities[1].Value, Is.EqualTo(1_700_000).Within(1e-6));
            Assert.That(quantities[2].Value, Is.EqualTo(3e9).Within(1));
            Assert.That(quantities[2].Unit, Is.EqualTo("USD"));
        });
    }

    [Test]
    public void Process_NoQuoteLayer_SpeakerIsTheAuthor()
    {
        Assert.That(ClaimTestPipeline.Run("The policy failed.").Claims[0].Speaker, Is.EqualTo(ClaimStage.Author));
    }

    [Test]
    public void Process_QuoteCoveringTheClaim_GivesTheQuoteSpeaker()
    {
        const string text = "The minister said that \"exports have doubled since 2020.\" Critics disagree with him.";
        Document withText = new AnalysisPipeline([new TextStage(), new EntityStage([])]).Run(Document.FromText(text));
        int start = text.IndexOf("exports", StringComparison.Ordinal);
        var quote = new Quote { Text = "exports have doubled since 2020.", Start = start, End = start + 32, Kind = QuoteKind.Indirect, Speaker = "Jane Doe" };

        Document document = new ClaimStage().Process(withText.WithQuotes([quote]), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(document.Claims[0].Speaker, Is.EqualTo("Jane Doe"));
            Assert.That(document.Claims[1].Speaker, Is.EqualTo(ClaimStage.Author));
        });
    }

    [TestCase("Finance Minister Jane Doe said on Monday that the new tariffs would cost farmers at least two billion dollars a year in lost exports.", "said", "the new tariffs", "Jane Doe")]
    [TestCase("The opposition leader accused the government of hiding the true cost of the dam from parliament for years.", "accused", "the government", "John Roe")]
    [TestCase("The recent report by the central bank that \"inflation has peaked\" shows how little the bank understands about rents.", "report", "inflation has peaked", "author")]
    public void Process_ReportedSpeechFrame_GivesTheClaimToItsSpeaker(string text, string cue, string content, string expected)
    {
        Document withText = new AnalysisPipeline([new TextStage(), new EntityStage([])]).Run(Document.FromText(text));
        int start = text.IndexOf(content, StringComparison.Ordinal);
        int end = content.Contains("inflation", StringComparison.Ordinal) ? start + content.Length : text.Length - 1;
        var quote = new Quote
        {
            Text = text[start..end], Start = start, End = end, Kind = QuoteKind.Indirect, Cue = cue,
            Speaker = expected == "author" ? "Central Bank" : expected,
        };

        Document document = new ClaimStage().Process(withText.WithQuotes([quote]), CancellationToken.None);

        Assert.That(document.Claims[0].Speaker, Is.EqualTo(expected == "author" ? ClaimStage.Author : expected));
    }

    [Test]
    public void Analyze_AShortQuotationBeforeALongSpeakerPhrase_IsTheSpeakersClaim()
    {
        // The quotation covers less than half of the sentence; its speech verb after it makes the sentence a report.
        const string text = "Senator Lena Weiss of the Calder Valley spoke on Monday. \"We cannot afford these giveaways,\" said Senator Lena Weiss of the Calder Valley.";
        ClaimMention claim = PolicyAnalyzer.CreateDefault().Analyze(text).Claims.Single(c => c.Start > 10);

        Assert.That(claim.Speaker, Is.EqualTo("Lena Weiss"));
    }

    // A report that only sets the scene of the sentence (a clause of time, condition or cause; a participle on a noun)
    // leaves the sentence the author's; a report that is the sentence's own gives it to the speaker.
    [TestCase("When Lena Weiss said that the plan had failed, the council voted to end the program at once.", "author")]
    [TestCase("The museum showed a picture of Lena Weiss saying that the plan had failed at the worst possible time.", "author")]
    [TestCase("Lena Weiss said on Monday that the plan had failed at the worst possible time for the region.", "Lena Weiss")]
    // A noun phrase estimated or announced is no proposition: the sentence claims that it was, in the author's voice.
    [TestCase("Analysts at the Calder Bank estimated losses of 0.4 percent of GDP for the region this year.", "author")]
    public void Analyze_ReportSettingTheScene_LeavesTheSentenceToTheAuthor(string text, string expected)
    {
        ClaimMention claim = PolicyAnalyzer.CreateDefault().Analyze(text).Claims.First(c => c.Start == 0);

        Assert.That(claim.Speaker, Is.EqualTo(expected == "author" ? ClaimStage.Author : expected));
    }

    [Test]
    public void Process_BidOfASpeaker_StaysTheAuthorsClaim()
    {
        const string text = "The President urged all governors to pardon the offenders in their states.";
        Document withText = new AnalysisPipeline([new TextStage(), new EntityStage([])]).Run(Document.FromText(text));
        int start = text.IndexOf("all governors", StringComparison.Ordinal);
        var quote = new Quote
        {
            Text = text[start..^1], Start = start, End = text.Length - 1, Kind = QuoteKind.Indirect, Cue = "urged",
            Speaker = "Joe Biden", Rule = "object-infinitive",
        };

        Document document = new ClaimStage().Process(withText.WithQuotes([quote]), CancellationToken.None);

        Assert.That(document.Claims[0].Speaker, Is.EqualTo(ClaimStage.Author));
    }

    [Test]
    public void Process_ScareQuote_DoesNotChangeTheSpeaker()
    {
        const string text = "The \"reform\" was a disaster.";
        Document withText = new AnalysisPipeline([new TextStage(), new EntityStage([])]).Run(Document.FromText(text));
        var quote = new Quote { Text = "reform", Start = 5, End = 11, Kind = QuoteKind.Scare };

        Document document = new ClaimStage().Process(withText.WithQuotes([quote]), CancellationToken.None);

        Assert.That(document.Claims[0].Speaker, Is.EqualTo(ClaimStage.Author));
    }

    [Test]
    public void Process_WithoutEntities_ThrowsNamingTheFix()
    {
        Document withText = new TextStage().Process(Document.FromText("A claim."), CancellationToken.None);

        Assert.That(() => new ClaimStage().Process(withText, CancellationToken.None),
            Throws.InvalidOperationException.With.Message.Contains("entity stage"));
    }

    [Test]
    public void Process_CheckworthinessIsAProbability()
    {
        Document document = ClaimTestPipeline.Run("Exports fell by 18 percent last year. The policy is a disaster.");

        Assert.That(document.Claims.Select(c => c.Checkworthiness), Has.All.InRange(0.0, 1.0));
    }
}
