using PolicyTextAnalysis.Attribution;
using PolicyTextAnalysis.Tests.Resolution;

namespace PolicyTextAnalysis.Tests.Attribution;

public class AttributionStageTests
{
    private static IReadOnlyList<Quote> Quotes(string text) => AttributionTestPipeline.Quotes(text);

    private static IReadOnlyList<Quote> QuotesWithEntities(string text, params (string Surface, string Label)[] entities)
    {
        Document d = EntityDocuments.Resolved(text, entities);
        return new AttributionStage().Process(d, CancellationToken.None).Quotes;
    }

    [Test]
    public void Predict_SplitQuotationAroundAPronounCue_BothPartsAreTheAntecedents()
    {
        // The parse made the quotation's "be" a passive auxiliary of "said", which had left the cue without a speaker.
        IReadOnlyList<Quote> quotes = Quotes("Senator Lucian Gregory connected the two events. “It may well be,” he said, in his usual manner, “that the bill fails.”");

        Assert.That(quotes.Select(q => (q.Text, q.Speaker)), Is.EqualTo(new[] { ("It may well be", "Lucian Gregory"), ("that the bill fails", "Lucian Gregory") }));
    }

    [TestCase("Nasser Kanaani dismissed the reports. \"American threats will not change our policy,\" he said, according to the state news agency IRNA.")]
    [TestCase("\"American threats will not change our policy,\" said Nasser Kanaani, according to IRNA.")]
    public void Predict_SourcePhraseAfterAQuotationsFrame_AddsNoSecondQuote(string text)
    {
        // The frame already names who spoke; the agency only says where the report came from. One quote, not a second
        // one over the quotation and its frame.
        Assert.That(Quotes(text).Select(q => (q.Text, q.Speaker)), Is.EqualTo(new[] { ("American threats will not change our policy", "Nasser Kanaani") }));
    }

    [Test]
    public void Predict_ACueSetOffAfterASubordinator_DoesNotReportTheWholeSentence()
    {
        // "because, it said, ...": the parenthetical reports the clause after "because", not the sentence around it.
        IReadOnlyList<Quote> quotes = Quotes("Gazprom cut deliveries to Ukraine because, it said, no payment provisions were in place.");

        Assert.That(quotes.Select(q => q.Text), Has.None.StartsWith("Gazprom"));
    }

    [Test]
    public void Predict_ACueAfterAnOpeningAdverbial_IsNoParenthetical()
    {
        // The cue's clause is the main one after "In Paris,"; its object ends at a comma that opens an apposition.
        IReadOnlyList<Quote> quotes = Quotes("In Paris, the union announced the strike Tuesday, a day after the talks broke down.");

        Assert.That(quotes.Select(q => q.Text), Has.None.StartsWith("In Paris"));
    }

    [Test]
    public void Predict_AQuotedFragmentOfALaterReportsContent_IsNoQuoteOfItsOwn()
    {
        // The marked words belong to what "adding" reports; the parse also made them a complement of "told", which gave
        // them alone as a second quote.
        IReadOnlyList<Quote> quotes = Quotes("\"We are ready to act,\" Jerome Powell told reporters, adding that inflation remained \"somewhat elevated.\"");

        Assert.That(quotes.Select(q => (q.Text, q.Kind, q.Speaker)), Is.EqualTo(new[]
        {
            ("We are ready to act", QuoteKind.Direct, "Jerome Powell"),
            ("inflation remained \"somewhat elevated.\"", QuoteKind.Mixed, "Jerome Powell"),
        }));
    }

    [Test]
    public void Predict_SpeechReportedInsideAnotherReport_StaysOneQuoteOfTheOuterSpeaker()
    {
        IReadOnlyList<Quote> quotes = Quotes("Ann Lee said that Bob Reyes told the crowd \"we will win the vote.\"");

        Assert.That(quotes.Select(q => (q.Kind, q.Speaker)), Is.EqualTo(new[] { (QuoteKind.Mixed, "Ann Lee") }));
    }

    // "call" bids only through an oblique addressee: with a direct object it is a telephone call, and nothing is asked.
    [TestCase("The President called Senator Lena Weiss on Tuesday to discuss the bill.", null)]
    [TestCase("The President called on Congress to pass the bill.", "Congress to pass the bill")]
    public void Predict_CallWithAnObjectAndAnInfinitive_BidsOnlyThroughOn(string text, string? expected)
    {
        Assert.That(Quotes(text).Select(q => q.Text), Is.EqualTo(expected is null ? Array.Empty<string>() : new[] { expected }));
    }

    // Marks around no word quote nothing (found by fuzzing: each opening mark of a run was a scare quote of the next mark).
    [TestCase("\u201C\u2018\u201C\u2018\u201C\u2018x", new[] { "\u2018x" })]
    [TestCase("He said \u201C\u201D and left. She wrote \u2018 \u2019 twice.", new string[0])]
    public void Predict_MarksAroundNoWord_AreNoQuotes(string text, string[] quoted)
    {
        Assert.That(Quotes(text).Select(q => q.Text), Is.EqualTo(quoted));
    }

    [Test]
    public void Predict_APressReleaseOpeningWithAPlaceDateline_KeepsTheSpeaker()
    {
        // "WASHINGTON" was parsed as a second subject of "released", and the statement lost its speaker.
        IReadOnlyList<Quote> quotes = Quotes("WASHINGTON, D.C. – Today, Senator Lena Weiss released the following statement after the vote:\n\n“Today is a great day for families.”");

        Assert.That(quotes.Select(q => (q.Text, q.Speaker)), Is.EqualTo(new[] { ("Today is a great day for families", "Lena Weiss") }));
    }

