using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Tests.Stance;

namespace PolicyTextAnalysis.Tests.Entities;

public class EventNamesTests
{
    // The numeral the recogniser gives alone takes in the uncovered words before it up to an event head, and a capitalised
    // ordinal or a place or people the words after it; a number or place beside words with no event head, or after a
    // comma, stays apart.
    [TestCase("Trade has grown since World War II.", "II", EntityLabels.Event, "World War II")]
    [TestCase("Veterans of World War One met.", "One", EntityLabels.Event, "World War One")]
    [TestCase("The Second World War ended.", "Second", EntityLabels.Ordinal, "Second World War")]
    [TestCase("The First Gulf War began.", "First", EntityLabels.Ordinal, "First Gulf War")]
    [TestCase("Phase II trials began.", "II", EntityLabels.Event, null)]
    [TestCase("After the War, II was lost.", "II", EntityLabels.Event, null)]
    [TestCase("The Second World Bank loan came.", "Second", EntityLabels.Ordinal, null)]
    [TestCase("They fought in the Korean War.", "Korean", EntityLabels.Norp, "Korean War")]
    [TestCase("The Iraq War divided Europe.", "Iraq", EntityLabels.GeopoliticalEntity, "Iraq War")]
    [TestCase("The Chinese Civil War ended in 1949.", "Chinese", EntityLabels.Norp, "Chinese Civil War")]
    [TestCase("The Korean Peninsula is divided.", "Korean", EntityLabels.Norp, null)]
    [TestCase("The Korean, War is over.", "Korean", EntityLabels.Norp, null)]
    public void Apply_AMentionBesideAnEventHead_IsOneEvent(string text, string mention, string label, string? joined)
    {
        Document document = HandEntities.Annotate(text, HandEntities.E(mention, label));

        IReadOnlyList<EntityMention> names = EventNames.Apply(document, document.Entities);

        Assert.That(names.Select(m => (m.Text, m.Label)),
            Is.EqualTo(joined is null ? new[] { (mention, label) } : [(joined, EntityLabels.Event)]));
    }

    // A numeral after an EVENT mention ending in an event head joins it, and so does an ordinal, place or people before one.
    [TestCase("Since World War II, trade has grown.", "World War", EntityLabels.Event, "II", "World War II")]
    [TestCase("The Second World War ended.", "Second", EntityLabels.Ordinal, "World War", "Second World War")]
    [TestCase("The Syrian Civil War began in 2011.", "Syrian", EntityLabels.Norp, "Civil War", "Syrian Civil War")]
    public void Apply_AMentionBesideAnEventMention_JoinsIt(string text, string first, string firstLabel, string second, string joined)
    {
        Document document = HandEntities.Annotate(text, HandEntities.E(first, firstLabel), HandEntities.E(second, EntityLabels.Event));

        IReadOnlyList<EntityMention> names = EventNames.Apply(document, document.Entities);

        Assert.That(names.Select(m => (m.Text, m.Label)), Is.EqualTo(new[] { (joined, EntityLabels.Event) }));
    }

    // After "the", capitalised words no mention covers that end in an event head are an event; a head alone, a name that
    // goes on after the head, or one without "the" is not.
    [TestCase("The Gulf War began in 1990.", "Gulf War")]
    [TestCase("Veterans of the Long War met.", "Long War")]
    [TestCase("The War began in 1990.", null)]
    [TestCase("The Gulf War Syndrome study ended.", null)]
    [TestCase("Veterans of a Gulf War met.", null)]
    public void Apply_CapitalisedWordsAfterTheUpToAnEventHead_AreAnEvent(string text, string? name)
    {
        Document document = HandEntities.Annotate(text);

        IReadOnlyList<EntityMention> names = EventNames.Apply(document, document.Entities);

        Assert.That(names.Select(m => (m.Text, m.Label)),
            Is.EqualTo(name is null ? Array.Empty<(string, string)>() : [(name, EntityLabels.Event)]));
    }

    // Through the pipeline; a capitalised preposition opening the sentence is not part of the name.
    [TestCase("The alliance has kept the peace since World War II.", "World War II")]
    [TestCase("Since World War II, the alliance has kept the peace.", "World War II")]
    [TestCase("After the Second World War, the alliance was founded.", "Second World War")]
    [TestCase("The Korean War ended in an armistice.", "Korean War")]
    [TestCase("Both served in the Gulf War.", "Gulf War")]
    public void Analyze_ANumberedWar_IsOneEvent(string text, string name)
    {
        IReadOnlyList<EntityMention> entities = PolicyAnalyzer.CreateDefault().Analyze(text).Entities;

        Assert.That(entities.Where(e => e.Label == EntityLabels.Event).Select(e => e.Text), Is.EqualTo(new[] { name }));
    }
}
