using PolicyTextAnalysis.Attribution;
using PolicyTextAnalysis.Claims;

namespace PolicyTextAnalysis.Tests.Attribution;

/// <summary>
/// Attribution and claim rules on parses the shipped parser does not make but a retrained one did (a parser seed-averaged
/// in session 11): each parse is wrong somewhere, and the rule still reads the sentence right. Guards the rules against
/// the parser lottery: a rule that only works on the shipped parser's reading of its test sentence fails here.
/// </summary>
public class GivenParseTests
{
    // "said" made the root and the main clause "voted" its complement, with the that-clause an adverbial of "voted".
    private const string WhenSaid = P1;

    // "rose" tagged NOUN and made an apposition of the source.
    private const string AccordingRoseAsNoun = P2;

    // The closing mark and the stop hung on the main verb, outside the quoted clause.
    private const string ClosingMarkOnRoot = P3;

    // "But" made the root; the "as" clause hung on "plan", itself attached as punctuation.
    private const string ButAsRoot = P4;

    // Sentence-initial "As" read as a preposition of the subject, "reported" made the root, the main clause its adverbial
    // (the shipped parser's reading of such a sentence with a coordinated subject).
    private const string AsOpeningAsPreposition = P5;

    [Test]
    public void WhenClauseParsedAsMain_ReportsOnlyTheThatClause_AndTheSentenceStaysTheAuthors()
    {
        const string text = "When Lena Weiss said that the plan had failed, the council voted to end the program at once.";
        Document document = GivenParseStage.Pipeline(WhenSaid).Run(Document.FromText(text));

        Assert.Multiple(() =>
        {
            Assert.That(document.Quotes.Select(q => (q.Text, q.Speaker)), Is.EqualTo(new[] { ("the plan had failed", (string?)"Lena Weiss") }));
            Assert.That(document.Claims.First(c => c.Start == 0).Speaker, Is.EqualTo(ClaimStage.Author));
        });
    }

    [Test]
    public void AccordingTo_ClauseParsedAsApposition_IsStillTheContent()
    {
        const string text = "According to Lena Weiss, prices rose by 4 percent last year.";
        IReadOnlyList<Quote> quotes = GivenParseStage.Pipeline(AccordingRoseAsNoun).Run(Document.FromText(text)).Quotes;

        Assert.That(quotes.Select(q => (q.Text, q.Speaker)), Is.EqualTo(new[] { ("prices rose by 4 percent last year", (string?)"Lena Weiss") }));
    }

    [Test]
    public void QuotedFragment_ClosingMarkHungOutside_KeepsItsClosingMark()
    {
        const string text = "Even the editors conceded that the policy \"has surprised its critics.\"";
        Quote quote = GivenParseStage.Pipeline(ClosingMarkOnRoot).Run(Document.FromText(text)).Quotes.Single();

        Assert.That(quote.Text, Is.EqualTo("the policy \"has surprised its critics.\""));
    }

    [Test]
    public void AsParenthetical_InAGarbledParse_ReportsItsSentence()
    {
        const string text = "But his own plan, as the Calder Institute has shown, would raise taxes on millions of families.";
        Quote quote = GivenParseStage.Pipeline(ButAsRoot).Run(Document.FromText(text)).Quotes.Single();

        Assert.Multiple(() =>
        {
            Assert.That(quote.Speaker, Is.EqualTo("Calder Institute"));
            Assert.That(quote.Text, Is.EqualTo("But his own plan, as the Calder Institute has shown, would raise taxes on millions of families"));
        });
    }

    [Test]
    public void AsOpening_ReadAsPreposition_ReportsTheRestOfTheSentence()
    {
        const string text = "As the Tribune and the Ledger have reported, the agency is using new rules to speed up approvals.";
        Quote quote = GivenParseStage.Pipeline(AsOpeningAsPreposition).Run(Document.FromText(text)).Quotes.Single();

        Assert.Multiple(() =>
        {
            Assert.That(quote.Text, Is.EqualTo("the agency is using new rules to speed up approvals"));
            Assert.That(quote.Speaker, Is.EqualTo("Tribune"));
        });
    }

    [TestCase(P6, "Lena Weiss is calling on the mayor and the council to delay the vote.", "the mayor and the council to delay the vote")]
    [TestCase(P7, "Lena Weiss is asking the mayor and the Home Secretary to review how the money is spent.",
        "the mayor and the Home Secretary to review how the money is spent")]
    public void BiddingTwoAddressees_InfinitiveHungOnTheLastOrCoordinatedWithTheCue_IsStillTheContent(string parse, string text, string content)
    {
        Quote quote = GivenParseStage.Pipeline(parse).Run(Document.FromText(text)).Quotes.Single();

        Assert.Multiple(() =>
        {
            Assert.That(quote.Text, Is.EqualTo(content));
            Assert.That(quote.Speaker, Is.EqualTo("Lena Weiss"));
        });
    }