    [TestCase("Lena Weiss said: \"The plan has failed.\"", "The plan has failed", QuoteKind.Direct, "Lena Weiss", "said")]
    [TestCase("\"The plan has failed,\" Lena Weiss said.", "The plan has failed", QuoteKind.Direct, "Lena Weiss", "said")]
    [TestCase("\"The plan has failed,\" said Lena Weiss.", "The plan has failed", QuoteKind.Direct, "Lena Weiss", "said")]
    // After a quotation a speech verb's next noun phrase is its subject, though the parser often calls it the object.
    [TestCase("\"The plan has failed,\" said the spokesman.", "The plan has failed", QuoteKind.Direct, "spokesman", "said")]
    [TestCase("\"The plan has failed,\" said the minister, Lena Weiss.", "The plan has failed", QuoteKind.Direct, "Lena Weiss", "said")]
    // A speech verb inverted inside the sentence it reports, its subject after it.
    [TestCase("The economy, said the minister, will recover next year.", "The economy, said the minister, will recover next year", QuoteKind.Indirect, "minister", "said")]
    // The same in the plain order, which the parser reads as a relative clause of the noun or as the root.
    [TestCase("The new tariffs, Tom Smith warned, will hurt farmers.", "The new tariffs, Tom Smith warned, will hurt farmers", QuoteKind.Indirect, "Tom Smith", "warned")]
    [TestCase("The economy, the minister said, is slowing.", "The economy, the minister said, is slowing", QuoteKind.Indirect, "minister", "said")]
    [TestCase("This fact, Lena Weiss claims, gives rise to a dilemma.", "This fact, Lena Weiss claims, gives rise to a dilemma", QuoteKind.Indirect, "Lena Weiss", "claims")]
    [TestCase("Tom Smith spoke on Monday. The plan, he said, was doomed.", "The plan, he said, was doomed", QuoteKind.Indirect, "Tom Smith", "said")]
    [TestCase("The bill, Jane Weiss said on Tuesday, would pass.", "The bill, Jane Weiss said on Tuesday, would pass", QuoteKind.Indirect, "Jane Weiss", "said")]
    // Inverted after the quotation, the subject parsed as the cue's complement clause (a noun with no verb of its own).
    [TestCase("\"We are exhausted,\" said one nurse at the hospital.", "We are exhausted", QuoteKind.Direct, "one nurse", "said")]
    // A description keeps whose it is, and drops articles.
    [TestCase("\"We will appeal the ruling,\" their lawyer said.", "We will appeal the ruling", QuoteKind.Direct, "their lawyer", "said")]
    [TestCase("The researchers said that the levels were low.", "the levels were low", QuoteKind.Indirect, "researchers", "said")]
    [TestCase("“The plan has failed,” Lena Weiss told reporters.", "The plan has failed", QuoteKind.Direct, "Lena Weiss", "told")]
    // A question or exclamation mark ends the sentence before a capitalised name, so the cue is a sentence of its own.
    [TestCase("\"Who will pay for the clinics?\" Lena Weiss asked.", "Who will pay for the clinics?", QuoteKind.Direct, "Lena Weiss", "asked")]
    [TestCase("The council met on Monday. \"This plan has failed!\" Omar Haidari said.", "This plan has failed!", QuoteKind.Direct, "Omar Haidari", "said")]
    [TestCase("Lena Weiss said that the plan had failed.", "the plan had failed", QuoteKind.Indirect, "Lena Weiss", "said")]
    [TestCase("Lena Weiss said the plan had failed.", "the plan had failed", QuoteKind.Indirect, "Lena Weiss", "said")]
    // "that" before the clause's subject is its subordinator even when the tagger reads it as a determiner.
    [TestCase("Writing in the Calder Herald, the economist Lena Weiss argued that austerity had failed.", "austerity had failed", QuoteKind.Indirect, "Lena Weiss", "argued")]
    [TestCase("The plan has failed, Lena Weiss said.", "The plan has failed", QuoteKind.Indirect, "Lena Weiss", "said")]
    [TestCase("According to Lena Weiss, the plan has failed.", "the plan has failed", QuoteKind.Indirect, "Lena Weiss", "according to")]
    [TestCase("The plan has failed, according to Lena Weiss.", "The plan has failed", QuoteKind.Indirect, "Lena Weiss", "according to")]
    // A sentence adverb or a conjunction before the phrase still leaves it opening the sentence: the content is what follows.
    [TestCase("However, according to Lena Weiss, the plan has failed.", "the plan has failed", QuoteKind.Indirect, "Lena Weiss", "according to")]
    [TestCase("So, according to the announcement, the governors will review their pardon policies.", "the governors will review their pardon policies", QuoteKind.Indirect, "announcement", "according to")]
    [TestCase("But, according to Lena Weiss, the plan has failed.", "the plan has failed", QuoteKind.Indirect, "Lena Weiss", "according to")]
    // A source phrase on a verb of speech whose noun the parse made the verb's subject, the name after the comma its
    // apposition: the phrase's noun alone is the source of the whole report (the inner report is not found then; see
    // Predict_ASourcePhraseOverAReport_GivesBothReports for a parse that gets the subject right).
    [TestCase("According to the Herald, Professor Anna Kowalski, who chairs the review panel, said the scheme had failed.",
        "Professor Anna Kowalski, who chairs the review panel, said the scheme had failed", QuoteKind.Indirect, "Herald", "according to")]
    [TestCase("According to Reuters, Finance Minister Ravi Menon, speaking in Delhi, said the deficit would shrink.",
        "Finance Minister Ravi Menon, speaking in Delhi, said the deficit would shrink", QuoteKind.Indirect, "Reuters", "according to")]
    // On any other verb the name after the comma is the source's apposition (the parse may not say so).
    [TestCase("According to the league's coach, Omar Haidari, the team will travel to Kabul on Friday.",
        "the team will travel to Kabul on Friday", QuoteKind.Indirect, "Omar Haidari", "according to")]
    // Source phrases and the as-idiom of the cue lexicon (general English; "as ... put it" reports only with "it").
    [TestCase("In the words of Senator Lena Weiss, \"this bill is a disgrace.\"", "this bill is a disgrace", QuoteKind.Direct, "Lena Weiss", "in the words of")]
    [TestCase("As Lena Weiss put it, the plan has failed.", "the plan has failed", QuoteKind.Indirect, "Lena Weiss", "put")]
    [TestCase("The plan has failed, as Lena Weiss bluntly put it.", "The plan has failed", QuoteKind.Indirect, "Lena Weiss", "put")]
    [TestCase("Senator Lena Weiss put it bluntly: \"This bill is a disgrace and it will fail.\"", "This bill is a disgrace and it will fail", QuoteKind.Direct, "Lena Weiss", "put")]
    [TestCase("Lena Weiss put it this way: the plan has no money behind it.", "the plan has no money behind it", QuoteKind.Indirect, "Lena Weiss", "put")]
    [TestCase("As the minister phrased it, the talks are over.", "the talks are over", QuoteKind.Indirect, "minister", "phrased")]
    // "As X noted, ...": also when the parser makes the "as" clause the root and the reported clause its parataxis.
    [TestCase("As Lena Weiss noted last week, the program has cost more than expected.", "the program has cost more than expected", QuoteKind.Indirect, "Lena Weiss", "noted")]
    [TestCase("As the minister noted, the talks are over.", "the talks are over", QuoteKind.Indirect, "minister", "noted")]
    // An "as" parenthetical the parser hung on the subject noun reports the whole clause, itself included.
    [TestCase("But his own plan, as the Calder Institute has shown, would raise taxes on millions of families.",
        "But his own plan, as the Calder Institute has shown, would raise taxes on millions of families", QuoteKind.Indirect, "Calder Institute", "shown")]
    // A cue set off by commas inside the clause it reports: the clause's words after it.
    [TestCase("After all, the critics say, the tariffs are here to stay.", "the tariffs are here to stay", QuoteKind.Indirect, "critics", "say")]
    // A light verb reports through the cue adjective it makes of its object (cue lexicon class light).
    [TestCase("Lena Weiss made it clear that the border would stay open.", "the border would stay open", QuoteKind.Indirect, "Lena Weiss", "made")]
    [TestCase("As the economist Lena Weiss summarized it: \"The fund is empty.\"", "The fund is empty", QuoteKind.Direct, "Lena Weiss", "summarized")]
    // A noun naming an utterance brings the words of its "by" phrase; a described name is the source, not its description.
    [TestCase("Recall the famous quote by Omar Haidari: \"Talks are the only road.\"", "Talks are the only road", QuoteKind.Direct, "Omar Haidari", "quote")]
    [TestCase("Let me read you a quote from Abraham Lincoln: \"A house divided against itself cannot stand.\"", "A house divided against itself cannot stand", QuoteKind.Direct, "Abraham Lincoln", "quote")]
    [TestCase("The fund is empty, according to Lena Weiss, professor of economics and director of the institute.", "The fund is empty", QuoteKind.Indirect, "Lena Weiss", "according to")]
    // The parse hangs the person on the organisation (flat); the person speaks, the organisation is whose officer she is.
    [TestCase("UN Secretary-General António Guterres warned that the world was on a highway to climate hell.", "the world was on a highway to climate hell", QuoteKind.Indirect, "António Guterres", "warned")]
    // The same when the parse hangs the name on the organisation as a bare modifier, or on a word no recogniser named.
    [TestCase("So, CIA Director Robert Haidari is still calling for the administration to extend the program.", "the administration to extend the program", QuoteKind.Indirect, "Robert Haidari", "calling")]
    [TestCase("So, House Speaker Lena Weiss is still calling today for the administration to extend the program.", "today for the administration to extend the program", QuoteKind.Indirect, "Lena Weiss", "calling")]
    [TestCase("Senator Jane Doe slammed the administration's policy as cruel and unworkable.", "the administration's policy as cruel and unworkable", QuoteKind.Indirect, "Jane Doe", "slammed")]
    [TestCase("In August, the Calder Times ran the headline \"Talks Collapse in Geneva.\"", "Talks Collapse in Geneva", QuoteKind.Direct, "Calder Times", "headline")]
    [TestCase("Lena Weiss issued a statement: \"We will appeal the ruling.\"", "We will appeal the ruling", QuoteKind.Direct, "Lena Weiss", "statement")]
    // A verb of quoting brings its object's words, or in the passive its subject's.
    [TestCase("To quote Abraham Lincoln, \"a house divided against itself cannot stand.\"", "a house divided against itself cannot stand", QuoteKind.Direct, "Abraham Lincoln", "quote")]
    [TestCase("The Calder Times quoted Omar Haidari as saying that the plan was dead.", "the plan was dead", QuoteKind.Indirect, "Omar Haidari", "saying")]
    [TestCase("Lena Weiss was quoted as saying that the talks had failed.", "the talks had failed", QuoteKind.Indirect, "Lena Weiss", "saying")]
    [TestCase("The Attorney General said that he had not read the bill.", "he had not read the bill", QuoteKind.Indirect, "Attorney General", "said")]
    // A person is no document: "from Ohio" says where the gentleman is from, not who issued his words.
    [TestCase("The gentleman from Ohio said earlier that the bill would create jobs.", "the bill would create jobs", QuoteKind.Indirect, "gentleman", "said")]
    // A possessor still says whom an official speaks for.
    [TestCase("Indonesia's top bird flu official says the country hopes to cut human cases to zero.", "the country hopes to cut human cases to zero", QuoteKind.Indirect, "Indonesia", "says")]
    // A verb of asking reports its embedded question; other verbs' embedded questions report nothing.
    [TestCase("Subsequently the senator asked him if he had read the bill.", "if he had read the bill", QuoteKind.Indirect, "senator", "asked")]
    [TestCase("Reporters wondered whether the talks would resume.", "whether the talks would resume", QuoteKind.Indirect, "Reporters", "wondered")]
    // An asker the sentence does not name asks nothing of its own: the reply is the quote.
    [TestCase("Asked whether she would run again, Lena Weiss replied: \"That is a question for another day.\"", "That is a question for another day", QuoteKind.Direct, "Lena Weiss", "replied")]
    [TestCase("In Lincoln's words, \"a house divided against itself cannot stand.\"", "a house divided against itself cannot stand", QuoteKind.Direct, "Lincoln", "words")]
    // The parse hangs the name on "for example" and leaves the finite main verb without a subject.
    [TestCase("In July, for example, Ecuador announced it was imposing visas on Chinese nationals.", "it was imposing visas on Chinese nationals", QuoteKind.Indirect, "Ecuador", "announced")]
    [TestCase("Lena Weiss accused the council of hiding the costs.", "the council of hiding the costs", QuoteKind.Indirect, "Lena Weiss", "accused")]
    [TestCase("The statement by envoy Lena Weiss that \"talks are over\" shocked many.", "talks are over", QuoteKind.Direct, "Lena Weiss", "statement")]
    [TestCase("Lena Weiss wrote on a social network that \"the talks are over.\"", "the talks are over", QuoteKind.Direct, "Lena Weiss", "wrote")]
    [TestCase("Lena Weiss said that Ruritania \"will not pay\" for the damage.", "Ruritania \"will not pay\" for the damage", QuoteKind.Mixed, "Lena Weiss", "said")]
    [TestCase("Rebel spokesman Omar Haidari said that the convoy was safe.", "the convoy was safe", QuoteKind.Indirect, "Omar Haidari", "said")]
    [TestCase("Dr. Omar Haidari noted that the clinic was full.", "the clinic was full", QuoteKind.Indirect, "Omar Haidari", "noted")]
    [TestCase("According to the league's coach, Omar Haidari, the team will travel.", "the team will travel", QuoteKind.Indirect, "Omar Haidari", "according to")]
    // A participle describes the source (published by: its issuer speaks; seen by: the document does); a relative clause
    // of a source closing the sentence is no content.
    [TestCase("According to figures published by the Office for National Statistics, unemployment rose to 5 percent.",
        "unemployment rose to 5 percent", QuoteKind.Indirect, "Office for National Statistics", "according to")]
    [TestCase("According to a leaked memo seen by Reuters, the ministry plans to cut 5,000 jobs.",
        "the ministry plans to cut 5,000 jobs", QuoteKind.Indirect, "leaked memo", "according to")]
    [TestCase("The deal is close, according to a person familiar with the matter who spoke on condition of anonymity.",
        "The deal is close", QuoteKind.Indirect, "person", "according to")]
    [TestCase("The militia has, according to various estimates, from 4,000 to 6,000 fighters.",
        "The militia has, according to various estimates, from 4,000 to 6,000 fighters", QuoteKind.Indirect, "various estimates", "according to")]
    // Set off by commas inside the sentence: the sentence is the content, and a common noun at the phrase's end only modifies the source.
    [TestCase("The plan, according to two people familiar with the negotiations, would cut spending.",
        "The plan, according to two people familiar with the negotiations, would cut spending", QuoteKind.Indirect, "two people", "according to")]
    [TestCase("“The court has no say here,” countered Beatriz Santos.", "The court has no say here", QuoteKind.Direct, "Beatriz Santos", "countered")]
    // The parse makes the inverted subject the subject of the clause after it; that clause is narrative, not content.
    [TestCase("“The court has no say here,” said Beatriz Santos; and, as she spoke, she left the room.", "The court has no say here", QuoteKind.Direct, "Beatriz Santos", "said")]
    [TestCase("Beatriz Santos sat down. “What an excellent plan you have!” said she, when the door was shut.", "What an excellent plan you have!", QuoteKind.Direct, "Beatriz Santos", "said")]
    [TestCase("Lena Weiss, a curator at the University of Ruritania, Calder, said the talks were over.", "the talks were over", QuoteKind.Indirect, "Lena Weiss", "said")]
    // The parse makes the relative clause the main one and "named" the subject of "said"; "asked" reports nothing.
    [TestCase("The group's director, who asked not to be named, said the findings were troubling.", "the findings were troubling", QuoteKind.Indirect, "director", "said")]
    [TestCase("Lena Weiss of the Calder Herald and Courier said the talks were over.", "the talks were over", QuoteKind.Indirect, "Lena Weiss", "said")]
    // A nationality before an organisation named by ordinary words is part of its name, not a speaker of its own.
    [TestCase("According to the Kenyan Central Press Agency, the talks are over.", "the talks are over", QuoteKind.Indirect, "Kenyan Central Press Agency", "according to")]
    // A name the recogniser misses, in apposition to a person noun, is the person who speaks, not the office's organisation.
    [TestCase("Civil Defense Authority director General Suleiman al-Amr, in remarks to state radio, said the port had reopened.", "the port had reopened", QuoteKind.Indirect, "Suleiman al-Amr", "said")]
    [TestCase("The analysts called on the government to act.", "the government to act", QuoteKind.Indirect, "analysts", "called")]
    [TestCase("Some critics say, the plan cannot work without new taxes.", "the plan cannot work without new taxes", QuoteKind.Indirect, "Some critics", "say")]
    // The parse takes this that-clause for an adverbial clause of the cue; it is still the content.
    [TestCase("Lena Weiss confessed to the senator from Ohio that she didn't read the bill.", "she didn't read the bill", QuoteKind.Indirect, "Lena Weiss", "confessed")]
    // News puts the addressee, the day and the place between the cue and its that-clause, which the parse hung on the day.
    [TestCase("Mr. Weiss told the Calder National Assembly Wednesday that smugglers see a stable Calder as their defeat.", "smugglers see a stable Calder as their defeat", QuoteKind.Indirect, "Weiss", "told")]
    // A court speaks through its ruling; a threat, like a pledge, reports its own infinitive.
    [TestCase("The Calder High Court ruled on Tuesday that the levy was unlawful.", "the levy was unlawful", QuoteKind.Indirect, "Calder High Court", "ruled")]
    [TestCase("Lena Weiss threatened to veto the spending bill.", "to veto the spending bill", QuoteKind.Indirect, "Lena Weiss", "threatened")]
    [TestCase("Investigators determined that the fire was set on purpose.", "the fire was set on purpose", QuoteKind.Indirect, "Investigators", "determined")]
    public void Predict_Pattern_FindsQuoteSpeakerAndCue(string text, string quote, QuoteKind kind, string? speaker, string cue)
    {
        Quote q = Quotes(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(q.Text, Is.EqualTo(quote));
            Assert.That(q.Kind, Is.EqualTo(kind));
            Assert.That(q.Speaker, Is.EqualTo(speaker));
            Assert.That(q.Cue, Is.EqualTo(cue));
            Assert.That(text[q.Start..q.End], Is.EqualTo(q.Text));
        });
    }

    // A source phrase on a verb of speech: the sentence reports another speaker's words. Both reports are quotes: the
    // phrase's noun alone is the source of the whole report, whatever the parse hung on it after the comma, and the inner
    // speaker is the source of what it said (GUM annotates both).
    [TestCase("According to the Tribune, Senator Mark Ellison, a Democrat from Ohio, told reporters that the bill would pass.",
        "Senator Mark Ellison, a Democrat from Ohio, told reporters that the bill would pass", "Tribune", "the bill would pass", "Mark Ellison")]
    [TestCase("According to the Tribune, Omar Haidari also believes the talks will fail.",
        "Omar Haidari also believes the talks will fail", "Tribune", "the talks will fail", "Omar Haidari")]
    public void Predict_ASourcePhraseOverAReport_GivesBothReports(string text, string outer, string outerSpeaker, string inner, string innerSpeaker)
    {
        Assert.That(Quotes(text).Select(q => (q.Text, q.Speaker)), Is.EqualTo(new[] { (outer, outerSpeaker), (inner, innerSpeaker) }));
    }

    // A programme's quoted title between the cue and its clause (the tagger reads the "that" after the closing mark as a
    // wh-determiner) is a scare quote, and the clause is still the report.
    [Test]
    public void Predict_AQuotedTitleBeforeTheThatClause_KeepsTheReport()
    {
        IReadOnlyList<Quote> quotes = Quotes("Treasury Secretary Lena Weiss told CNN's \"State of the Union\" that inflation was easing.");

        Assert.That(quotes.Select(q => (q.Text, q.Kind, q.Speaker)), Is.EqualTo(new[]
        {
            ("State of the Union", QuoteKind.Scare, (string?)null),
            ("inflation was easing", QuoteKind.Indirect, "Lena Weiss"),
        }));
    }

    // A long title in quotation marks inside the author's sentence is a term, not the last speaker's words.
    [Test]
    public void Predict_ALongQuotedTitleInTheAuthorsSentence_IsNoOnesWords()
    {
        IReadOnlyList<Quote> quotes = Quotes("“We will act,” said Lena Weiss.\n\n"
            + "The unit, established in the June 2 order “Promoting Advanced Calder Innovation and Security for All Americans” (EO 14409), represents a new model.");

        Assert.That(quotes.Select(q => (q.Kind, q.Speaker)), Is.EqualTo(new[] { (QuoteKind.Direct, (string?)"Lena Weiss"), (QuoteKind.Scare, null) }));
    }

    // A cue deeper in the content is part of what the phrase reports, not a report of its own.
    [Test]
    public void Predict_ASourcePhraseOverADeeperCue_GivesOneReport()
    {
        IReadOnlyList<Quote> quotes = Quotes("According to the announcement, the president is going to be working with governors on urging them to review the policy.");

        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "announcement" }));
    }

    // A statement quoted paragraph by paragraph, each closed by its marks: every paragraph is the speaker's, until a
    // paragraph of the author's own comes between.
    [Test]
    public void Predict_QuotationParagraphsInARow_CarryTheSpeaker()
    {
        const string text = "\"We will not back down,\" Governor Omar Haidari said on Monday.\n\n"
            + "\"The people of this state deserve better. They have waited for years.\"\n\n"
            + "\"Our schools are underfunded and our roads are crumbling.\"\n\n"
            + "\"We will fix them, one by one, starting this year.\"\n\n"
            + "The governor did not say how the plan would be paid for. Critics point to the deficit. The budget office has warned of cuts.\n\n"
            + "\"This is a disgrace.\"";
        IReadOnlyList<Quote> quotes = Quotes(text);

        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Omar Haidari", "Omar Haidari", "Omar Haidari", "Omar Haidari", null }));
    }

    // A verb of bidding with no one bidden asks for the speaker's own turn: no report of its own.
    [Test]
    public void Predict_BidWithoutAddressee_ReportsNothing()
    {
        IReadOnlyList<Quote> quotes = Quotes("One aide, who asked not to be named, told Reuters that the talks had stalled.");

        Assert.That(quotes.Select(q => q.Text), Is.EqualTo(new[] { "the talks had stalled" }));
    }

    // A press release: a colon introduces the first quoted paragraph, the next ones follow it, each in its own marks.
    [Test]
    public void Predict_QuotationParagraphsAfterAColonBlock_CarryTheSpeaker()
    {
        const string text = "Dr Lena Weiss, director of the health agency, said:\n\n"
            + "\"Busy lives are taking their toll on our health. Many people put their own health last.\"\n\n"
            + "\"The campaign gives people simple tools that make a real difference.\"\n\n"
            + "\"It is never too late to start.\"\n\n"
            + "Health Minister Omar Haidari said:\n\n"
            + "\"We want everyone to live longer, healthier lives.\"";
        IReadOnlyList<Quote> quotes = Quotes(text);

        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Lena Weiss", "Lena Weiss", "Lena Weiss", "Omar Haidari" }));
    }

    [TestCase("Lena Weiss chaired the hearing. She noted that the fund was empty.", "Lena Weiss")]
    [TestCase("Lena Weiss chaired the hearing. \"The fund is empty,\" she said.", "Lena Weiss")]
    [TestCase("Lena Weiss chaired the hearing. Weiss said that the fund was empty.", "Lena Weiss")]
    [TestCase("Rebel spokesman Omar Haidari held a briefing. The spokesman said the convoy was safe.", "Omar Haidari")]
    // The pronoun's own sentence first: a subject's possessor, or a role noun subject, before the pronoun; never an
    // object (asked about someone, he said ...).
    [TestCase("Lena Weiss chaired the hearing. Omar Haidari's sister pleaded with him to stay, but he replied that he could not.", "Omar Haidari")]
    [TestCase("Omar Haidari chaired the hearing. That was the order the Secretary signed, where he said that the fund was empty.", "Secretary")]
    [TestCase("Omar Haidari chaired the hearing. Asked about Peter Novak, he said that the fund was empty.", "Omar Haidari")]
    // Any noun that names a person (WordNet's person nouns), not only a role, is what he or she refers to.
    [TestCase("Omar Haidari chaired the hearing. The nurse arrived late. She said that the ward was full.", "nurse")]
    [TestCase("Omar Haidari chaired the hearing. My colleague made a fair point when she said that the cuts hurt the poor.", "My colleague")]
    [TestCase("The old farmer looked up. \"It will rain tonight,\" he said.", "old farmer")]
    // ... unless the noun is known by the other gender (his sister is no "he").
    [TestCase("Omar Haidari runs a clinic. His sister pleaded with him to close it, but he replied that he could not.", "Omar Haidari")]
    public void Predict_BackReference_ResolvesToFullName(string text, string speaker)
    {
        Assert.That(Quotes(text).Single().Speaker, Is.EqualTo(speaker));
    }

    // he and she skip the latest person when that person is known by the other gender: a first name, or a form of
    // address (Mrs., Mr.) that outweighs it.
    [TestCase("Omar Haidari met Lena Weiss on Monday. She said that the talks were useful.", "Lena Weiss")]
    [TestCase("Lena Weiss met Omar Haidari on Monday. He said that the talks were useful.", "Omar Haidari")]
    [TestCase("Omar Haidari met Lena Weiss on Monday. He said that the talks were useful.", "Omar Haidari")]
    [TestCase("Mrs. Robin Calder met Omar Haidari. Later she said that the talks were useful.", "Robin Calder")]
    [TestCase("Lena Weiss chaired the hearing. Omar Haidari spoke next. She said that the fund was empty.", "Lena Weiss")]
    public void Predict_GenderedPronoun_GoesToAPersonOfThatGender(string text, string speaker)
    {
        Assert.That(Quotes(text).Single().Speaker, Is.EqualTo(speaker));
    }

    [Test]
    public void Predict_PronounAfterAVocative_SkipsThePersonAddressed()
    {
        // "Thanks, Tom Jones." addresses Tom Jones; "He" in the next sentence is still the one who opened the hearing.
        Assert.That(Quotes("Omar Haidari opened the hearing on Monday. Thanks, Tom Jones. He said that the budget was balanced.").Single().Speaker,
            Is.EqualTo("Omar Haidari"));
    }

    [TestCase("This is Tom Jones with the press office. Thanks for joining.\n\nToday, the President will sign the bill. As he has often said, no one should go hungry in America.", "President")]
    [TestCase("Tom Jones chaired the debate. The senator from Alaska spoke first. She said that the Congress had failed.", "senator")]
    public void Predict_PronounAfterARoleSubject_GoesToTheRole(string text, string speaker)
    {
        // A role with no name heading the previous sentence is who "he" or "she" is, not the last person named; never
        // the place the role is of.
        Assert.That(Quotes(text).Single().Speaker, Is.EqualTo(speaker));
    }

    [Test]
    public void Predict_DefiniteDocumentNoun_IsTheNameItEndsBefore()
    {
        // "the report" with nothing saying whose it is: the report named before.
        IReadOnlyList<Quote> quotes = Quotes("The Department of Energy released the U.S. Energy and Employment Report on Monday. "
            + "It counts 300,000 new jobs. According to the report, unionized employers had less difficulty hiring workers.");

        Assert.That(quotes.Single(q => q.Rule == RuleIds.AccordingTo).Speaker, Is.EqualTo("U.S. Energy and Employment Report"));
    }

    [Test]
    public void Predict_GenderedPronounWithNoFittingPerson_HasNoNamedSpeaker()
    {
        Assert.That(Quotes("Lena Weiss chaired the hearing. He noted that the fund was empty.").Single().Speaker, Is.Not.EqualTo("Lena Weiss"));
    }

    [Test]
    public void Predict_RoleOfAnotherPerson_IsNotMatched()
    {
        IReadOnlyList<Quote> quotes = Quotes(
            "Interim Prime Minister Farhan Siddiqui spoke first. The Intelligence Minister accused the rebels of lying.");

        Assert.That(quotes.Select(q => q.Speaker), Has.None.EqualTo("Farhan Siddiqui"));
    }

    [Test]
    public void Predict_SurnameThatIsARoleWord_IsStillAName()
    {
        Assert.That(Quotes("Novelist Stephen King said that the book was done.").Single().Speaker, Is.EqualTo("Stephen King"));
    }

    [Test]
    public void Predict_RelativeClauseParsedAsMainClause_SpeakerIsTheNounBeforeTheComma()
    {
        Assert.That(PolicyAnalyzer.CreateDefault().Analyze("The minister, who said that the talks had failed, resigned.").Quotes.Single().Speaker,
            Is.EqualTo("minister"));
    }

    [Test]
    public void Predict_TitleAfterThe_GoesToTheNameHoldingIt()
    {
        IReadOnlyList<Quote> titled = PolicyAnalyzer.CreateDefault().Analyze(
            "President Maria Okafor signed the law on Monday. Later, the President said that the economy is strong and growing.").Quotes;
        IReadOnlyList<Quote> untitled = PolicyAnalyzer.CreateDefault().Analyze(
            "Maria Okafor signed the law on Monday. Later, the Secretary said that the economy is strong and growing.").Quotes;

        Assert.That(titled.Single().Speaker, Is.EqualTo("Maria Okafor"));
        Assert.That(untitled.Single().Speaker, Is.Not.EqualTo("Maria Okafor"));
    }

    [TestCase("The ministry's plan to relocate \"surplus populations\" alarmed aid workers.", new[] { "surplus populations" })]
    [TestCase("The country kept its division into \"good\" and \"bad.\"", new[] { "good", "bad" })]
    [TestCase("The so-called \"temporary\" tax stays.", new[] { "temporary" })]
    // A name given by a labelling verb's participle is nobody's words.
    [TestCase("They launched a program called \"Operation Warp Speed\" last year.", new[] { "Operation Warp Speed" })]
    public void Predict_ScareQuotes_HaveNoSpeaker(string text, string[] phrases)
    {
        IReadOnlyList<Quote> quotes = Quotes(text);

        Assert.Multiple(() =>
        {
            Assert.That(quotes.Select(q => q.Text), Is.EqualTo(phrases));
            Assert.That(quotes.All(q => q.Kind == QuoteKind.Scare && q.Speaker is null && q.Cue is null), Is.True);
        });
    }

    [TestCase("The talks resumed on Monday after a pause.")]
    [TestCase("The report says nothing about the missing funds.")]
    [TestCase("The statement was made after the vote.")]
    [TestCase("As you may have heard already, the fund is empty and must be refilled.")]
    [TestCase("As you know, the talks will resume next week.")]
    [TestCase("The governor committed the resources of the state police to fight the smuggling.")]
    [TestCase("The plan aims to counter the tendency of firms to hoard inventory.")]
    [TestCase("At what level do you think these sanctions will be waived?")]
    // A heading in capitals uses a cue word as a label.
    [TestCase("WHAT THEY ARE SAYING: Governor Weiss Signs the Water Law\n\nThe law passed on Monday.")]
    [TestCase("The law passed on Monday.\n\nRESPONDING TO LOWER WATER LEVELS: The governor will open two reservoirs.")]
    // A yes-no question asks whether someone holds a view; it reports no words of theirs.
    [TestCase("Does the governor believe the water board should be replaced?")]
    [TestCase("Thanks, Lena. On the budget, does the White House think that the cuts go far enough?")]
    [TestCase("Earlier this month, did Governor Weiss tell the mayor to stop the project?")]
    [TestCase("Let's say both parties keep fighting.")]
    [TestCase("Don't say climate change. Say clean energy.")]
    [TestCase("We have invested heavily in partnerships, in recognition that we cannot solve this problem alone.")]
    [TestCase("Lena Weiss wrote the report again so that the figures would match.")]
    [TestCase("Lena Weiss explained the rules again now that the audit is over.")]
    [TestCase("The storm made the roads clear of traffic.")]
    [TestCase("It would be really strange for Congress to say you can eliminate obligations altogether.")]
    [TestCase("Lena Weiss made the plan clear to everyone.")]
    [TestCase("The senator asked to be excused from the vote.")]
    [TestCase("It is clear that the deal was dead.")]
    [TestCase("We estimated the cost by multiplying the lives lost by their value and then adding the healthcare costs that arise from the fatalities.")]
    [TestCase("The plan promotes growth while maintaining the standards that have given Americans the cleanest air in the world.")]
    [TestCase("We have invested heavily in building strong regional partnerships, in recognition that we cannot solve this problem alone.")]
    [TestCase("After the vote it became clear that the bill would fail.")]
    [TestCase("When mercenary groups, including the Wagner group, commit human rights abuses, the situation worsens.")]
    // A long run after the cue with no day in it ends in a noun the "that" modifies.
    [TestCase("Lena Weiss tells us about a small riverside hotel in Calder that for years sheltered travellers.")]
    // An infinitive heading its sentence, with no subject: a request or a purpose, said by nobody.
    [TestCase("And just to clarify that the second half would come through economic support.")]
    // A heading names what follows; what it announces is nobody's words.
    [TestCase("Governor Lena Weiss Announces Key Nomination on Water Team\n\nThe nominee will serve on the water board.")]
    public void Predict_NoSpeech_FindsNothing(string text)
    {
        Assert.That(Quotes(text), Is.Empty);
    }

    // A cue in capitals for emphasis inside a sentence still reports.
    [TestCase("Governor Lena Weiss PROMISED that the cuts go far enough.", "Lena Weiss")]
    // A question word or a negated auxiliary takes the report for granted.
    [TestCase("Why did the governor say that the cuts go far enough?", "governor")]
    [TestCase("Didn't the governor say that the cuts go far enough?", "governor")]
    public void Predict_ReportInASentenceNotAHeadingOrQuestion_IsKept(string text, string speaker)
    {
        Assert.That(Quotes(text).Select(q => (q.Speaker, q.Text)), Is.EqualTo(new[] { ((string?)speaker, "the cuts go far enough") }));
    }

    [Test]
    public void Predict_SpeakerIsEntity_UsesCanonicalNameAndCluster()
    {
        IReadOnlyList<Quote> quotes = QuotesWithEntities(
            "Interim Prime Minister Farhan Siddiqui spoke. Siddiqui stated that \"the attacks doubled.\"",
            ("Farhan Siddiqui", EntityLabels.Person), ("Siddiqui", EntityLabels.Person));

        Assert.Multiple(() =>
        {
            Assert.That(quotes.Single().Speaker, Is.EqualTo("Farhan Siddiqui"));
            Assert.That(quotes.Single().SpeakerClusterId, Is.EqualTo("c1"));
        });
    }

    // A long role before the name after "according to". The entities are set by hand: the name model of session 7 reads
    // "United States Omar Haidari" in this sentence as one ORG (a known miss of the recogniser, not of this rule; with
    // "The Ambassador to the United States Omar Haidari said" it finds both names).
    [Test]
    public void Predict_AccordingToALongRoleBeforeTheName_TheNameSpeaks()
    {
        IReadOnlyList<Quote> quotes = QuotesWithEntities(
            "According to Ruritanian Ambassador to the United States Omar Haidari, the visit is off.",
            ("Ruritanian", EntityLabels.Norp), ("United States", EntityLabels.GeopoliticalEntity), ("Omar Haidari", EntityLabels.Person));

        Assert.Multiple(() =>
        {
            Assert.That(quotes.Single().Text, Is.EqualTo("the visit is off"));
            Assert.That(quotes.Single().Speaker, Is.EqualTo("Omar Haidari"));
        });
    }

    [Test]
    public void Predict_GroupEntityAsSubject_IsTheSpeaker()
    {
        IReadOnlyList<Quote> quotes = QuotesWithEntities(
            "The Sahel Liberation Front condemned the raids as unlawful.",
            ("Sahel Liberation Front", EntityLabels.Organization));

        Assert.That(quotes.Single().Speaker, Is.EqualTo("Sahel Liberation Front"));
    }

    [TestCase("Lena Weiss said: \"this quote never closes and the paragraph ends.\nNext paragraph has words.")]
    [TestCase("Lena Weiss said \"nested \"inner\" marks\" here.")]
    [TestCase("“Mismatched\" marks» and „odd” ones\" said Lena Weiss.")]
    [TestCase("\"\"\"\"\"\"\"\"\"\"\"\" said Lena Weiss.")]
    [TestCase("Lena Weiss said")]
    [TestCase("said")]
    [TestCase("\"")]
    [TestCase("According to")]
    [TestCase("Emoji 😀 said \"😀😀\" 😀.")]
    [TestCase("Владимир сказал: «Нет».")]
    public void Predict_BadInput_NeverThrowsAndQuotesStayInTheirParagraph(string text)
    {
        IReadOnlyList<Quote> quotes = Quotes(text);

        foreach (Quote q in quotes)
        {
            Assert.That(q.End, Is.GreaterThan(q.Start));
            Assert.That(text[q.Start..q.End], Does.Not.Contain("\n"));
        }
    }

    [Test]
    public void Predict_TenThousandQuoteMarks_GivesWellFormedOrderedQuotes()
    {
        string text = "Lena Weiss said " + new string('"', 10_000) + " and left. " + string.Concat(Enumerable.Repeat("\" a", 10_000));

        IReadOnlyList<Quote> quotes = Quotes(text);

        Assert.Multiple(() =>
        {
            Assert.That(quotes, Is.Not.Empty, "the marks around the a's quote something");
            Assert.That(quotes.All(q => q.End > q.Start && q.Text == text[q.Start..q.End]), Is.True, "every quote covers its text");
            Assert.That(quotes.Zip(quotes.Skip(1)).All(p => p.First.Start <= p.Second.Start), Is.True, "quotes are ordered");
            Assert.That(quotes.Any(q => q.Text.Trim('"', ' ').Length == 0), Is.False, "no quote of bare marks");
        });
    }

    [Test]
    public void Predict_LongText_KeepsQuotesOrdered()
    {
        string text = string.Concat(Enumerable.Repeat("Lena Weiss said that the plan failed. \"It is over,\" she said. ", 2000));

        IReadOnlyList<Quote> quotes = Quotes(text);

        Assert.Multiple(() =>
        {
            Assert.That(quotes, Has.Count.EqualTo(4000));
            Assert.That(quotes.Select(q => q.Start), Is.Ordered);
        });
    }

    [Test]
    public void Pipeline_AttributionWithoutResolution_FailsNamingTheFix()
    {
        Assert.That(
            () => new AnalysisPipeline([new PolicyTextAnalysis.Text.TextStage(), new AttributionStage()]),
            Throws.ArgumentException.With.Message.Contains("attribution"));
    }
}
