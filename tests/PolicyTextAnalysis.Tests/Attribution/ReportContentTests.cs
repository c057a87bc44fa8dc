using PolicyTextAnalysis.Attribution;

namespace PolicyTextAnalysis.Tests.Attribution;

/// <summary>What a cue's report covers: one quote per report, the words of the clause reported, and its closing marks.</summary>
public class ReportContentTests
{
    private static IReadOnlyList<Quote> Quotes(string text) => AttributionTestPipeline.Quotes(text);

    [TestCase("As she explained the plan, critics shouted from the gallery.")]
    [TestCase("As you know, the talks will resume next week.")]
    [TestCase("As prices rose, the bank raised its rates again.")]
    public void AsOpening_WithAnObjectOrTheAddresseeOrNoCue_ReportsNothing(string text)
    {
        Assert.That(Quotes(text), Is.Empty);
    }

    // What a verb's object is made, asked or expected to say is not yet said (object control); a subject raised by a
    // passive verb still speaks.
    [TestCase("The rule would force banks to report suspicious transfers to the police.", null)]
    [TestCase("The coach motivated his players to believe they could win anything.", null)]
    [TestCase("The minister is expected to announce that the plant will close.", "minister")]
    public void Predict_InfinitiveCueOfAVerbsObject_ReportsNothing(string text, string? speaker)
    {
        IReadOnlyList<Quote> quotes = Quotes(text);

        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(speaker is null ? Array.Empty<string>() : new[] { speaker }));
    }

    // Two quotes of one sentence, each with its own content and the same speaker: a second speech verb coordinated with the
    // cue reports its own clause; a quotation split by an inverted cue gives both parts, neither holding the speaker's phrase.
    [TestCase("Officials said Tuesday that at least 12 people had been killed, and warned that the toll could rise.",
        "at least 12 people had been killed", "the toll could rise", "Officials")]
    [TestCase("\"The plan,\" said Lena Weiss, \"is a disaster for the region.\"", "The plan", "is a disaster for the region", "Lena Weiss")]
    public void Predict_TwoQuotesOfOneSentence_EachHasItsContentAndTheSpeaker(string text, string first, string second, string speaker)
    {
        IReadOnlyList<Quote> quotes = Quotes(text);

        Assert.Multiple(() =>
        {
            Assert.That(quotes.Select(q => q.Text), Is.EqualTo(new[] { first, second }));
            Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { speaker, speaker }));
        });
    }

    // A finite verb the parse hung on a bare cue's object as a clausal modifier makes the object its subject: the object
    // and the verb are the reported clause, and the cue's subject speaks.
    [TestCase("A commerce secretary who spoke at the Heritage Foundation on Monday said the tariffs \"will hurt farmers.\"",
        "the tariffs \"will hurt farmers.\"", "commerce secretary")]
    [TestCase("A treasury official who spoke at the Brookings Institution on Friday said the tariffs \"will hurt farmers.\"",
        "the tariffs \"will hurt farmers.\"", "treasury official")]
    // A quotation opening on the verb gets the noun read as the cue's second subject, or the verb as its apposition.
    [TestCase("Senator Lena Weiss said the plan \"will cut costs for families.\"",
        "the plan \"will cut costs for families.\"", "Lena Weiss")]
    [TestCase("Senator Lena Weiss said the plan \"will cut costs for families,\" and she is right.",
        "the plan \"will cut costs for families,\"", "Lena Weiss")]
    [TestCase("In a statement, the Calder Industry Federation said the policy would \"damage investment for a decade.\"",
        "the policy would \"damage investment for a decade.\"", "Calder Industry Federation")]
    public void Predict_SubjectParsedAsTheCuesObject_ReportsTheClause(string text, string content, string speaker)
    {
        Assert.That(Quotes(text).Select(q => (q.Text, q.Speaker)), Is.EqualTo(new[] { (content, (string?)speaker) }));
    }

    // A verb with its own subject and a demonstrative object is no inverted cue, and its "that" no complementiser: the
    // participle's clause is the report.
    [TestCase("Mark Jones, however, disputed that account, insisting the funds were properly spent.",
        "the funds were properly spent", "Mark Jones", "insisting")]
    [TestCase("The senator, in turn, rejected that claim, saying it was false.", "it was false", "senator", "saying")]
    public void Predict_ObjectThenParticipleClause_ReportsOnlyTheClause(string text, string content, string speaker, string cue)
    {
        IReadOnlyList<Quote> quotes = Quotes(text);

        Assert.That(quotes.Select(q => (q.Text, q.Speaker, q.Cue)), Is.EqualTo(new[] { (content, speaker, cue) }));
    }

    // A verb of labelling or declaring with a quoted predicate after its object reports the object and the quoted words,
    // up to the closing mark; unquoted, the label is the author's summary and reports nothing. The parse may read the
    // quoted predicate as the object's apposition or adjective (the last three); a second quotation after a comma is not
    // part of the label.
    [TestCase("The senator called the plan “a fig leaf” on Tuesday.", "the plan “a fig leaf”", "senator", "called")]
    [TestCase("The opposition leader branded the budget \"a betrayal of working people.\"", "the budget \"a betrayal of working people.\"", "opposition leader", "branded")]
    [TestCase("Senator Maria Lopez called the plan \"reckless and unaffordable.\"", "the plan \"reckless and unaffordable.\"", "Maria Lopez", "called")]
    public void Predict_QuotedLabel_ReportsTheObjectAndTheQuotedWords(string text, string content, string speaker, string cue)
    {
        Assert.That(Quotes(text).Select(q => (q.Text, q.Speaker, q.Cue)), Is.EqualTo(new[] { (content, (string?)speaker, (string?)cue) }));
    }

    [Test]
    public void Predict_QuotedLabel_EndsWithItsOwnQuotation()
    {
        IReadOnlyList<Quote> quotes = Quotes("The author calls these cases \"enlace\", translated here as \"expansion\".");

        Assert.That(quotes.Select(q => (q.Text, q.Speaker, q.Cue)),
            Is.EqualTo(new[] { ("these cases \"enlace\"", (string?)"author", (string?)"calls"), ("expansion", null, null) }));
    }

    // The cue's object is its subject only right after the quotation's marks ("...," countered Lena Weiss); with a phrase
    // between the marks and the cue, the phrase after it is whom it was said to, and the phrase before it speaks, also
    // where the parse took the cue for part of the quoted clause.
    [TestCase("“There is no money left,” the Treasury secretary, Janet Miles, told reporters on Monday.")]
    [TestCase("“There is no money left,” Janet Miles told reporters on Monday.")]
    public void Predict_PhraseBetweenQuotationAndCue_Speaks(string text)
    {
        Quote quote = Quotes(text).Single();

        Assert.That(quote.Speaker, Is.EqualTo("Janet Miles"));
    }

    // A clause after the object of a verb of denying is what the object says (reports, suggestions), which the subject
    // disputes: nobody the sentence names said it.
    [TestCase("Lena Weiss denied reports that the talks had failed.")]
    [TestCase("Omar Haidari dismissed suggestions that he would resign.")]
    public void Predict_ClauseOfADeniedObject_IsNotTheDeniersReport(string text)
    {
        Assert.That(Quotes(text).Where(q => q.Speaker is not null).Select(q => (q.Text, q.Speaker)), Is.Empty);
    }

    // A noun naming an utterance is its possessor's, its "by" phrase's, or the subject's of the verb it is the object of,
    // but not of a verb denying or disputing it; the denier's own words after a colon stay the denier's.
    [TestCase("Lena Weiss made the claim that the border would stay open.", "the border would stay open", "Lena Weiss")]
    [TestCase("The government rejected the claim that the target had been abandoned.", "the target had been abandoned", null)]
    [TestCase("The ministry disputed the assertion that the roads were unsafe.", "the roads were unsafe", null)]
    [TestCase("The Calder Foundation denied these allegations: \"She was never forced to stay.\"", "She was never forced to stay", "Calder Foundation")]
    public void Predict_UtteranceNounOrColon_SpeakerIsNotTheDenier(string text, string content, string? speaker)
    {
        Assert.That(Quotes(text).Select(q => (q.Text, q.Speaker)), Is.EqualTo(new[] { (content, speaker) }));
    }

    // An infinitive modifying the object reports only after a verb of bidding or speech; after a verb of finding or
    // showing it is the noun's own (ways to evade, a failure to confront). Nor is such a verb with an object a
    // parenthetical reporting the clause before it.
    [TestCase("The Kremlin has spent considerable resources directing its services to find ways to evade the sanctions.")]
    [TestCase("The decision to close the schools showed a failure to confront uncertainties.")]
    [TestCase("Just wanted to understand your thoughts on the proposal — I mean, it does not really indicate a willingness to negotiate.")]
    public void Predict_ObjectOfAVerbOfFindingOrShowing_ReportsNothing(string text)
    {
        Assert.That(Quotes(text), Is.Empty);
    }

    [TestCase("The senator urged governors to act quickly.", "governors to act quickly", "senator")]
    [TestCase("Doctors have consistently stressed the need to deepen awareness of the risks.", "the need to deepen awareness of the risks", "Doctors")]
    [TestCase("Senator Lena Weiss criticized the decision to suspend the rules.", "the decision to suspend the rules", "Lena Weiss")]
    public void Predict_InfinitiveOfABiddenStressedOrCriticisedObject_IsTheReport(string text, string content, string speaker)
    {
        Assert.That(Quotes(text).Select(q => (q.Text, q.Speaker)), Is.EqualTo(new[] { (content, speaker) }));
    }

    [TestCase("The senator called the plan a fig leaf on Tuesday.")]
    [TestCase("Critics called it a mistake.")]
    public void Predict_UnquotedLabel_ReportsNothing(string text)
    {
        Assert.That(Quotes(text), Is.Empty);
    }

    // A speech verb after the clause it reports, parsed as that clause's complement or as a conjunct without "and".
    [TestCase("The bank will raise rates again, its chair told reporters.", "The bank will raise rates again", "told")]
    [TestCase("The Federal Reserve raised interest rates on Wednesday, its chair, Lena Weiss, told reporters.",
        "The Federal Reserve raised interest rates on Wednesday", "told")]
    public void Predict_CueAfterItsClause_ReportsTheClause(string text, string content, string cue)
    {
        Assert.That(Quotes(text).Select(q => (q.Text, q.Cue)), Is.EqualTo(new[] { (content, cue) }));
    }

    // No report: clauses in a row without a speech verb; what something demonstrates, which is the writer's argument
    // (commentary dev had three such quotes, none gold); and "let me" / "let us", the voice's own words.
    [TestCase("The plan failed, and the minister knew it.")]
    [TestCase("Prices rose, wages fell, the economy stalled.")]
    [TestCase("All these women demonstrate that it is possible to succeed in the sector.")]
    [TestCase("The protests are demonstrating that the people will not give up.")]
    [TestCase("Let me start by saying that I am committed to free trade.")]
    [TestCase("Let me start by saying, first of all, that I am committed to free trade.")]
    [TestCase("Let us say that the plan works.")]
    // A clause a wh-word opens after a comma, which the parse may take for a conjunct, is no parenthetical.
    [TestCase("Before entering private practice, he served as Deputy Counsel to the Governor, where he advised officials on a range of legal issues related to national security.")]
    [TestCase("Before joining the bank, she worked at the Treasury, where she advised ministers on tax policy.")]
    // A passive verb's object is what was given or withheld, not what was said.
    [TestCase("Native Americans were denied the sacred right to vote and faced discrimination at the ballot box.")]
    [TestCase("Many of our veterans were denied the ability to participate.")]
    public void Predict_NoOnesReport_GivesNoQuote(string text)
    {
        Assert.That(Quotes(text), Is.Empty);
    }

    // After a quotation the inverted subject may be followed by a participle of its own.
    [Test]
    public void Predict_InvertedCueAfterAQuotation_WithAParticipleAfterTheSubject_KeepsTheSpeaker()
    {
        IReadOnlyList<Quote> quotes = Quotes("\"Once more,\" said Lena Weiss, licking her lips, \"we wait.\"");

        Assert.That(quotes.Select(q => q.Speaker), Has.All.EqualTo("Lena Weiss"));
    }

    // A bare clause whose verb the tagger read as a plural noun (the parse: "works" the object, with "program" its subject).
    [TestCase("Lena Weiss insists the program works.", "the program works", "Lena Weiss")]
    [TestCase("The minister insists the program works.", "the program works", "minister")]
    public void Predict_BareClauseWithItsVerbReadAsANoun_IsTheContent(string text, string content, string speaker)
    {
        Assert.That(Quotes(text).Select(q => (q.Text, q.Speaker)), Is.EqualTo(new[] { (content, (string?)speaker) }));
    }

    // A phrase set off by commas between the cue and its that-clause (the parse often hangs the clause on that phrase).
    [TestCase("Lena Weiss has said repeatedly, in interviews and in Parliament, that the tax will not rise.", "the tax will not rise")]
    [TestCase("The minister made clear, including by signing the new order on Monday, that the border would stay open.",
        "the border would stay open")]
    public void Predict_ThatClauseAfterAnInterruption_IsTheContent(string text, string content)
    {
        Assert.That(Quotes(text).Select(q => q.Text), Is.EqualTo(new[] { content }));
    }


    [TestCase("The governor said in a statement that the roads would reopen on Friday.", "the roads would reopen on Friday", "governor")]
    [TestCase("Mr. Karzai told reporters in a written statement that the talks would continue.", "the talks would continue", "Karzai")]
    public void Predict_SaidInAStatementThat_IsOneQuote(string text, string content, string speaker)
    {
        // The parse may hang the that-clause on "statement" too, and a participle cue before the noun (a written statement
        // that ...) finds it again, bounded with the final stop where the verb's content ends before it: the same words
        // are reported once, by the verb's subject.
        IReadOnlyList<Quote> quotes = Quotes(text);

        Assert.That(quotes.Select(q => (q.Text, q.Speaker)), Is.EqualTo(new[] { (content, (string?)speaker) }));
    }

    [Test]
    [TestCase("The economy, as the minister noted, is slowing.", "The economy, as the minister noted, is slowing", "minister")]
    [TestCase("Prices, as the bank reported last week, climbed sharply.", "Prices, as the bank reported last week, climbed sharply", "bank")]
    [TestCase("But, as the minister noted, the economy is slowing.", "the economy is slowing", "minister")]
    [TestCase("The minister said that growth \"will return next year.\"", "growth \"will return next year.\"", "minister")]
    public void Predict_AsParentheticalInsideItsClause_ReportsTheClause(string text, string content, string speaker)
    {
        // After the clause's subject the whole clause is reported, the parenthetical included; after a conjunction or an
        // adverbial only the words after it. A quoted fragment keeps its closing mark wherever the parse hangs it.
        Assert.That(Quotes(text).Select(q => (q.Text, q.Speaker)), Is.EqualTo(new[] { (content, (string?)speaker) }));
    }

    // An "as" clause closing its sentence, with a source and no object: the clause before it is reported. Not an "as"
    // clause of time or of an unnamed source, and not a reduced passive (as called for by X), whose parse gives no agent.
    [TestCase("Prices rose sharply last year, as the central bank has noted.", "Prices rose sharply last year", "central bank")]
    [TestCase("The economy grew faster than in any year since 1990, as Lena Weiss said in her speech on Tuesday.",
        "The economy grew faster than in any year since 1990", "Lena Weiss")]
    [TestCase("Cities with the toughest gun laws still have the highest rates of violence, as was pointed out by the mayors.",
        "Cities with the toughest gun laws still have the highest rates of violence", "mayors")]
    public void Predict_AsClauseClosingItsSentence_ReportsTheClauseBefore(string text, string content, string speaker)
    {
        Assert.That(Quotes(text).Select(q => (q.Text, q.Speaker)), Is.EqualTo(new[] { (content, (string?)speaker) }));
    }

    // A speech verb after a comma reports the clause before it when its object is only the addressee; an object that is
    // no addressee is what it says or does (the economy added jobs), and the words before are no report.
    [TestCase("Consistent with this trend, the economy has added 670,000 jobs in construction since January.", null, null)]
    [TestCase("The bank will raise rates again, she told the committee on Tuesday.", "The bank will raise rates again", null)]
    [TestCase("The bank will raise rates again, its chair told reporters.", "The bank will raise rates again", "its chair")]
    public void Predict_SpeechVerbAfterAComma_ReportsTheClauseOnlyWithAnAddressee(string text, string? content, string? speaker)
    {
        Assert.That(Quotes(text).Select(q => (q.Text, q.Speaker)),
            Is.EqualTo(content is null ? Array.Empty<(string, string?)>() : new[] { (content, speaker) }));
    }

    [TestCase("The economy grew, as expected.")]
    [TestCase("He left the hall, as the crowd cheered.")]
    [TestCase("Prices rose, as you know.")]
    public void Predict_AsClauseClosingItsSentenceWithoutASource_ReportsNothing(string text)
    {
        Assert.That(Quotes(text), Is.Empty);
    }

    [Test]
    [TestCase("The President has made clear that the Administration is committed to safety.", "the Administration is committed to safety", "President")]
    [TestCase("The governor made it clear that the roads will reopen on Friday.", "the roads will reopen on Friday", "governor")]
    [TestCase("She made it clear that the deal was dead.", "the deal was dead", null)]
    public void Predict_LightVerbWithCueAdjective_IsOneQuote(string text, string content, string? speaker)
    {
        // "made clear that": the light verb reports the clause; the adjective does not report it a second time.
        Assert.That(Quotes(text).Select(q => (q.Text, q.Speaker)), Is.EqualTo(new[] { (content, speaker) }));
    }

    [Test]
    public void Predict_NounWithSourceEndingItsSentenceInAColon_ReportsTheNextParagraph()
    {
        // "a quote from X:" closing its sentence introduces the paragraph after it, as "X wrote:" does.
        Quote q = Quotes("Reading from line E, a quote from Lord Diplock:\n\n\"A person who acts without reasonable care does no wrong in law.\"").Single();

        Assert.Multiple(() =>
        {
            Assert.That(q.Rule, Is.EqualTo(RuleIds.ColonBlock));
            Assert.That(q.Speaker, Does.EndWith("Diplock"));
            Assert.That(q.Text, Is.EqualTo("A person who acts without reasonable care does no wrong in law"));
        });
    }

    [Test]
    public void Predict_MixedQuoteEndingInAFragment_KeepsItsClosingMark()
    {
        Quote q = Quotes("Even the editors conceded that the policy \"has surprised its critics.\"").Single();

        Assert.Multiple(() =>
        {
            Assert.That(q.Kind, Is.EqualTo(QuoteKind.Mixed));
            Assert.That(q.Text, Is.EqualTo("the policy \"has surprised its critics.\""));
        });
    }

    [TestCase("According to a Gallup poll released in March, most Americans oppose the new tariffs.", "most Americans oppose the new tariffs")]
    [TestCase("According to Finance Minister of the Republic Lena Weiss, the budget will be balanced by 2027.", "the budget will be balanced by 2027")]
    public void Predict_AccordingToOpeningTheSentence_SourceRunsToItsComma(string text, string content)
    {
        Assert.That(PolicyAnalyzer.CreateDefault().Analyze(text).Quotes.Single().Text, Is.EqualTo(content));
    }
}
