using PolicyTextAnalysis.Attribution;
using PolicyTextAnalysis.Training.Attribution;

namespace PolicyTextAnalysis.Tests.Attribution;

public class TranscriptTurnTests
{
    private static readonly PolicyAnalyzer Analyzer = PolicyAnalyzer.CreateDefault();

    private const string Briefing = """
        Press Briefing by National Security Adviser Dana Whitfield

        MS. LORIMER: Good afternoon. Dana will take a few questions.

        MS. WHITFIELD: Thanks, Ann. The ceasefire is holding across the north. We expect the talks to resume next week, and the aid corridors are open again.

        Q Thank you. You said the aid corridors were open again. How many trucks crossed today?

        MS. WHITFIELD: About two hundred crossed today, and the number is rising every day.

        MS. LORIMER: Last question. The deadline for the next round is Friday.

        Q The opposition says the talks are a sham. Is that fair?

        MS. WHITFIELD: It is not fair. The talks have already freed four hundred prisoners.
        """;

    /// <summary>The speaker of the one quote of <paramref name="text"/> holding <paramref name="words"/>.</summary>
    private static string? SpeakerOfQuoteWith(string text, string words) =>
        Analyzer.Analyze(text).Quotes.Single(q => q.Text.Contains(words, StringComparison.Ordinal)).Speaker;

    [Test]
    public void Turns_Briefing_FindsLabelsRolesAndSpeakers()
    {
        IReadOnlyList<Turn> turns = Analyzer.Analyze(Briefing).Turns;

        Assert.Multiple(() =>
        {
            Assert.That(turns.Select(t => t.Label), Is.EqualTo(new[] { "MS. LORIMER", "MS. WHITFIELD", "Q", "MS. WHITFIELD", "MS. LORIMER", "Q", "MS. WHITFIELD" }));
            Assert.That(turns.Select(t => t.Role), Is.EqualTo(new[]
            {
                TurnRole.Participant, TurnRole.Voice, TurnRole.Question, TurnRole.Voice, TurnRole.Participant, TurnRole.Question, TurnRole.Voice,
            }));
            Assert.That(turns[1].Speaker, Is.EqualTo("Dana Whitfield"), "a surname label takes the full name the text gives");
            Assert.That(turns[2].Speaker, Is.Null);
            Assert.That(Briefing[turns[1].ContentStart..].StartsWith("Thanks, Ann.", StringComparison.Ordinal), Is.True);
            Assert.That(turns[0].End, Is.EqualTo(turns[1].Start));
            Assert.That(turns[^1].End, Is.EqualTo(Briefing.Length));
        });
    }

    private const string Debate = """
        The Secretary of State for Transport (Mr Owen Varley): I beg to move, That the Bill be now read a Second time. This Bill will give passengers a railway they can rely on.

        Ann Lee (Bristol West) (Lab): The Secretary of State says that fares will fall, but the unions have warned that services will be cut.

        Mr Varley: No, they will not. Fares fell in every region last year.
        """;

    [Test]
    public void Turns_ParliamentaryRecord_NamesEachMemberAndQuotesNoTurn()
    {
        AnalysisResult result = Analyzer.Analyze(Debate);

        Assert.Multiple(() =>
        {
            Assert.That(result.Turns.Select(t => t.Label), Is.EqualTo(new[]
            {
                "The Secretary of State for Transport (Mr Owen Varley)", "Ann Lee (Bristol West) (Lab)", "Mr Varley",
            }));
            Assert.That(result.Turns.Select(t => t.Speaker), Is.EqualTo(new[] { "Owen Varley", "Ann Lee", "Owen Varley" }));
            Assert.That(result.Quotes.Select(q => q.Text), Has.None.StartsWith("No, they will not"), "a turn is no quote");
            Assert.That(result.Quotes.Select(q => q.Speaker), Has.None.EqualTo("Lab"), "a label is no speaker of its turn's words");
        });
    }

    // A Westminster record: a heading above the first label, three members each named in full once, and later turns
    // labelled by name alone; "hon." in lower case ends no sentence.
    private const string Hansard = """
        Housing Bill

        Angela Hart (Sheffield Central) (Lab): The Minister says that the Government have built more homes than ever before. Will she admit that the target will be missed?

        The Minister for Housing (Sarah Dunmore): I thank the hon. Lady for her question, but she is simply wrong. We have delivered 1.2 million homes since 2019.

        Mr Peter Aldous (Waveney) (Con): My hon. Friend will know that councils in Suffolk have welcomed the new infrastructure fund.

        Sarah Dunmore: I do agree with my hon. Friend. The fund will unlock thousands of homes in rural communities.

        Angela Hart: The Local Government Association has warned that a third of councils face bankruptcy.
        """;

