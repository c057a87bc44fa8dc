using System.Text;
using PolicyTextAnalysis.Attribution;

namespace PolicyTextAnalysis.Tests.Attribution;

public class CueLexiconTests
{
    [TestCase("said", CueClass.Speech | CueClass.BareClause)]
    [TestCase("noted", CueClass.Speech)]
    [TestCase("accused", CueClass.Accuse)]
    [TestCase("called", CueClass.Label | CueClass.Directive | CueClass.ObliqueBid)]
    [TestCase("urged", CueClass.Speech | CueClass.Accuse | CueClass.Bid)]
    [TestCase("committed", CueClass.Speech)]
    [TestCase("statement", CueClass.Noun)]
    [TestCase("claim", CueClass.Speech | CueClass.Noun)]
    [TestCase("Stated", CueClass.Speech)]
    [TestCase("table", CueClass.None)]
    [TestCase("according to", CueClass.Source)]
    [TestCase("put", CueClass.AsIdiom)]
    [TestCase("slammed", CueClass.Accuse)]
    [TestCase("hailed", CueClass.Accuse)]
    [TestCase("quoting", CueClass.Speech | CueClass.SourceObject)]
    [TestCase("wondered", CueClass.Speech | CueClass.Question)]
    [TestCase("made", CueClass.Light)]
    [TestCase("released", CueClass.Issue)]
    [TestCase("reject", CueClass.Rebut)]
    [TestCase("denied", CueClass.Speech | CueClass.Rebut)]
    [TestCase("answered", CueClass.Speech | CueClass.BareClause)]
    [TestCase("highlighted", CueClass.Speech)]
    [TestCase("reasoned", CueClass.Speech | CueClass.BareClause)]
    [TestCase("summarized", CueClass.AsIdiom)]
    [TestCase("quote", CueClass.Speech | CueClass.SourceObject | CueClass.Noun)]
    [TestCase("clarified", CueClass.Speech)]
    [TestCase("reaffirmed", CueClass.Speech)]
    [TestCase("notified", CueClass.Speech)]
    [TestCase("suspect", CueClass.Thought)]
    [TestCase("worried", CueClass.Thought)]
    [TestCase("ruled", CueClass.Speech)]
    [TestCase("ruling", CueClass.Speech | CueClass.Noun)]
    [TestCase("threatened", CueClass.Speech)]
    [TestCase("determined", CueClass.Thought)]
    [TestCase("discovered", CueClass.None)]
    public void Default_Word_HasItsClasses(string word, CueClass expected)
    {
        Assert.That(CueLexicon.Default.ClassOf(word), Is.EqualTo(expected));
    }

    [Test]
    public void Load_OwnLexicon_ReplacesTheDefault()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("# cue lexicon, format 1\nopined\tspeech\n"));

        CueLexicon lexicon = CueLexicon.Load(stream);

        Assert.Multiple(() =>
        {
            Assert.That(lexicon.Count, Is.EqualTo(1));
            Assert.That(lexicon.ClassOf("opined"), Is.EqualTo(CueClass.Speech));
        });
    }

    [TestCase("not a lexicon\nsaid\tspeech\n", "format 1")]
    [TestCase("# format 1\nsaid speech\n", "line 2")]
    [TestCase("# format 1\nsaid\tshouting\n", "line 2")]
    [TestCase("", "format 1")]
    [TestCase("# format 1\nsaid out loud\tspeech\n", "only a 'source' phrase may have several words")]
    [TestCase("# format 1\n said\tspeech\n", "line 2")]
    public void Load_CorruptFile_ThrowsNamingTheProblem(string content, string message)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));

        Assert.That(() => CueLexicon.Load(stream), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(message));
    }

    [Test]
    public void Default_SourcePhrases_AreLowerCaseWordsLongestFirst()
    {
        IReadOnlyList<IReadOnlyList<string>> phrases = CueLexicon.Default.SourcePhrases;

        Assert.Multiple(() =>
        {
            Assert.That(phrases.Select(p => string.Join(' ', p)), Is.SupersetOf(new[] { "according to", "in the words of" }));
            Assert.That(phrases.Select(p => p.Count), Is.Ordered.Descending);
        });
    }

    [Test]
    [TestCase("Lena Weiss put it on the table and left the room.")]
    [TestCase("Lena Weiss put it on the table: a plan with no money behind it.")]
    [TestCase("Lena Weiss explained how the fund works.")]
    [TestCase("In other words, the fund is empty.")]
    public void Predict_PutItOutsideTheIdiom_ReportsNothing(string text)
    {
        Assert.That(PolicyAnalyzer.CreateDefault().Analyze(text).Quotes, Is.Empty);
    }
}
