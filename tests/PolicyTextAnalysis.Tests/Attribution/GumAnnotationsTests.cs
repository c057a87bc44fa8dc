using PolicyTextAnalysis.Training.Attribution;
using PolicyTextAnalysis.Training.Corpora;

namespace PolicyTextAnalysis.Tests.Attribution;

/// <summary>The reading of GUM's eRST (<c>Discourse=</c>) and entity (<c>Entity=</c>) annotations on a hand-written snippet.</summary>
public sealed class GumAnnotationsTests
{
    // Unit 1 "The report , Mr. Li said ," (source) attaches to unit 2 "prices will fall ." (content), with the atsrc signal on
    // words 3-5 ("Mr. Li") and the cue "said"; unit 3 repeats the speaker as "he" in a new sentence. "won't" is a
    // multi-word token, so word numbers skip its range line. Entity 1 (Mr. Li) has two mentions, entity 2 one nested pair.
    private static readonly string[] Lines =
    [
        "# newdoc id = GUM_news_snippet",
        "# newpar",
        "# text = Mr. Li said prices won't fall.",
        "1\tMr.\tMr.\tPROPN\tNNP\t_\t2\tcompound\t_\tDiscourse=attribution-positive:1->2:0:sem-atsrc-1-2-_+lex-indwd-3-_|Entity=(1-person-new-sssss-cf1-2-coref-Li_Wei",
        "2\tLi\tLi\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=1)",
        "3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_",
        "4\tprices\tprice\tNOUN\tNNS\t_\t7\tnsubj\t_\tDiscourse=ROOT:2:0|Entity=(2-abstract-new-sssss-cf2-1-coref)",
        "5-6\twon't\t_\t_\t_\t_\t_\t_\t_\t_",
        "5\two\twill\tAUX\tMD\t_\t7\taux\t_\t_",
        "6\tn't\tnot\tPART\tRB\t_\t7\tadvmod\t_\t_",
        "7\tfall\tfall\tVERB\tVB\t_\t3\tccomp\t_\tSpaceAfter=No",
        "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_",
        "",
        "# text = He said it twice.",
        "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tDiscourse=elaboration-additional:3->2:1:_;attribution-negative:3->2:0:0:lex-indwd-10-_|Entity=(1-person-giv:act-sssss-cf1-1-ana-Li_Wei)",
        "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_",
        "3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\tEntity=(3-abstract-giv:act-sssss-cf1-1-ana(4-event-new-sssss-cf2-1-sgl)",
        "4\ttwice\ttwice\tADV\tRB\t_\t2\tadvmod\t_\tEntity=3)|SpaceAfter=No",
        "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
        "",
    ];

    [Test]
    public void Parse_WordsSkipMultiwordRanges_AndHeadsAreDocumentIndices()
    {
        GumAnnotations a = GumAnnotations.Parse(Lines);

        Assert.That(a.Words, Has.Count.EqualTo(13));
        Assert.That(a.Words[5].Form, Is.EqualTo("n't"));
        Assert.That(a.Words[8].Head, Is.EqualTo(9), "'He' (word 9) heads to 'said' (word 10)");
        Assert.That(a.Words[2].Head, Is.EqualTo(-1));
    }

    [Test]
    public void Parse_DiscourseUnits_StartAtTheirAnnotatedWords()
    {
        GumAnnotations a = GumAnnotations.Parse(Lines);

        Assert.That(a.UnitStarts, Is.EqualTo(new[] { 0, 3, 8 }));
        Assert.That(a.UnitWords(2), Is.EqualTo((3, 7)));
        Assert.That(a.UnitWords(3), Is.EqualTo((8, 12)));
    }

    [Test]
    public void Parse_Relations_ReadPrimaryAndSecondaryEdgesWithSignals()
    {
        GumAnnotations a = GumAnnotations.Parse(Lines);

        Assert.That(a.Relations.Select(r => (r.Label, r.Source, r.Target, r.Secondary)), Is.EqualTo(new[]
        {
            ("attribution-positive", 1, 2, false),
            ("elaboration-additional", 3, 2, false),
            ("attribution-negative", 3, 2, true),
        }));
        Assert.That(a.Relations[0].SignalWords("atsrc"), Is.EqualTo(new[] { 0, 1 }));
        Assert.That(a.Relations[0].SignalWords("indwd"), Is.EqualTo(new[] { 2 }));
        Assert.That(a.Relations[1].Signals, Is.Empty);
    }

