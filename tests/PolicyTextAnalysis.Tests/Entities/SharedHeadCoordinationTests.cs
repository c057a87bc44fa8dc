using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Tests.Resolution;

namespace PolicyTextAnalysis.Tests.Entities;

public class SharedHeadCoordinationTests
{
    private static string[] Applied(string text, params (string Surface, string Label)[] entities)
    {
        Document document = EntityDocuments.With(text, entities);
        return [.. SharedHeadCoordination.Apply(document, document.Entities).Select(e => $"{e.Text}/{e.Label}")];
    }

    [Test]
    public void Apply_OneSpanOverNamesBeforeAPluralHead_SplitsAndTypesEachName()
    {
        Assert.That(
            Applied("Militants were freed from Karsk and Vel Amon prisons last year.", ("Karsk and Vel Amon", EntityLabels.Organization)),
            Is.EqualTo(new[] { "Karsk/FAC", "Vel Amon/FAC" }));
    }

    [Test]
    public void Apply_TwoMentionsBeforeAPluralHead_TypesBoth()
    {
        Assert.That(
            Applied("They sailed the Orin and Tessa rivers.", ("Orin", EntityLabels.Person), ("Tessa", EntityLabels.Location)),
            Is.EqualTo(new[] { "Orin/LOC", "Tessa/LOC" }));
    }

    [TestCase("Trinidad and Tobago voted.", "Trinidad and Tobago", "GPE")]
    [TestCase("Karsk and Vel Amon signed a deal.", "Karsk and Vel Amon", "ORG")]
    [TestCase("North Korean and Syrian companies were fined.", "North Korean and Syrian", "NORP")]
    [TestCase("The Department of Health and Human Services prisons report.", "Department of Health and Human Services", "ORG")]
    public void Apply_NoSharedPluralHeadOrNotAllCapitalised_LeavesTheSpan(string text, string span, string label)
    {
        Assert.That(Applied(text, (span, label)), Is.EqualTo(new[] { $"{span}/{label}" }));
    }
}