    private const string P1 =
        "1\tWhen\twhen\tADV\tWRB\t_\t4\tadvmod\n2\tLena\tLena\tPROPN\tNNP\t_\t4\tnsubj\n3\tWeiss\tWeiss\tPROPN\tNNP\t_\t2\tflat\n4\tsaid\tsay\tVERB\tVBD\t_\t0\troot\n5\tthat\tthat\tSCONJ\tIN\t_\t9\tmark\n6\tthe\tthe\tDET\tDT\t_\t7\tdet\n7\tplan\tplan\tNOUN\tNN\t_\t9\tnsubj\n8\thad\thave\tAUX\tVBD\t_\t9\taux\n9\tfailed\tfail\tVERB\tVBN\t_\t13\tadvcl\n10\t,\t,\tPUNCT\t,\t_\t9\tpunct\n11\tthe\tthe\tDET\tDT\t_\t12\tdet\n12\tcouncil\tcouncil\tNOUN\tNN\t_\t13\tnsubj\n13\tvoted\tvote\tVERB\tVBD\t_\t4\tccomp\n14\tto\tto\tPART\tTO\t_\t15\tmark\n15\tend\tend\tVERB\tVB\t_\t13\txcomp\n16\tthe\tthe\tDET\tDT\t_\t17\tdet\n17\tprogram\tprogram\tNOUN\tNN\t_\t15\tobj\n18\tat\tat\tADP\tIN\t_\t19\tcase\n19\tonce\tonce\tADV\tRB\t_\t15\tobl\n20\t.\t.\tPUNCT\t.\t_\t4\tpunct";

    private const string P2 =
        "1\tAccording\taccord\tVERB\tVBG\t_\t3\tcase\n2\tto\tto\tADP\tIN\t_\t1\tfixed\n3\tLena\tLena\tPROPN\tNNP\t_\t0\troot\n4\tWeiss\tWeiss\tPROPN\tNNP\t_\t3\tflat\n5\t,\t,\tPUNCT\t,\t_\t7\tpunct\n6\tprices\tprice\tNOUN\tNNS\t_\t7\tnsubj\n7\trose\trose\tNOUN\tNN\t_\t3\tappos\n8\tby\tby\tADP\tIN\t_\t10\tcase\n9\t4\t4\tNUM\tCD\t_\t10\tnummod\n10\tpercent\tpercent\tNOUN\tNN\t_\t7\tnmod\n11\tlast\tlast\tADJ\tJJ\t_\t12\tamod\n12\tyear\tyear\tNOUN\tNN\t_\t7\tnmod:unmarked\n13\t.\t.\tPUNCT\t.\t_\t3\tpunct";

    private const string P3 =
        "1\tEven\teven\tADV\tRB\t_\t3\tadvmod\n2\tthe\tthe\tDET\tDT\t_\t3\tdet\n3\teditors\teditor\tNOUN\tNNS\t_\t4\tnsubj\n4\tconceded\tconcede\tVERB\tVBD\t_\t0\troot\n5\tthat\tthat\tSCONJ\tIN\t_\t10\tmark\n6\tthe\tthe\tDET\tDT\t_\t7\tdet\n7\tpolicy\tpolicy\tNOUN\tNN\t_\t10\tnsubj\n8\t\"\t\"\tPUNCT\t``\t_\t7\tpunct\n9\thas\thave\tAUX\tVBZ\t_\t10\taux\n10\tsurprised\tsurprise\tVERB\tVBN\t_\t4\tccomp\n11\tits\tits\tPRON\tPRP$\t_\t12\tnmod:poss\n12\tcritics\tcritics\tNOUN\tNN\t_\t10\tobj\n13\t.\t.\tPUNCT\t.\t_\t4\tpunct\n14\t\"\t\"\tPUNCT\t''\t_\t4\tpunct";

    private const string P4 =
        "1\tBut\tbut\tCCONJ\tCC\t_\t0\troot\n2\this\this\tPRON\tPRP$\t_\t4\tnmod:poss\n3\town\town\tADJ\tJJ\t_\t4\tamod\n4\tplan\tplan\tNOUN\tNN\t_\t1\tpunct\n5\t,\t,\tPUNCT\t,\t_\t11\tpunct\n6\tas\tas\tSCONJ\tIN\t_\t11\tmark\n7\tthe\tthe\tDET\tDT\t_\t9\tdet\n8\tCalder\tCalder\tPROPN\tNNP\t_\t9\tcompound\n9\tInstitute\tInstitute\tPROPN\tNNP\t_\t11\tnsubj\n10\thas\thave\tAUX\tVBZ\t_\t11\taux\n11\tshown\tshow\tVERB\tVBN\t_\t4\tadvcl\n12\t,\t,\tPUNCT\t,\t_\t14\tpunct\n13\twould\twould\tAUX\tMD\t_\t14\taux\n14\traise\traise\tVERB\tVB\t_\t11\tconj\n15\ttaxes\ttax\tNOUN\tNNS\t_\t14\tobj\n16\ton\ton\tADP\tIN\t_\t17\tcase\n17\tmillions\tmillion\tNOUN\tNNS\t_\t14\tobl\n18\tof\tof\tADP\tIN\t_\t19\tcase\n19\tfamilies\tfamily\tNOUN\tNNS\t_\t17\tnmod\n20\t.\t.\tPUNCT\t.\t_\t4\tpunct";

