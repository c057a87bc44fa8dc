using PolicyTextAnalysis.Attribution;

namespace PolicyTextAnalysis.Tests.Attribution;

/// <summary>Who a speaker phrase names: an officer with no name, a document's issuer, and names inside longer phrases.
/// Each case's last quote is the one under test.</summary>
public class SpeakerResolutionTests
{
    // A pronoun subject goes on with its own person, not with a person named as the subject of what was said.
    [Test]
    public void Predict_PronounAfterAReportAboutSomeoneElse_IsTheSpeaker()
    {
        IReadOnlyList<Quote> quotes = AttributionTestPipeline.Quotes("I wanted to ask about comments that Representative Tom Reyes made "
            + "about the Calder government.  He said in a video that Frank Oberle is a “thug.”  He also said that the Calder government is corrupt.");

        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Tom Reyes", "Tom Reyes" }));
    }

    // An officer with no name speaks for the organisation whose officer he is; a place is only where he is from.
    [TestCase("A spokesman for the Department of Energy said that the plant would close.", "Department of Energy")]
    [TestCase("The vice president of the Royal Society wrote that the data were sound.", "Royal Society")]
    [TestCase("The senator from Alaska said that the bill was dead.", "senator")]
    // A role the tagger reads as an adjective is still the subject's noun (the treebanks show "executive" only as one).
    [TestCase("The chief executive said that the company would cut prices.", "chief executive")]
    [TestCase("Mr. Speaker, my colleague from Ohio has argued that this bill will cost jobs.", "my colleague")]
    [TestCase("A statement from the Department of Energy said that the plant was safe.", "Department of Energy")]
    // People an organisation or place names as its own speak as the text names them; one officer keeps the body's name.
    [TestCase("Scientology officials have stated that they have not received the materials.", "Scientology officials")]
    [TestCase("A Taliban spokesman said that the talks would resume.", "Taliban")]
    // "The leaders" are not the one body the text elsewhere writes before the noun (the Quad leaders): a noun for people is
    // no document whose issuer that body is.
    [TestCase("The President of Calder welcomed the Prime Minister of Riverton on Monday. The leaders announced plans to expand trade. "
        + "Riverton will host the Quad leaders in the fall.", "leaders")]
    // A relative clause on a noun predicated of a subject is the subject's (the one who said); a cleft's is the noun's.
    [TestCase("Senator Mara Ruiz was the one who said the plan would fail.", "Mara Ruiz")]
    [TestCase("Teachers are the ones who believe the plan will work.", "Teachers")]
    [TestCase("It was the senator who said the plan would fail.", "senator")]
    // One person described by a place or a people is not that place or people: the description speaks.
    [TestCase("\"The curfew has helped,\" says a longtime Denver resident.", "longtime Denver resident")]
    [TestCase("A Peruvian official said the tariffs were unfair.", "Peruvian official")]
    [TestCase("An Austrian military spokesman told reporters that the exercise was over.", "Austrian military spokesman")]
    // A place before a name the recogniser missed only says whose the name is: the whole name speaks, not the place.
    [TestCase("The UK Sunday Times wrote \"Why everything you think you know about global warming is wrong.\"", "UK Sunday Times")]
    // A relative clause's "who" is the noun it modifies, also when the parser hangs the clause on the comma after it.
    [TestCase("Many economists, who believe the tariffs will raise prices, objected.", "Many economists")]
    // A document issued by someone is theirs: a participle of issuing with its "by" phrase (cue lexicon class issue); a
    // participle of perceiving is not one.
    [TestCase("The report, released Tuesday by the Government Accountability Office, found that costs had doubled.", "Government Accountability Office")]
    [TestCase("A survey conducted by Gallup shows that support has fallen.", "Gallup")]
    [TestCase("A letter signed by Senator Tom Cole says that the plan will fail.", "Tom Cole")]
    [TestCase("A leaked letter seen by Sky News says that the program will end.", "leaked letter")]
    // A noun the parser made the root, with the cue hung on it after a comma as parataxis, is the subject it missed.
    [TestCase("Supporters of the bill, including the American Medical Association, say it will save lives.", "Supporters")]
    [TestCase("Some scholars believe that a land bridge once joined the two continents.", "Some scholars")]
    [TestCase("Two senior officials said that the talks had stalled.", "Two senior officials")]
    [TestCase("These results show that the program lowered costs.", "These results")]
    [TestCase("A teacher wrote that the school had no heating.", "teacher")]
    [TestCase("Of interest here, studies suggest that, despite the difficulties in acquiring L2 grammar, learners improve.", "studies")]
    [TestCase("And that recalls a statement made by Senator Tom Cole a few minutes ago that there is an effort to divide people.", "Tom Cole")]
    [TestCase("After the match, Hernan Dario Gomez, Panama coach, said, \"I think we have learned a lot from today's game.\"", "Hernan Dario Gomez")]
    // The same with the description first and the name set off by commas right before the verb.
    [TestCase("Asked about the delay, the foreign minister, Ahmed Karimi, said the deadline was not realistic.", "Ahmed Karimi")]
    // The same when the parse hung the finite cue on a participle before it as its complement (the name an apposition of
    // the place before it), but not a name inside a prepositional phrase (no speaker rather than the place).
    [TestCase("And citing the upcoming election for governor in Virginia, Senator Jane Holt said he thinks the House needs to vote on the bill.", "Jane Holt")]
    [TestCase("And citing the upcoming election for governor in Virginia, Governor Dana Reyes of Calder, for instance, said he thinks the House needs to vote on the bill.", null)]
    // A nominal with a preposition is no subject, and a prepositional phrase the parse made an apposition is no noun a
    // relative clause describes: the named soldier speaks, not the tour.
    [TestCase("Captain Ruth Vance of Mobile, Alabama, also on her second tour said, \"We are tired.\"", "Ruth Vance")]
    [TestCase("Specialist Ana Ruiz, 24, of Tucson, Arizona, now on her third tour, who told Reuters, \"We need more armour.\"", "Ana Ruiz")]
    // A name in apposition to the subject speaks, also when a title the recogniser left out heads the apposition.
    [TestCase("The bill's sponsor, Rep. Ann Lee, told colleagues the measure would save money.", "Ann Lee")]
    // A passive verb of expecting or saying raises its infinitive's subject, which speaks.
    [TestCase("The panel is expected to urge the administration to open direct talks.", "panel")]
    [TestCase("The minister is said to have warned that the talks would fail.", "minister")]
    // Also when the parse takes the name for a clause of the subject (an acl), after the subject's own prepositional phrase.
    [TestCase("The spokesman for the new party, Lai Mohammed, tells VOA that efforts to amend the constitution are illegal.", "Lai Mohammed")]
    // The tagger reads "executive" as an adjective, so the parse makes the possessor the head: the name set off by commas
    // in the phrase speaks.
    [TestCase("The regulator's chief executive, Jonathan Brearley, warned on Tuesday that bills could rise again.", "Jonathan Brearley")]
    // A title's name set off by commas, which the parse hangs on the title's complement or leaves to a participle clause.
    [TestCase("\"We will publish the full plan in the spring,\" said the Secretary of State for Health and Social Care, Mark Hill.", "Mark Hill")]
    [TestCase("Commenting on the announcement, the Minister for Care, Helen Stone MP, said: \"We are putting patients first.\"", "Helen Stone")]
    // A party-and-state note in parentheses says where the legislator sits, not who speaks.
    [TestCase("Rep. Carl Boyd (R-Texas) said the vote would be close.", "Carl Boyd")]
    // A capitalised word the parse makes an apposition of the name's head with no comma between is part of the name.
    [TestCase("When the minister said that he objected to the law, who led the standing ovation, the Attorney General of the "
        + "United States who confessed to the senator from Ohio that he didn't read the bill.", "Attorney General")]
    // After a comma a participle takes its object, not an inverted subject: the one who speaks is the main clause's subject.
    [TestCase("The governor signed the budget on Monday, telling reporters that the state would balance its books.", "governor")]
    [TestCase("Senator Maria Lopez spoke on the floor on Friday, urging Congress to pass the farm bill before the recess.", "Maria Lopez")]
    [TestCase("The union rejected the offer, reminding members that the strike fund was full.", "union")]
    // Of two subjects the parse gives a cue, a phrase set off by commas describes the first; a title the parse coordinated
    // with the name after it heads that name.
    [TestCase("Representative Kevin Brady of Texas, the committee's top Republican, said the plan would send jobs overseas.", "Kevin Brady")]
    // Critics and rivals stand against the name beside them (the stance lexicon's opposing nouns): it does not speak;
    // a name in apposition still does.
    [TestCase("Henrik Lindqvist defended the reform. Lindqvist's critics say the timing could not be worse.", "critics")]
    [TestCase("Trump critics said the order was unlawful.", "Trump critics")]
    [TestCase("His opponent, Mark Ruiz, said the plan would fail.", "Mark Ruiz")]
    // Of two subjects the parse gives a cue, the object of a verb in the first one's relative clause is no subject.
    [TestCase("The independent experts who have analyzed my plans have found that they would raise wages.", "independent experts")]
    // Of two subjects the parse gives a cue, one right after a preposition it hung elsewhere is inside the first's phrase.
    [TestCase("Lawmakers critical of the deal said it fell short of the budget.", "Lawmakers")]
    // A name the parse hung on a date it took for the subject speaks.
    [TestCase("In a statement released Thursday, Australian Defense Minister Robert Hill said the mission has been achieved.", "Robert Hill")]
    // An office named in an "of" phrase before its holder: the holder speaks, not the title or the office.
    [TestCase("“The plan is working,” said Secretary of the Interior Ann Cole.", "Ann Cole")]
    [TestCase("“The plan is working,” said Secretary of Agriculture Tom Baker.", "Tom Baker")]
    [TestCase("“The plan is working,” said Department of Homeland Security Secretary Mary Jones.", "Mary Jones")]
    // A cue with its own subject under a verb of quoting speaks for that subject, not for the one quoted.
    [TestCase("The paper quoted critics like the lawyer Tom Baker and the campaigner Mara Quill, with Quill stating: \"People need quicker decisions.\"", "Quill")]
    // A phrase put first and taken up by a pronoun (left dislocation, as speakers talk) is the one who speaks.
    [TestCase("The mayor spoke first. And the president of the union, Mara Quill, she said that the strike would go on.", "Mara Quill")]
    // Capitalised words of a heading do not run on into the name that opens the next paragraph.
    [TestCase("Joint Statement on Calder Cooperation Against COVID-19\n\nBoth Presidents said that they would explore areas of cooperation.", "Presidents")]
    // A description set off by dashes after the name describes it; the name speaks.
    [TestCase("Calder Analytics — a Wall Street firm — has said that we could end up with fewer jobs this year.", "Calder Analytics")]
    [TestCase("Calder’s — a Wall Street firm — has said that we could end up with fewer jobs this year if we don’t act.", "Calder")]
    // A name the parse hung on the phrase before it, with its description set off by commas before the cue: the name
    // speaks, also after a long description; a name on its own before a cue the parse made its conjunct speaks too.
    [TestCase("In a statement, Dana Reyes, the mayor, said the city would rebuild.", "Dana Reyes")]
    [TestCase("In a letter to the board, Dana Reyes, the chair of the Senate Finance Committee and a former governor, said the city would rebuild.", "Dana Reyes")]
    [TestCase("- United Calder, Inc., says it is raising its outlook by $400 million.", "United Calder")]
    // A quotation closing the paragraph before is not the frame of the next paragraph's cue.
    [TestCase("Lena Marsh spoke first.\n\n“When the Governor signed the bill, she set the state on a new course.”\n\nIn a statement, Omar Tillman, the mayor, said:\n\n“We will rebuild.”", "Omar Tillman")]
    // "They" after a sentence naming people in another role: those people, before a subject further back.
    [TestCase("Democratic senators met on Monday. We need a ban on assault weapons. Talk to most responsible gun owners and hunters. They’ll tell you that there is no justification for 100 rounds.",
        "most responsible gun owners")]
    // An open complement's subject is the object of the verb it completes (heard the minister say), also a pronoun; a
    // relative clause the parse hung on a verb is still the noun's before its relative word.
    [TestCase("We heard the minister say that the talks would resume.", "minister")]
    [TestCase("Mara Quill arrived at noon with her son Tom.\n\nHe heard her tell the room that the plan would work.", "Mara Quill")]
    [TestCase("One of the complaints that I hear a lot from people who believe that they were targeted is about the delays.", "people")]
    // "As they say" in the present is the idiom of common speech: nobody in particular, not the people named before; "as
    // they said" reports them.
    [TestCase("The Democrats met on Monday.\n\nAs they say in southern Calder, “You done good, kid.”", null)]
    [TestCase("The Democrats met on Monday. As they said, the bill would pass.", "Democrats")]
    // One of a group of people is one person, described by the group; as a subject, the next he or she is that person
    // (not someone named paragraphs before), but not when only mentioned in passing.
    [TestCase("One of the minister’s aides told reporters that the talks had stalled.", "One of the minister’s aides")]
    [TestCase("I was traveling with Vice President Lena Marsh last year.\n\nOne of my aides came in. He said, “We are late.”", "One of my aides")]
    [TestCase("President Omar Tillman spoke on Monday. I answered a question from one of your colleagues. He said the plan would work.", "Omar Tillman")]
    // A quantity of people: the people counted speak, not the quantity; one of them is one person, not the group.
    [TestCase("A number of congressional leaders have said that the tax cut saves people a few dollars.", "congressional leaders")]
    [TestCase("Over 90 percent of economists surveyed by the paper found that the plan would drive growth.", "economists")]
    // A name the parse hangs on the title before it, the clause's subject, is that clause's subject for a pronoun after it.
    [TestCase("I have a question on the comments that Congressman Tom Baker made: He said that the summit was a failure.", "Tom Baker")]
    // A predicate noun says what its subject is; it names nobody new for a later pronoun.
    [TestCase("Mayor Tom Reyes spoke on Monday. I mean, if you know the mayor, you know he is an optimist, right? He believes that the water law will pass.",
        "Tom Reyes")]
    [TestCase("I met Tom Reyes when he was a young mayor. He said, “I have two objectives.”", "Tom Reyes")]
    public void Predict_SpeakerPhrase_NamesWhoSpeaks(string text, string? speaker)
    {
        Assert.That(AttributionTestPipeline.Quotes(text)[^1].Speaker, Is.EqualTo(speaker));
    }