    [Test]
    public void Turns_WestminsterRecord_FindsFullAndShortLabelsButNoHeading()
    {
        AnalysisResult result = Analyzer.Analyze(Hansard);

        Assert.Multiple(() =>
        {
            Assert.That(result.Turns.Select(t => (t.Label, t.Speaker)), Is.EqualTo(new[]
            {
                ("Angela Hart (Sheffield Central) (Lab)", "Angela Hart"), ("The Minister for Housing (Sarah Dunmore)", "Sarah Dunmore"),
                ("Mr Peter Aldous (Waveney) (Con)", "Peter Aldous"), ("Sarah Dunmore", "Sarah Dunmore"), ("Angela Hart", "Angela Hart"),
            }));
            Assert.That(result.Turns.Where(t => t.Role == TurnRole.Voice).Select(t => t.Speaker).Distinct().Count(), Is.EqualTo(1),
                "one member is the voice");
            Assert.That(result.Claims.Where(c => c.Text.StartsWith("My hon. Friend will know", StringComparison.Ordinal)).Select(c => c.Speaker),
                Is.EqualTo(new[] { "Peter Aldous" }));
        });
    }

    [TestCase("I thank the hon. Lady for her question.")]
    [TestCase("My right hon. Friend is right.")]
    public void Sentences_LowerCaseHonourable_EndsNoSentence(string text)
    {
        Assert.That(Analyzer.Analyze(text).Sentences, Has.Count.EqualTo(1));
    }

