using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Tests.Stance;

namespace PolicyTextAnalysis.Tests.Entities;

public class NationalOrganisationNamesTests
{
    // Ordinary English words for these tests (the pipeline reads the name model's list).
    private static readonly HashSet<string> Common = new(["Foreign", "Interior", "Ministry", "Defense", "Forces", "Group", "Allies"], StringComparer.OrdinalIgnoreCase);

    // A descriptive organisation name after a nationality takes it in, also over words the recogniser left out; a proper
    // name, a plural people or a name with no organisation head stays apart.
    [TestCase("The Norvian Foreign Ministry said so.", "Foreign Ministry", "Norvian Foreign Ministry")]
    [TestCase("The Norvian Interior Ministry said so.", "Ministry", "Norvian Interior Ministry")]
    [TestCase("The Norvian Defense Forces said so.", "Defense Forces", "Norvian Defense Forces")]
    [TestCase("The Norvian Wagner Group said so.", "Wagner Group", null)]
    [TestCase("Our Norvian Allies said so.", "Allies", null)]
    [TestCase("The Norvian, Foreign Ministry said so.", "Foreign Ministry", null)]
    public void Apply_NationalityBeforeADescriptiveOrganisation_IsOneName(string text, string organisation, string? joined)
    {
        Document document = HandEntities.Annotate(text, HandEntities.E("Norvian", EntityLabels.Norp), HandEntities.E(organisation, EntityLabels.Organization));

        IReadOnlyList<EntityMention> names = NationalOrganisationNames.Apply(document, document.Entities, w => Common.Contains(w.ToString()));

        string[] expected = joined is null ? ["Norvian", organisation] : [joined];
        Assert.That(names.Select(m => m.Text), Is.EqualTo(expected));
        Assert.That(names.Where(m => m.Text == joined).Select(m => (m.Label, m.Canonical)),
            Is.EqualTo(joined is null ? Array.Empty<(string, string)>() : [(EntityLabels.Organization, joined)]));
    }

    [TestCase("The Russian Foreign Ministry condemned the move on Tuesday.", "Russian Foreign Ministry")]
    [TestCase("According to the Saudi Interior Ministry, the pilgrims were safe.", "Saudi Interior Ministry")]
    public void Analyze_NationalMinistry_IsOneOrganisation(string text, string name)
    {
        IReadOnlyList<EntityMention> entities = PolicyAnalyzer.CreateDefault().Analyze(text).Entities;

        Assert.That(entities.Where(e => e.Label == EntityLabels.Organization).Select(e => e.Text), Is.EqualTo(new[] { name }));
    }
}