    // A description opens with a word, whatever punctuation the parse hung on its modifiers.
    [Test]
    public void Predict_DescriptionOfAGarbledParse_OpensWithAWord()
    {
        IReadOnlyList<Quote> quotes = AttributionTestPipeline.Quotes("You know, my dad — who never went to college; who was the smartest, toughest, "
            + "most gracious man I knew; who managed a car dealership — used to say, “Tom, a job is about a lot more than a paycheck.”");

        Assert.That(quotes.Select(q => q.Speaker), Has.All.Matches<string?>(s => s is null || char.IsLetterOrDigit(s[0])));
    }

    [Test]
    public void Predict_OneOfAGroup_IsNotTheGroup()
    {
        Quote q = AttributionTestPipeline.Quotes("One of the senators told reporters that the bill would fail.").Single();

        Assert.That(q.Speaker, Is.Not.EqualTo("senators"));
    }

    // A lone name before the comma is as often a call to someone: the pronoun is not that name.
    [Test]
    public void Predict_PronounAfterALoneNameAndComma_IsNotTheName()
    {
        IReadOnlyList<Quote> quotes = AttributionTestPipeline.Quotes("I asked him if he would take me with him, but he wouldn't. Chris, he thought I would be the hockey puck.");

        Assert.That(quotes.Select(q => q.Speaker), Has.None.EqualTo("Chris"));
    }