    [Test]
    public void Claims_Briefing_QuestionsClaimNothingAndParticipantsSpeakForThemselves()
    {
        AnalysisResult result = Analyzer.Analyze(Briefing);
        Turn[] questions = result.Turns.Where(t => t.Role == TurnRole.Question).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(result.Claims.Where(c => questions.Any(q => c.Start >= q.Start && c.Start < q.End)), Is.Empty);
            Assert.That(result.Claims.Single(c => c.Text.Contains("deadline", StringComparison.Ordinal)).Speaker, Is.EqualTo("LORIMER"));
            Assert.That(result.Claims.Single(c => c.Text.Contains("ceasefire", StringComparison.Ordinal)).Speaker, Is.EqualTo("author"));
            Assert.That(result.Claims.Where(c => c.Text.Contains("WHITFIELD", StringComparison.Ordinal) || c.Text.Contains("LORIMER", StringComparison.Ordinal)),
                Is.Empty, "a speaker label is no part of a claim");
        });
    }

    // In a question from the floor, "you" (and "you guys") is whoever answers, the voice here; a name or rank the question
    // opens by addressing (Q Admiral, ...) is not the reported verb's speaker, though the parse may make it its subject.
    [TestCase("Q Thank you. You said the aid corridors were open again.", "author")]
    [TestCase("Q Thank you. How can you guys say the aid corridors were open again.", "author")]
    [TestCase("Q Admiral, over the weekend, President Lee, in his op-ed, said the aid corridors were open again.", null)]
    public void Quotes_QuestionFromTheFloor_NamesWhoseReportItQuotes(string question, string? speaker)
    {
        string text = Briefing.Replace("Q Thank you. You said the aid corridors were open again.", question, StringComparison.Ordinal);

        Assert.That(SpeakerOfQuoteWith(text, "corridors were open"), Is.EqualTo(speaker));
    }

    // A speaker label names who speaks next, not whom the turn's first "they" means, even when the name model reads the
    // label's surname as an organisation.
    [Test]
    public void Quotes_TheyAfterALabel_IsNotTheLabel()
    {
        const string gaggle = """
            Press Gaggle by Press Secretary Ann Lorimer

            MS. LORIMER: Hi, everyone.

            Q When the two leaders met, did they agree to meet again?

            MR. WALMART: They agreed they would meet again before the summer.

            MS. LORIMER: Thanks, John.
            """;
        Assert.That(SpeakerOfQuoteWith(gaggle, "meet again before"), Is.EqualTo("two leaders"));
    }

    // The name a question addresses is not whom its next "he" or "she" means.
    [Test]
    public void Quotes_HeAfterTheNameAQuestionAddresses_IsNotThatName()
    {
        const string briefing = """
            Press Briefing by Press Secretary Jen Ruiz

            MS. RUIZ: Good afternoon. Go ahead.

            Q Jen, the President took pains last night in his speech to condemn attacks on farmers. He called them "un-American" and said the attacks must stop.

            MS. RUIZ: Yes.
            """;
        Assert.That(SpeakerOfQuoteWith(briefing, "attacks must stop"), Is.EqualTo("President"));
    }

    // A title label (THE PRESIDENT:) is no role noun the next pronoun means either.
    [Test]
    public void Quotes_SheAfterATitleLabel_IsNotTheLabel()
    {
        const string remarks = """
            Remarks at a Roundtable on Flood Recovery

            THE PRESIDENT: Thank you very much. We will take care of the people here.

            MS. LOWE: Thank you, sir. My mother lost her home in the flood.

            THE PRESIDENT: And she said, "We will rebuild it together."

            MS. LOWE: That is right.
            """;
        Assert.That(SpeakerOfQuoteWith(remarks, "rebuild"), Is.Not.EqualTo("PRESIDENT").And.Not.EqualTo("President"));
    }

    // A third-person pronoun in a turn is never the one whose turn it is, even when the label is the person last named.
    [Test]
    public void Quotes_HeInAParticipantsTurn_IsNotTheParticipant()
    {
        const string gaggle = """
            Press Gaggle by Press Secretary Ann Lorimer and National Security Adviser John Roe

            MS. LORIMER: Hi, everyone. The National Security Adviser will take a few questions.

            Q And on China, did President Daniel Kovac raise export controls?

            MR. ROE: He did. He told President Xi that the controls are about national security.
            """;

        Assert.That(SpeakerOfQuoteWith(gaggle, "controls are about"), Is.EqualTo("Daniel Kovac"));
    }

    [Test]
    public void Turns_JsonRoundTrip_KeepsEveryField()
    {
        AnalysisResult result = Analyzer.Analyze(Briefing);

        AnalysisResult read = AnalysisResult.FromJson(result.ToJson());

        Assert.Multiple(() =>
        {
            Assert.That(read.Turns, Is.EqualTo(result.Turns));
            Assert.That(result.ToJson(), Does.Contain("\"role\": \"question\"").Or.Contain("\"role\":\"question\""));
        });
    }

    [Test]
    public void Turns_HeadingNamesTheVoice_EvenWhenAnotherSpeakerTalksLonger()
    {
        const string text = """
            Remarks by President Alvarez at a Signing Ceremony

            THE PRESIDENT: Thank you. Today we sign the water act. It will clean our rivers.

            MR. OKAFOR: Thank you, Mr. President. This act is the work of many years and many hands, from farmers to engineers, and it will change how every town in the valley gets its water for decades to come.

            THE PRESIDENT: Thank you, Chidi. Now let us sign it.
            """;

        IReadOnlyList<Turn> turns = Analyzer.Analyze(text).Turns;

        Assert.That(turns.Select(t => t.Role), Is.EqualTo(new[] { TurnRole.Voice, TurnRole.Participant, TurnRole.Voice }));
    }

    [Test]
    public void Turns_CongressionalRecordLabels_AreTurns()
    {
        const string text = """
            Mr. HOLLOWAY of Vermont. Mr. Speaker, this bill will raise the cost of heating oil for every family in my state.

            Mrs. DEVANE. Mr. Speaker, will the gentleman yield?

            Mr. HOLLOWAY of Vermont. I yield to the gentlewoman.

            Mrs. DEVANE. The bill lowers the cost of heating oil, as the budget office found.
            """;

        IReadOnlyList<Turn> turns = Analyzer.Analyze(text).Turns;

        Assert.Multiple(() =>
        {
            Assert.That(turns.Select(t => t.Label), Is.EqualTo(new[] { "Mr. HOLLOWAY of Vermont", "Mrs. DEVANE", "Mr. HOLLOWAY of Vermont", "Mrs. DEVANE" }));
            Assert.That(turns.Count(t => t.Role == TurnRole.Voice), Is.EqualTo(2));
        });
    }

    // Two members each speaking once in the Congressional Record's form are an exchange; the one with more words is the voice.
    [Test]
    public void Turns_TwoCongressionalMembersSpeakingOnceEach_AreTurns()
    {
        const string text = """
            Mr. HOLLOWAY. Madam Speaker, I rise in opposition to this bill. It raises the cost of heating oil for every family in my state, and it does nothing for the farmers who need help most.

            Mrs. DEVANE. I thank the gentleman. I support this bill because it funds the heating assistance we need.
            """;

        AnalysisResult result = Analyzer.Analyze(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Turns.Select(t => (t.Label, t.Role)), Is.EqualTo(new[] { ("Mr. HOLLOWAY", TurnRole.Voice), ("Mrs. DEVANE", TurnRole.Participant) }));
            Assert.That(result.Claims.Where(c => c.Text.StartsWith("I support", StringComparison.Ordinal)).Select(c => c.Speaker), Is.EqualTo(new[] { "DEVANE" }));
        });
    }

    // One member's floor speech: the Record's label under its heading is the text's only label, names the voice and is no
    // claim; a middle initial (members who share a surname) is part of the label.
    [TestCase("HEATING ASSISTANCE\n\nMr. HOLLOWAY of Vermont. Madam Speaker, this bill raises the cost of heating oil for every family in my state.\n\nIt does nothing for farmers.", "Mr. HOLLOWAY of Vermont")]
    [TestCase("HEATING ASSISTANCE\n\nMs. ANNA T. DEVANE of Ohio. Madam Speaker, this bill raises the cost of heating oil for every family in my state.\n\nIt does nothing for farmers.", "Ms. ANNA T. DEVANE of Ohio")]
    public void Turns_OneCongressionalMemberOpeningTheText_IsTheVoice(string text, string label)
    {
        AnalysisResult result = Analyzer.Analyze(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Turns.Select(t => (t.Label, t.Role)), Is.EqualTo(new[] { (label, TurnRole.Voice) }));
            Assert.That(result.Claims.Select(c => c.Text), Has.None.StartsWith(label), "the label is no claim");
            Assert.That(result.Claims.Select(c => c.Speaker).Distinct(), Is.EqualTo(new[] { "author" }));
        });
    }

    // A lone label in the Record's form deep in a text opens no turn: nothing says the text is a member's speech.
    [Test]
    public void Turns_OneCongressionalLabelFarIntoTheText_IsNoTurn()
    {
        const string text = """
            The council met on Monday. It approved the budget. Members debated the heating bill. The vote was close.

            Mr. HOLLOWAY. The bill raises the cost of heating oil for every family in my state.
            """;

        Assert.That(Analyzer.Analyze(text).Turns, Is.Empty);
    }

    [TestCase("Mr. Speaker. The council met on Monday.\n\nIt approved the budget.")]
    [TestCase("NOTE: The figures are provisional.\n\nThe economy grew by two percent last year.")]
    [TestCase("Executive Summary\n\nThe council met on Monday. Mr. Speaker opened the session.")]
    [TestCase("WASHINGTON: The council met on Monday.\n\nIt approved the budget.")]
    [TestCase("Q fever spread in the valley.\n\nQ fever is a bacterial disease.")]
    [TestCase("Angela Hart: a profile\n\nAngela Hart grew up in Sheffield.\n\nAngela Hart: in her own words\n\nShe spoke to us in May.")]
    [TestCase("Housing Bill (Second Reading)\n\nThe bill was debated on Monday. Members voted for it.")]
    // Organisations with their acronyms in a round-up, each line more than one quotation (a quotation inside one).
    [TestCase("Reactions:\n\nCalder Farmers Union (CFU): “We thank the President for his support of “fair prices,” and we will work with him.”\n\n"
        + "National Association of Calder Growers (NACG): “”Growers are ready,” said our chair. We stand ready to help.”")]
    // Legislators with their states, each line more than one quotation.
    [TestCase("WHAT THEY ARE SAYING\n\nSenator Jane Holt (CT): Today the administration took a step. I applaud it.\n\n"
        + "Rep. Paul Reyes (CA-31): This is a good day. We will keep working.\n\nSenator Ann Lee (MD): “The rule matters,” and it will last.")]
    // Headings in capitals with a verb, one holding the same name as another.
    [TestCase("Today, President Donald Morrow signed an order.\n\nPRESIDENT DONALD MORROW IS ENDING THE LONG DELAYS: The order releases the records.\n\n"
        + "PRESIDENT DONALD MORROW DELIVERS ON HIS PROMISE: The files will be public.\n\nPROVIDING CITIZENS THE WHOLE TRUTH: The archive opens.")]
    public void Turns_NoTranscript_FindsNone(string text)
    {
        Assert.That(Analyzer.Analyze(text).Turns, Is.Empty);
    }

    [Test]
    public void Turns_ALongWestminsterRecord_FindsEveryShortLabel()
    {
        // Two members named in full, then 2,000 name-only turns: every line start is compared with a bounded list of names.
        string text = "Ann Lee (Bristol West) (Lab): The fares will rise.\n\nThe Secretary of State for Transport (Owen Varley): They will not.\n\n"
            + string.Concat(Enumerable.Repeat("Ann Lee: They will.\n\nOwen Varley: They will not.\n\n", 1000));
        Document document = AttributionEvaluation.CreatePipeline().Run(Document.FromText(text));

        Assert.Multiple(() =>
        {
            Assert.That(document.Turns, Has.Count.EqualTo(2002));
            Assert.That(document.Turns[^1].Speaker, Is.EqualTo("Owen Varley"));
            Assert.That(document.Turns[^2].Speaker, Is.EqualTo("Ann Lee"));
        });
    }

    [Test]
    public void Turns_ManyQuestionsInARow_CostStaysLinear()
    {
        string text = "MS. ROSS: Welcome.\n\n" + string.Concat(Enumerable.Repeat("Q You said the plan works. Does it?\n\n", 3000));
        Document document = AttributionEvaluation.CreatePipeline().Run(Document.FromText(text));

        Assert.Multiple(() =>
        {
            Assert.That(document.Turns, Has.Count.EqualTo(3001));
            Assert.That(TranscriptTurns.IndexAt(document.Turns, text.Length - 3), Is.EqualTo(3000));
        });
    }
}