    [TestCase("sem-atsrc-489-490,495-_", "atsrc", new[] { 488, 489, 494 })]
    [TestCase("dm-in fact-831-832-gold", "in fact", new[] { 830, 831 })]
    [TestCase("orp-and-545-gold", "and", new[] { 544 })]
    public void ReadSignals_WordRangesAndLists_BecomeZeroBasedWords(string value, string subtype, int[] words)
    {
        GumSignal signal = GumAnnotations.ReadSignals(value).Single();

        Assert.That(signal.Subtype, Is.EqualTo(subtype));
        Assert.That(signal.Words, Is.EqualTo(words));
    }

    [Test]
    public void Parse_EntityBrackets_GiveNestedAndOneWordMentionsWithIdentity()
    {
        GumAnnotations a = GumAnnotations.Parse(Lines);

        Assert.That(a.Mentions.Select(m => (m.EntityId, m.Type, m.First, m.Last)), Is.EqualTo(new[]
        {
            ("1", "person", 0, 1),
            ("2", "abstract", 3, 3),
            ("1", "person", 8, 8),
            ("3", "abstract", 10, 11),
            ("4", "event", 10, 10),
        }));
        Assert.That(a.Mentions[0].Identity, Is.EqualTo("Li_Wei"));
        Assert.That(a.Mentions[1].Identity, Is.Null);
    }

    [Test]
    public void Parse_EntityClosedBeforeOpened_Throws()
    {
        string[] bad = ["1\tx\tx\tNOUN\tNN\t_\t0\troot\t_\tEntity=5)"];

        Assert.That(() => GumAnnotations.Parse(bad), Throws.TypeOf<InvalidDataException>().With.Message.Contains("entity 5"));
    }

    [Test]
    public void GoldCases_ContentSourceAndSpeaker_ComeFromUnitsAndTheChain()
    {
        var document = ConlluDocument.Parse("GUM_news_snippet", Lines);
        IReadOnlyList<GumAttributionCase> cases = GumAttributionGold.Read(document, GumAnnotations.Parse(Lines));

        Assert.That(cases, Has.Count.EqualTo(2));
        GumAttributionCase first = cases[0];
        Assert.That(document.Text[first.Content.Start..first.Content.End], Is.EqualTo("prices won't fall."));
        Assert.That(document.Text[first.Source.Start..first.Source.End], Is.EqualTo("Mr. Li said"));
        Assert.That(first.SpeakerMention, Is.EqualTo("Mr. Li"));
        Assert.That(first.Speaker!.Forms, Is.EquivalentTo(new[] { "mr. li" }), "the pronoun 'He' is no form");
        Assert.That(first.Cue, Is.EqualTo(new[] { "say/VERB" }));
        Assert.That(cases[1].Negative, Is.True);
        Assert.That(cases[1].SpeakerMention, Is.EqualTo("He"), "no atsrc signal: the subject of the cue verb");
        Assert.That(cases[1].ContentFirst, Is.True);
    }

    [TestCase("Li", true)]
    [TestCase("Wei Li", true)]
    [TestCase("the Mr. Li", true)]
    [TestCase("Li's", true)]
    [TestCase("he", false)]
    [TestCase("author", false)]
    [TestCase(null, false)]
    public void SpeakerForms_Person_MatchesFormsAndSurname(string? system, bool expected)
    {
        var forms = new SpeakerForms(["Mr. Li", "he", "the economist"], isPerson: true);

        Assert.That(forms.Matches(system), Is.EqualTo(expected));
    }

    [TestCase("Mu Li", true)]
    [TestCase("Senior researcher Mu Li", true)]
    [TestCase("University of NSW", false)]
    public void SpeakerForms_MentionWithPostModifier_MatchesOnThePartBeforeTheComma(string system, bool expected)
    {
        var forms = new SpeakerForms(["Senior researcher Mu Li, of the University of NSW's school of public health"], isPerson: true);

        Assert.That(forms.Matches(system), Is.EqualTo(expected));
    }

    [Test]
    public void SpeakerForms_Organisation_DoesNotMatchOnLastWord()
    {
        var forms = new SpeakerForms(["the World Health Organization", "WHO"], isPerson: false);

        Assert.Multiple(() =>
        {
            Assert.That(forms.Matches("World Health Organization"), Is.True);
            Assert.That(forms.Matches("who"), Is.True);
            Assert.That(forms.Matches("Labour Organization"), Is.False);
        });
    }
}
