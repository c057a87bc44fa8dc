using PolicyTextAnalysis.Attribution;

namespace PolicyTextAnalysis.Tests.Attribution;

/// <summary>Quotations credited the way press round-ups, pull quotes and speeches credit them: label lines, dashes and a
/// sentence next to the quotation that names whose words they are.</summary>
public class RoundUpCreditTests
{
    private static IReadOnlyList<Quote> Quotes(string text) => AttributionTestPipeline.Quotes(text);

    [Test]
    public void Predict_ColonBeforeLabelLines_EachLabelNamesItsParagraphsSpeaker()
    {
        // "Here's what they're saying:" introduces the list; the first labelled paragraph is its label's, not "they"'s.
        IReadOnlyList<Quote> quotes = Quotes("The council passed the budget on Monday. Here is what they are saying:\n\n"
            + "Senator Jane Doe: \"This is a historic day for American workers.\"\n\n"
            + "Calder Chamber of Commerce: \"Factory orders will jump in the spring.\"");

        Assert.That(quotes.Select(q => (q.Speaker, q.Rule)), Is.EqualTo(new[]
        {
            ((string?)"Jane Doe", RuleIds.LabelLine),
            ("Calder Chamber of Commerce", RuleIds.LabelLine),
        }));
    }

    [TestCase("Reactions:\n\n• Senator Jane Doe: \"This is a historic day for American workers.\"", "Jane Doe")]
    // A label in capitals before one quotation: a station's call sign, an acronym (a transcript's turn is no quotation).
    [TestCase("What local outlets are saying:\n\n- KCAL-TV: \"Thousands of federal workers will go unpaid.\"", "KCAL-TV")]
    [TestCase("Reactions:\n\n- CALDERPAC: \"We welcome the decision of the council.\"", "CALDERPAC")]
    [TestCase("Reactions:\n\n- Rep. Lena Weiss (R-Texas): \"This law finally puts families first.\"", "Lena Weiss")]
    [TestCase("Reactions:\n\nRep. Lena Weiss (D-Calif.):\n\n\"This law finally puts families first.\"\n\nThe vote is on Monday.", "Lena Weiss")]
    [TestCase("Reactions:\n\nCalder Chamber of Commerce:\n\"Small businesses will thrive under this law.\"", "Calder Chamber of Commerce")]
    [TestCase("Reactions:\n\nTreasury Secretary Lena Weiss on the new tariffs: \"The numbers speak for themselves.\"", "Lena Weiss")]
    // A lower-case role between an affiliation and the name (it stopped the name scanner, so the quotation took the last
    // speaker read); after commas only a person the recognisers know; name particles are name words.
    [TestCase("Reactions:\n\nCalder Herald columnist Mara Quill: “Simply brilliant.”", "Mara Quill")]
    [TestCase("Reactions:\n\nRiverton Snacks founder Tomas Oberle: “The more I see of this plan, the more I like it.”", "Tomas Oberle")]
    [TestCase("Reactions:\n\nDoe Vogel, PLLC, partner Lena Weiss: “The Senate should confirm him this week.”", "Lena Weiss")]
    [TestCase("Reactions:\n\nFrank van Dyke, CEO, Calder Steel: “We will hire in the spring.”", "Frank van Dyke")]
    [TestCase("Reactions:\n\nRiverton News chief legal affairs correspondent Ann Cole: “A big win for the state.”", "Ann Cole")]
    // A date or abbreviation closing the label is a note on the one named (the label was not read, and the quotation took
    // the last speaker read).
    [TestCase("Reactions:\n\nGen. Tom Bale (ret.): “The strike went off perfectly.”", "Tom Bale")]
    [TestCase("Reactions:\n\nSen. Lena Weiss (9/27/13): “There is a time and a place to fight.”", "Lena Weiss")]
    public void Predict_LabelWithBulletPartyOrOwnLine_NamesTheQuotationsSpeaker(string text, string speaker)
    {
        Quote q = Quotes(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(q.Speaker, Is.EqualTo(speaker));
            Assert.That(q.Rule, Is.EqualTo(RuleIds.LabelLine));
            Assert.That(q.Kind, Is.EqualTo(QuoteKind.Direct));
        });
    }

    [Test]
    public void Predict_DatedLabelsRunIntoOneParagraph_DoNotSpanTheOthers()
    {
        // A dated label takes one quotation; a list run into one paragraph holds the next labels and quotations too.
        IReadOnlyList<Quote> quotes = Quotes("Reactions:\n\n-   Calder Herald (9/29/25): “Democrats see an advantage.” "
            + "-   Riverton Post (9/29/25): “Leaders are under pressure.”");

        Assert.That(quotes.Where(q => q.Text.Contains("Riverton Post", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Predict_SeveralLabelsWithPartyNotes_AreReactionsNotATranscript()
    {
        // Two members labelled in a parliamentary record's form would make a floor exchange; words set in quotation marks
        // make the labels a round-up's credits instead, each quotation its member's.
        IReadOnlyList<Quote> quotes = Quotes("Lawmakers reacted on Monday.\n\n"
            + "Sen. Ann Lee (R-TX): “The tariffs will finally protect our farmers.”\n\n"
            + "Rep. Tom Bale (D-NY): “This is a good day for workers in my district.”\n\n"
            + "Rep. Mia Stone (R-OH): “We welcome the decision.” [Tweet, 3/1/25]");

        Assert.That(quotes.Select(q => (q.Speaker, q.Rule)), Is.EqualTo(new[]
        {
            ((string?)"Ann Lee", RuleIds.LabelLine),
            ("Tom Bale", RuleIds.LabelLine),
            ("Mia Stone", RuleIds.LabelLine),
        }));
    }

    [Test]
    public void Predict_PersonBeforeTheCommasOfALongLabel_Speaks()
    {
        // The affiliation after the commas may be long, hold an acronym in parentheses or be misread as a person; the name
        // before the first comma is the speaker.
        IReadOnlyList<Quote> quotes = Quotes("Leaders welcomed the order:\n\n"
            + "Lena Weiss, President, Calder Athletic Association (CAA): “The order brings stability to college sports.”\n\n"
            + "Tom Baker, Vice President and Mary Jones Director of Athletics and Recreation, University of Calder: “We are grateful for the leadership.”\n\n"
            + "Riverton Coaches Association (RCA): “The coaches thank the President.”");

        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Lena Weiss", "Tom Baker", "Riverton Coaches Association" }));
    }

    // An affiliation in lower case, short or long, still follows the person who speaks; words with a verb before the colon
    // are a sentence, read by its cue.
    [TestCase("Jane Doe, a former ambassador to Peru: “The deal is a triumph of patience.” [Tweet, 10/19/23]", "Jane Doe", "label-line")]
    [TestCase("Tom Baker, Senior director of the Calder Council’s Europe Center and a former ambassador to Peru: “The deal is a triumph of patience.”", "Tom Baker", "label-line")]
    [TestCase("Tom Baker, the mayor, said it best at the fair: “The deal is a triumph of patience.”", "Tom Baker", "clausal-complement")]
    [TestCase("Tom Baker, President of the Lawyers’ Committee on Calder Law: “The deal is a triumph of patience.”", "Tom Baker", "label-line")]
    // The place a member represents, in parentheses, is a note on the name as a party note is.
    [TestCase("Senator Lena Weiss (Ohio): “The deal is a triumph of patience.”", "Lena Weiss", "label-line")]
    public void Predict_PersonBeforeALowerCaseAffiliation_Speaks(string label, string speaker, string rule)
    {
        Quote q = Quotes("Leaders welcomed the deal.\n\n" + label).Single();

        Assert.Multiple(() =>
        {
            Assert.That(q.Speaker, Is.EqualTo(speaker));
            Assert.That(q.Rule, Is.EqualTo(rule));
        });
    }

    [Test]
    public void Predict_QuotationAfterALabelNoRuleReads_DoesNotContinueTheLastSpeaker()
    {
        // The second label's note in parentheses is no party note or acronym, so it names nobody the rules can read; its
        // quotation and the unlabelled one after it are still not the first speaker's.
        IReadOnlyList<Quote> quotes = Quotes("Reactions poured in:\n\n"
            + "Senator Jane Doe: “This is a historic day for American workers.”\n\n"
            + "Calder Vote Alliance (CV Alliance): “Our members will build it.”\n\n"
            + "“And they will build it well.”");

        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Jane Doe", null, null }));
    }

    [Test]
    public void Predict_RoleNounInAnAffiliationAfterAComma_NamesNoOrganisation()
    {
        // The words after the commas describe the person before them; the organisation they name is not the speaker.
        Quote q = Quotes("Voices from abroad:\n\nMara Quill, Director, Calder organization Riverton We Stand: “Gas is a problem for the planet.”").Single();

        Assert.That(q.Speaker, Is.Not.EqualTo("Riverton We Stand"));
    }

    // A long label of an affiliation and a role before the person's name: the person speaks; not a sentence's own words
    // before its colon.
    [TestCase("Reactions poured in:\n\nFormer National Security Council Coordinator for the Middle East and North Africa Brett Calloway: “This is a historic step.”", "Brett Calloway")]
    [TestCase("Reactions poured in:\n\nEgyptian President Omar Fattah el-Tamimi: “We welcome the agreement.”", "Omar Fattah el-Tamimi")]
    [TestCase("Reactions poured in:\n\nThe lie was debunked last week by Secretary of Veterans Affairs Brett Calloway: “We never cut a single benefit.”", null)]
    public void Predict_LongAffiliationBeforeAPersonsName_ThePersonSpeaks(string text, string? speaker)
    {
        Assert.That(Quotes(text).Single().Speaker, Is.EqualTo(speaker));
    }

    [TestCase("Firms can build resilience in three ways:\n\n- Buffer: Having multiple sources of supply or more inventory.\n\n- Agility: The ability to pivot quickly to other products.")]
    [TestCase("The operator is defined below.\n\nChangeCoordSys Operator (Listing 1): \"x\" is set to zero and the axes are swapped.")]
    [TestCase("The survey is described below.\n\nNotes on the data: \"sample\" means the people who answered.")]
    public void Predict_TermListsAndHeadings_AreNoLabels(string text)
    {
        Assert.That(Quotes(text).Select(q => q.Rule), Has.None.EqualTo(RuleIds.LabelLine));
    }

    [Test]
    public void Predict_ColonBeforeAPlainParagraph_StillIntroducesIt()
    {
        Quote q = Quotes("Lena Weiss wrote on Monday:\n\n\"The plan has failed and the council must start again.\"").Single();

        Assert.That((q.Speaker, q.Rule), Is.EqualTo(((string?)"Lena Weiss", RuleIds.ColonBlock)));
    }

    [TestCase("\"The tariffs are working and the plants are hiring.\" — Finance Minister Lena Weiss", "Lena Weiss")]
    [TestCase("\"We have never seen investment like this.\" – Lena Weiss, chief executive of Calder Steel", "Lena Weiss")]
    [TestCase("\"This is a historic day for American workers.\"\n— Senator Jane Doe\n\nThe vote is on Monday.", "Jane Doe")]
    [TestCase("Here is what they are saying:\n\n\"This is a historic day for American workers.\" — Senator Jane Doe", "Jane Doe")]
    public void Predict_QuotationCreditedByADash_GoesToTheCreditedSource(string text, string speaker)
    {
        Quote q = Quotes(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(q.Speaker, Is.EqualTo(speaker));
            Assert.That(q.Rule, Is.EqualTo(RuleIds.DashSource));
            Assert.That(q.Kind, Is.EqualTo(QuoteKind.Direct));
            Assert.That(q.Cue, Is.Null, "the dash is no cue word");
        });
    }

    [TestCase("Critics called the plan \"a fig leaf\" — Lena Weiss among them, as she said on Monday in a long interview with reporters.")]
    [TestCase("The minister called it \"a new start for the region\" — which Lena Weiss doubted.")]
    public void Predict_DashThatGoesOnWithTheSentence_CreditsNobody(string text)
    {
        Assert.That(Quotes(text).Select(q => q.Rule), Has.None.EqualTo(RuleIds.DashSource));
    }

    // A sentence next to a quotation standing alone names whose words they are, with no content of its own.
    [TestCase("The hall was full.\n\n\"Ask not what your country can do for you.\" Those were the words of Lena Weiss.", "Lena Weiss")]
    [TestCase("The hall was full.\n\n\"We will never surrender.\" That is what Omar Haidari told the assembly.", "Omar Haidari")]
    [TestCase("The hall was full.\n\nListen to what Senator Lena Weiss said last week. \"This bill is a disgrace and it will fail.\"", "Lena Weiss")]
    public void Predict_SentenceNamingTheQuotation_GivesItsSpeaker(string text, string speaker)
    {
        Quote q = Quotes(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(q.Speaker, Is.EqualTo(speaker));
            Assert.That(q.Rule, Is.EqualTo(RuleIds.NamedNext).Or.EqualTo(RuleIds.CueNearQuote));
        });
    }

    // Without the demonstrative, or with content of its own, the next sentence names nobody's words.
    [TestCase("The hall was full.\n\n\"We shall overcome.\" Lena Weiss told the crowd that the march would go on.")]
    [TestCase("The hall was full.\n\n\"We shall overcome.\" Those words still matter to Lena Weiss.")]
    public void Predict_SentenceNotNamingTheQuotation_LeavesItUnnamed(string text)
    {
        Quote q = Quotes(text).First(q => q.Text.StartsWith("We shall overcome", StringComparison.Ordinal));

        Assert.That(q.Rule, Is.Not.EqualTo(RuleIds.NamedNext));
    }

    // A quotation's own words inside the sentence before the next quotation name nobody: "what ... do about it" is no
    // "what X said" of the sentence.
    [Test]
    public void Predict_WhatInsideAQuotation_DoesNotNameTheNextQuotation()
    {
        IReadOnlyList<Quote> quotes = Quotes("Tom Baker sat down. \"And what had I better do about it, sir?\" asked Tom Baker, after a pause. "
            + "\"Oh, nothing, nothing at all; you should go home.\"");

        Assert.That(quotes.Select(q => q.Rule), Has.None.EqualTo(RuleIds.NamedNext));
    }

    // Nobody spoke lately: a quotation opening its sentence right after a sentence about a person is that person's.
    [TestCase("The clinic is short of staff. Lena Weiss has worked nights for a decade.\n\n\"I am exhausted all the time.\"", "Lena Weiss")]
    [TestCase("The clinic is short of staff. Lena Weiss has worked nights for a decade. She rarely sees her children.\n\n\"I am exhausted all the time.\"", "Lena Weiss")]
    public void Predict_QuotationAfterASentenceAboutAPerson_IsThatPersons(string text, string speaker)
    {
        Quote q = Quotes(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(q.Speaker, Is.EqualTo(speaker));
            Assert.That(q.Rule, Is.EqualTo(RuleIds.PrecedingSubject));
        });
    }

    // Someone spoke two sentences back, but the sentence right before is about another person: the quotation is that
    // person's. A report in the sentence right before still carries its speaker on.
    [TestCase("Lena Weiss said the plan had failed. The hall fell silent. Tom Baker rose from his seat.\n\n\"It worked, and the numbers prove it.\"", "Tom Baker", "preceding-subject")]
    [TestCase("The hall fell silent. Tom Baker rose from his seat. Lena Weiss said the plan had failed.\n\n\"It never worked, and the numbers prove it.\"", "Lena Weiss", "continued")]
    public void Predict_QuotationAfterASpeakerAndAnotherPerson_TakesTheNearer(string text, string speaker, string rule)
    {
        Quote q = Quotes(text).Single(q => q.Kind == QuoteKind.Direct);

        Assert.Multiple(() =>
        {
            Assert.That(q.Speaker, Is.EqualTo(speaker));
            Assert.That(q.Rule, Is.EqualTo(rule));
        });
    }

    // A quotation completing the author's own clause, with no cue, is words the text credits to nobody: the last speaker
    // does not carry into it. One set off from the words before it by a comma or a colon still does.
    [TestCase("Calder Steel pledged to expand its plant in Ohio.\n\nMeanwhile, the carmakers Orvo and Tessal “are considering moving their factories from Mexico to the United States.”", null)]
    [TestCase("Lena Weiss said the plan had failed. The minister directed all agencies to “deliver price relief to families as fast as the law allows.”", null)]
    [TestCase("Lena Weiss said the plan had failed. And then, “Our plan will fast-track the cases and return the claims that fail.”", "Lena Weiss")]
    [TestCase("Lena Weiss said the plan had failed. Afterwards: “Our plan will fast-track the cases and return the claims that fail.”", "Lena Weiss")]
    public void Predict_QuotationInsideTheAuthorsClause_ContinuesNobody(string text, string? speaker)
    {
        Quote q = Quotes(text).Last();

        Assert.Multiple(() =>
        {
            Assert.That(q.Speaker, Is.EqualTo(speaker));
            Assert.That(q.Rule, Is.EqualTo(RuleIds.Continued));
        });
    }

    // A fact sheet's headings are capitalised common words, not speakers' labels.
    [TestCase("Fast facts on the first year\n\nUnemployment Rate: The unemployment rate dropped from 6.2% to 3.9%.")]
    [TestCase("Fast facts on the first year\n\nFact Sheet: The Governor Signs the Water Law")]
    [TestCase("Fast facts on the first year\n\nJudges Confirmed: More judges were confirmed to federal courts than ever before.")]
    // A heading opening with a verb names an item of the fact sheet even when a name ends it.
    [TestCase("Today's announcements include:\n\nBoosting Funding for the Calder National Laboratory: The Department of Energy announced $1.5 billion for new facilities.")]
    [TestCase("The leaders will meet in Calder.\n\nProtect Our Rivers and Foster Green Growth: The leaders will commit to cleaner rivers by 2030.")]
    public void Predict_HeadingWithAColon_IsNoLabel(string text)
    {
        Assert.That(Quotes(text).Where(q => q.Rule == RuleIds.LabelLine), Is.Empty);
    }

    // A round-up of television interviews: a line naming each guest and the show, then the guest's answers by topic.
    [Test]
    public void Predict_GuestLineBeforeAnswersByTopic_GivesEachAnswerToTheGuest()
    {
        IReadOnlyList<Quote> quotes = Quotes("Here is what you missed:\n\n"
            + "Secretary of the Treasury Lena Weiss on Calder Morning Live\n\n"
            + "- On restoring the budget office: “The office will follow the law, and it will be fully staffed by May.”\n\n"
            + "- On interest rates: “Rates are down five weeks in a row, and mortgage rates are down.”\n\n"
            + "Governor Tom Reyes on Meet the Calder Press\n\n"
            + "- On the water board: “It is time to go back to the basics and deliver clean water to every home.”");

        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Lena Weiss", "Lena Weiss", "Tom Reyes" }));
    }

    // Nor is the clause after such a heading's colon a parenthetical cue reporting the heading.
    [Test]
    public void Predict_ClauseAfterAVerbHeadingsColon_ReportsNothing()
    {
        Assert.That(Quotes("The leaders will meet in Calder.\n\nProtect Our Rivers and Foster Green Growth: The leaders will commit to "
            + "leading by example in the fight against pollution, including by cutting emissions by 2030."), Is.Empty);
    }

    // The paragraphs of a statement quoted one by one carry on the speaker the first was given, whichever rule gave it.
    [Test]
    public void Predict_QuotationParagraphsAfterOneCreditedToThePrecedingSubject_KeepItsSpeaker()
    {
        IReadOnlyList<Quote> quotes = Quotes("Senator Lena Weiss released the following statement:\n\n\"We will not stand for this. The bill is wrong.\"\n\n"
            + "\"It must be stopped before it does more harm.\"");

        Assert.Multiple(() =>
        {
            Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Lena Weiss", "Lena Weiss" }));
            Assert.That(quotes[1].Rule, Is.EqualTo(RuleIds.Continued));
        });
    }

    [Test]
    public void Predict_QuotationAfterASentenceAboutAThing_HasNoSpeaker()
    {
        Quote q = Quotes("Lena Weiss visited the clinic in May. The clinic is short of staff and its roof leaks.\n\n\"Nobody listens to us.\"").Single();

        Assert.That(q.Speaker, Is.Null);
    }

    // A quotation a colon introduces after a clause about a named person is that person's, not the last speaker's.
    [Test]
    public void Predict_QuotationAfterAColonClauseAboutAPerson_IsThatPersons()
    {
        IReadOnlyList<Quote> quotes = Quotes("“We will act,” said Governor Tom Baker on Monday.\n\n"
            + "Senator Lena Weiss outlined her plan for the farm bill: “We will cut fees for every farmer.”");

        Assert.That(quotes[^1].Speaker, Is.EqualTo("Lena Weiss"));
    }

    // A label opening with a preposition names a topic (On Medicare:), not a speaker; "from" names the source after it.
    [TestCase("President Lee sat down with reporters on Friday.\n\nHere are the highlights:\n\n- On Medicare: \"Medicare is terrible. We will fix it.\"", null)]
    [TestCase("Reactions:\n\n- From the Calder Herald: \"The plan is the boldest in a generation.\"", "Calder Herald")]
    // So does one after a linking adverb or conjunction.
    [TestCase("The talks went on.\n\nAnd on Calder: “We will not stand for this.”", null)]
    [TestCase("The talks went on.\n\nAlso, on Calder: “We will not stand for this.”", null)]
    public void Predict_LabelOpeningWithAPreposition_NamesATopicOrTheSource(string text, string? speaker)
    {
        Assert.That(Quotes(text)[^1].Speaker, Is.EqualTo(speaker));
    }
}