    private const string P5 =
        "1\tAs\tas\tADP\tIN\t_\t3\tcase\n2\tthe\tthe\tDET\tDT\t_\t3\tdet\n3\tTribune\tTribune\tPROPN\tNNP\t_\t8\tnsubj\n4\tand\tand\tCCONJ\tCC\t_\t6\tcc\n5\tthe\tthe\tDET\tDT\t_\t6\tdet\n6\tLedger\tLedger\tPROPN\tNNP\t_\t3\tconj\n7\thave\thave\tAUX\tVBP\t_\t8\taux\n8\treported\treport\tVERB\tVBN\t_\t0\troot\n9\t,\t,\tPUNCT\t,\t_\t11\tpunct\n10\tthe\tthe\tDET\tDT\t_\t11\tdet\n11\tagency\tagency\tNOUN\tNN\t_\t8\tobl\n12\tis\tbe\tAUX\tVBZ\t_\t13\taux\n13\tusing\tuse\tVERB\tVBG\t_\t8\tadvcl\n14\tnew\tnew\tADJ\tJJ\t_\t15\tamod\n15\trules\trule\tNOUN\tNNS\t_\t13\tobj\n16\tto\tto\tPART\tTO\t_\t17\tmark\n17\tspeed\tspeed\tVERB\tVB\t_\t13\tadvcl\n18\tup\tup\tADP\tRP\t_\t17\tcompound:prt\n19\tapprovals\tapproval\tNOUN\tNNS\t_\t17\tobj\n20\t.\t.\tPUNCT\t.\t_\t8\tpunct";

    // The infinitive hung on the second addressee (the shipped parser's reading of such a sentence).
    private const string P6 =
        "1\tLena\tLena\tPROPN\tNNP\t_\t4\tnsubj\n2\tWeiss\tWeiss\tPROPN\tNNP\t_\t1\tflat\n3\tis\tbe\tAUX\tVBZ\t_\t4\taux\n4\tcalling\tcall\tVERB\tVBG\t_\t0\troot\n5\ton\ton\tADP\tIN\t_\t7\tcase\n6\tthe\tthe\tDET\tDT\t_\t7\tdet\n7\tmayor\tmayor\tNOUN\tNN\t_\t4\tobl\n8\tand\tand\tCCONJ\tCC\t_\t10\tcc\n9\tthe\tthe\tDET\tDT\t_\t10\tdet\n10\tcouncil\tcouncil\tNOUN\tNN\t_\t7\tconj\n11\tto\tto\tPART\tTO\t_\t12\tmark\n12\tdelay\tdelay\tVERB\tVB\t_\t10\tacl\n13\tthe\tthe\tDET\tDT\t_\t14\tdet\n14\tvote\tvote\tNOUN\tNN\t_\t12\tobj\n15\t.\t.\tPUNCT\t.\t_\t4\tpunct";

    // The infinitive coordinated with the cue, its addressee made its subject.
    private const string P7 =
        "1\tLena\tLena\tPROPN\tNNP\t_\t4\tnsubj\n2\tWeiss\tWeiss\tPROPN\tNNP\t_\t1\tflat\n3\tis\tbe\tAUX\tVBZ\t_\t4\taux\n4\tasking\task\tVERB\tVBG\t_\t0\troot\n5\tthe\tthe\tDET\tDT\t_\t6\tdet\n6\tmayor\tmayor\tNOUN\tNN\t_\t4\tiobj\n7\tand\tand\tCCONJ\tCC\t_\t12\tcc\n8\tthe\tthe\tDET\tDT\t_\t10\tdet\n9\tHome\tHome\tPROPN\tNNP\t_\t10\tcompound\n10\tSecretary\tSecretary\tPROPN\tNNP\t_\t12\tnsubj\n11\tto\tto\tPART\tTO\t_\t12\tmark\n12\treview\treview\tVERB\tVB\t_\t4\tconj\n13\thow\thow\tADV\tWRB\t_\t17\tadvmod\n14\tthe\tthe\tDET\tDT\t_\t15\tdet\n15\tmoney\tmoney\tNOUN\tNN\t_\t17\tnsubj:pass\n16\tis\tbe\tAUX\tVBZ\t_\t17\taux:pass\n17\tspent\tspend\tVERB\tVBN\t_\t12\tccomp\n18\t.\t.\tPUNCT\t.\t_\t4\tpunct";
}