    // A date the parse took for the subject names nobody (the statement's issuer is lost with it).
    [TestCase("A statement Sunday from the Romanian presidency said the reporters are safe.")]
    [TestCase("The military's plan, announced Wednesday, is aimed at improving security.")]
    public void Predict_ADateTakenForTheSubject_IsNoSpeaker(string text)
    {
        Assert.That(AttributionTestPipeline.Quotes(text).Select(q => q.Speaker), Has.None.Matches<string?>(s => s is "Sunday" or "Wednesday"));
    }

    [Test]
    public void Predict_BareRole_IsNotANameGivenLater()
    {
        // A bare role is matched to a role given before it, not to the Prime Minister named paragraphs later.
        IReadOnlyList<Quote> quotes = AttributionTestPipeline.Quotes("Asked whether the government would back down, the minister replied that it "
            + "would not.\n\nTalks resumed on Friday.\n\nAs Prime Minister Keir Starmer put it last week, the country needs growth.");

        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "minister", "Keir Starmer" }));
    }

    [Test]
    public void Predict_BareRoleUsedBeforeANamedHolder_IsNotThatHolder()
    {
        // The text tells the two presidents apart: the bare one is not the one named with the title after it.
        IReadOnlyList<Quote> quotes = AttributionTestPipeline.Quotes("The President spoke with President Lena Marsh of Calderia this morning. "
            + "The President has said he would veto the bill.");

        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "President" }));
    }

    [Test]
    public void Predict_BareRoleToldApartFromALaterHolder_IsTheHolderNamedBefore()
    {
        // The text tells its own president from the one named later; the president named before is still the bare one.
        IReadOnlyList<Quote> quotes = AttributionTestPipeline.Quotes("President Lena Marsh will travel to Ohio on Friday to meet workers.\n\n"
            + "Q Did the president get an update from President Omar Tillman when they spoke this morning?\n\n"
            + "MS. REYES: The president called President Tillman because he believed it was the right thing to do.\n\n"
            + "Q The other day, the president said that the talks would resume next week.");

        Assert.That(quotes.Last().Speaker, Is.EqualTo("Lena Marsh"));
    }

    // A bare role is its latest holder when named near it, else the holder the text has named most often; a vice,
    // deputy or former holder and an indefinite role are not "the" role's holder; a role said again with the name
    // after a dash names that holder.
    [TestCase("President Lena Marsh arrived on Monday. President Lena Marsh met the governors. President Lena Marsh then toured "
        + "the port. Later, President Omar Haidari of Calderia joined the talks. The talks went well. Prices rose. Rain fell. "
        + "The President said the talks had gone well.", "Lena Marsh")]
    [TestCase("Vice President Omar Haidari spoke on Monday. The President said the talks had failed.", "President")]
    [TestCase("Former President Omar Haidari spoke on Monday. The president said the talks had failed.", "president")]
    [TestCase("Spokesman Omar Haidari spoke on Monday. A spokesman said the talks had failed.", "spokesman")]
    [TestCase("President Omar Haidari arrived on Monday. Venezuela's president said the talks had failed.", "Venezuela")]
    [TestCase("On Tuesday the President — President Lena Marsh — will host the governors. President Omar Haidari of Calderia "
        + "arrived later. The talks went well. Prices rose. Rain fell. President Lena Marsh spoke again. The port reopened. "
        + "Trade grew. Ships came. The President said the talks had gone well.", "Lena Marsh")]
    // A holder the text names by name alone near the role counts as near only as a subject (not Haidari's price hike).
    [TestCase("President Lena Marsh spoke on Monday. President Lena Marsh left on Tuesday. President Omar Haidari arrived later. "
        + "Prices rose. Rain fell. Ships came. Families paid for Haidari's price hike. The President said the talks had gone well.", "Lena Marsh")]
    [TestCase("Prime Minister Omar Haidari arrived on Monday. Prime Minister Lena Marsh arrived later. Prime Minister Lena Marsh "
        + "spoke. Prices rose. Rain fell. Ships came. Mr. Haidari made the announcement on Tuesday. The Prime Minister said the talks "
        + "had gone well.", "Omar Haidari")]
    public void Predict_BareRole_IsItsHolderInTheText(string text, string? speaker)
    {
        Assert.That(AttributionTestPipeline.Quotes(text).Last().Speaker, Is.EqualTo(speaker));
    }

    [Test]
    public void Predict_BareRoleInALongDocument_FindsTheHolderNamedBeforeIt()
    {
        // The roles named after a bare role do not crowd out those before it, however many there are.
        string text = "Foreign Minister Ana Ruiz arrived on Monday. The minister said the talks had failed.\n\n"
            + string.Concat(Enumerable.Range(0, 80).Select(i => $"Senator Tom Cole{(char)('a' + (i % 26))}{(char)('a' + (i / 26))} spoke.\n\n"));

        Assert.That(AttributionTestPipeline.Quotes(text).First().Speaker, Is.EqualTo("Ana Ruiz"));
    }

    [Test]
    public void Predict_ANameNoRecogniserTagged_EndsBeforeADay()
    {
        // News writes the day between the name and the verb; the day is no part of the name the bare role finds.
        IReadOnlyList<Quote> quotes = AttributionTestPipeline.Quotes("Interim Prime Minister Surayud Chulanont Thursday reaffirmed plans for "
            + "elections. The prime minister said the army would return to its barracks.");

        Assert.That(quotes.Select(q => q.Speaker), Has.Member("Surayud Chulanont").And.None.Contains("Thursday"));
    }

    // A person named only by a role after everyone named is who the next he means; a he subject carries its own
    // antecedent on, before a role it met; a role in apposition to a name is that name again.
    [TestCase("Ms. Ruth Baker took the floor. Yesterday, I spent time with the Sudanese ambassador. And he said that the ceasefire had collapsed.", "Sudanese ambassador")]
    [TestCase("Senator Tom Cole spoke first. He met the ambassador on Monday. He said that the talks had failed.", "Tom Cole")]
    [TestCase("In April, Tom Cole, host of the show and a noted economist, questioned the projections. He said that the talks had failed.", "Tom Cole")]
    // A role inside the named person's own relative clause describes that person: it is no new person for "she".
    [TestCase("Few builders now believe it.\n\n\"The numbers simply don't add up,\" says Rachel Okoye, who runs a mid-sized developer in "
        + "Leeds. Planning delays, she says, have added a year to every scheme her company has started.", "Rachel Okoye")]
    // A role word in its sense of a thing is no person: "his head" is not who "he" means.
    [TestCase("Dr. Tom Mortimer came in. His long back was bowed, and he walked with a forward thrust of his head.\n\n\"I am so very glad,\" said he.", "Tom Mortimer")]
    public void Predict_He_IsTheLastPersonOrTheSubjectsChain(string text, string speaker)
    {
        Assert.That(AttributionTestPipeline.Quotes(text)[^1].Speaker, Is.EqualTo(speaker));
    }

    // "they" is the people a plural person noun subject names, before an organisation the sentence names in passing;
    // with no such subject, the organisation.
    [TestCase("Researchers at the University of Calder studied 1,000 children. They say that iodine should be added to salt.", "Researchers")]
    [TestCase("The University of Calder studied 1,000 children. They say that iodine should be added to salt.", "University of Calder")]
    [TestCase("The study's authors say iodine deficiency is a serious issue in Australia. The results published in the Medical Journal of "
        + "Australia this week revealed that children are deficient. The report has prompted calls for change. They say that iodine should be added to salt.", "authors")]
    // A group that is the subject of a clause before "they" in its own sentence comes first.
    [TestCase("A Department of Health spokesperson said the rules would stay. Environmental groups have condemned the decision, "
        + "which they say will accelerate deforestation.", "Environmental groups")]
    public void Predict_They_IsThePreviousSubjectGroup(string text, string speaker)
    {
        Assert.That(AttributionTestPipeline.Quotes(text)[^1].Speaker, Is.EqualTo(speaker));
    }

    // A people is "they", never "it": with only a people before it, "it" names nobody.
    [Test]
    public void Predict_It_IsNoPeople()
    {
        Assert.That(AttributionTestPipeline.Quotes("The proposal is very popular with the American people.\n\nIt also shows that voters want action.")
            .Select(q => q.Speaker), Has.None.AnyOf("American", "Americans", "American people"));
    }

    // A state or place is "it", never "they": with only a country before it, "they" names nobody.
    [TestCase("The deal with Colombia is better than the deal with Korea. When they say the deal is fair, we should say it is not.")]
    public void Predict_They_IsNoStateOrPlace(string text)
    {
        Assert.That(AttributionTestPipeline.Quotes(text).Select(q => q.Speaker), Has.None.AnyOf("Colombia", "Korea", "United States", "America"));
    }

    // A bare role noun is the holder of a role it heads: "the secretary" after "Secretary of Defense Maria Lopez"; a role
    // with another modifier is someone else's.
    [TestCase("Secretary of Defense Maria Lopez met the governors on Friday. The secretary said the talks were productive.", "Maria Lopez")]
    [TestCase("Secretary of Defense Maria Lopez met the governors on Friday. The Treasury secretary said the talks were productive.", "Treasury")]
    // An officer of another body is not the holder of the title named before (the president of a union after President Lee);
    // the title of an office still is.
    [TestCase("President Lee spoke about jobs on Monday. Now the president of the Ohio Farmers Union has come out to say that the plan will cost jobs.", "Ohio Farmers Union")]
    [TestCase("President Lee spoke about jobs on Monday. The President of the United States said the bill would pass.", "Lee")]
    public void Predict_RoleNoun_IsTheHolderOfARoleItHeads(string text, string speaker)
    {
        Assert.That(AttributionTestPipeline.Quotes(text)[^1].Speaker, Is.EqualTo(speaker));
    }

    // A person described by a gendered noun (the woman, the chairman) is not "he" or "she" of the other gender.
    [TestCase("Governor Paul Brandt met the union. The woman spoke first. He said the deal was fair.", "Paul Brandt")]
    [TestCase("Ruth Okafor became the first Black woman to lead the agency. And he believes the plan is fair.", null)]
    public void Predict_HeOrShe_IsNoDescriptionOfTheOtherGender(string text, string? speaker)
    {
        Assert.That(AttributionTestPipeline.Quotes(text)[^1].Speaker, Is.EqualTo(speaker));
    }

    // "he" or "she" is never a plural noun subject (Senators, officials), however recent: a person named before it is.
    [TestCase("Maria Lopez praised the deal. Senators called on the administration to release the funds. She said the talks would resume.", "Maria Lopez")]
    [TestCase("Maria Lopez praised the deal. Senators called on the administration to release the funds, and she said the talks would resume.", "Maria Lopez")]
    public void Predict_HeOrShe_IsNotAPluralSubject(string text, string speaker)
    {
        Assert.That(AttributionTestPipeline.Quotes(text)[^1].Speaker, Is.EqualTo(speaker));
    }

    // "the administration" is the one the document names anywhere, when it names exactly one; a second owner of the
    // noun (its report, the Treasury report) leaves it a description.
    [TestCase("According to the administration, the new rules add protections. Later, the Bush administration will push the deal.", "Bush")]
    [TestCase("According to the report, prices rose sharply. The Commission published its report in May. Critics dismissed the Treasury report.", "report")]
    public void Predict_DefiniteNoun_IsItsOnlyOwnerInTheDocument(string text, string speaker)
    {
        Assert.That(AttributionTestPipeline.Quotes(text)[0].Speaker, Is.EqualTo(speaker));
    }
}
