using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Resolution;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Resolution;

public sealed class KnownOrganisationTests
{
    private static readonly Lazy<PolicyAnalyzer> Analyzer = new(PolicyAnalyzer.CreateDefault);

    private static EntityMention Typed(string name, string label, params EntityMention[] others) => EntityDocuments.Typed(KnownOrganisationTyper.Apply, name, label, others);

    [TestCase("Goldman Sachs", "PERSON")]
    [TestCase("General Motors", "PERSON")]
    [TestCase("African Union", "LOC")]
    [TestCase("U.N.", "LOC")]
    [TestCase("Federal Bureau of Investigation", "GPE")]
    // A militant group's one-word name typed as a place (no river or region bears it, unlike a company's: Amazon).
    [TestCase("Houthis", "LOC")]
    // A listed company's one-word name typed LOC, which the knowledge base knows as no place.
    [TestCase("Walmart", "LOC")]
    [TestCase("Moderna", "LOC")]
    // An event's, product's, work's or facility's label: the recogniser's guess for an unfamiliar name.
    [TestCase("Federal Bureau of Investigation", "EVENT")]
    [TestCase("General Motors", "PRODUCT")]
    [TestCase("African Union", "WORK_OF_ART")]
    [TestCase("Federal Bureau of Investigation", "FAC")]
    public void Apply_OrganisationTypedOtherwise_BecomesLinkedOrg(string name, string label)
    {
        EntityMention typed = Typed(name, label);
        Assert.Multiple(() =>
        {
            Assert.That(typed.Label, Is.EqualTo(EntityLabels.Organization));
            Assert.That(typed.KbId, Is.Not.Null);
        });
    }

    [TestCase("Georgia", "GPE")]
    [TestCase("Amazon", "LOC")]
    [TestCase("Texas", "GPE")]
    // A one-word company name typed GPE is more often a town's (Hanover, Brunswick) than the company's.
    [TestCase("Hanover", "GPE")]
    // A company's one word as a product (a Mastercard, a Ford) keeps its label.
    [TestCase("Mastercard", "PRODUCT")]
    public void Apply_PlaceNames_KeepTheirLabel(string name, string label)
    {
        Assert.That(Typed(name, label).Label, Is.EqualTo(label));
    }

    [Test]
    public void Apply_OneWordCompanyThatIsAPersonsSurnameInTheText_StaysPerson()
    {
        var person = new EntityMention { Text = "Jane Mastercard", Label = EntityLabels.Person, Start = 0, End = 15, Canonical = "Jane Mastercard" };
        Assert.That(Typed("Mastercard", EntityLabels.Person, person).Label, Is.EqualTo(EntityLabels.Person));
    }

    // A title word opening a name other than a person's is part of the name, known to the knowledge base or not: no role.
    [TestCase("Shares of General Motors rose after General Motors reported profits.", "General Motors", EntityLabels.Organization)]
    [TestCase("General Mills cut prices this year.", "General Mills", EntityLabels.Organization)]
    [TestCase("Shares of General Electric rose after General Electric reported profits.", "General Electric", EntityLabels.Organization)]
    [TestCase("The Major Economies Forum met on Friday. The Major Economies Forum agreed on methane cuts.", "Major Economies Forum", EntityLabels.Organization)]
    [TestCase("Officials in King County approved the budget.", "King County", EntityLabels.Location)]
    public void Analyze_TitleWordOpeningANameNotAPersons_IsPartOfTheName(string text, string name, string label)
    {
        AnalysisResult result = Analyzer.Value.Analyze(text);
        EntityMention? mention = result.Entities.FirstOrDefault(e => e.Text == name);
        Assert.That(mention, Is.Not.Null, string.Join(" | ", result.Entities.Select(e => $"{e.Text}/{e.Label}/{e.Canonical}")));
        Assert.Multiple(() =>
        {
            Assert.That(mention!.Label, Is.EqualTo(label));
            Assert.That(mention.Canonical, Is.EqualTo(name));
            Assert.That(mention.Roles, Is.Empty);
        });
    }

    [Test]
    public void EntityStage_SpanOverTwoKnownNames_IsSplitIntoBoth()
    {
        // A knowledge base of its own: General Electric is not in the shipped lists (its listing is GE Aerospace).
        KnowledgeBase kb = KnowledgeBase.Create(
        [
            Company("company:general-electric", "General Electric"),
            Company("company:general-mills", "General Mills"),
        ]);
        const string text = "Shares of General Electric and General Mills fell.";
        var stage = new EntityStage([new FixedSpan("General Electric and General Mills", 10), GazetteerRecognizer.FromKnowledgeBase(kb)]);
        Document document = stage.Process(new TextStage().Process(Document.FromText(text), CancellationToken.None), CancellationToken.None);
        Assert.That(document.Entities.Select(e => $"{e.Text}/{e.Label}"), Is.EqualTo(new[] { "General Electric/ORG", "General Mills/ORG" }));
    }

    [Test]
    public void EntityStage_KnownNamesSideBySideWithoutConjunction_StayOneSpan()
    {
        KnowledgeBase kb = KnowledgeBase.Create([Company("a", "Acme Widgets"), Company("b", "Bolt Works")]);
        const string text = "The Acme Widgets Bolt Works and friends met.";
        var stage = new EntityStage([new FixedSpan("Acme Widgets Bolt Works", 10), GazetteerRecognizer.FromKnowledgeBase(kb)]);
        Document document = stage.Process(new TextStage().Process(Document.FromText(text), CancellationToken.None), CancellationToken.None);
        Assert.That(document.Entities.Select(e => e.Text), Is.EqualTo(new[] { "Acme Widgets Bolt Works" }));
    }

    private static KnowledgeBaseEntry Company(string id, string name) => new()
    {
        Id = id,
        Kind = KnowledgeBaseKind.Organization,
        Name = name,
        Label = EntityLabels.Organization,
        Names = [new KnowledgeBaseName(name, KnowledgeBaseNameKind.Canonical, false)],
    };

    // A recogniser that finds one fixed phrase, standing in for the statistical recogniser's single span.
    private sealed class FixedSpan(string phrase, int priority) : IEntityRecognizer
    {
        public string Name => "fixed";

        public int Priority => priority;

        public IReadOnlyList<EntityMention> Recognize(Document document, CancellationToken cancellationToken)
        {
            int at = document.Text.IndexOf(phrase, StringComparison.Ordinal);
            return at < 0 ? [] : [new EntityMention { Text = phrase, Label = EntityLabels.Person, Start = at, End = at + phrase.Length, Canonical = phrase }];
        }
    }
}
