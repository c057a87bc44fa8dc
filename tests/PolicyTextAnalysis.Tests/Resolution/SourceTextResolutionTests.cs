using static PolicyTextAnalysis.Tests.Resolution.EntityDocuments;

namespace PolicyTextAnalysis.Tests.Resolution;

/// <summary>
/// Resolution on the source text with the names a recogniser should find set by hand, so the alias groups are
/// checked before the statistical recogniser lands (the end-to-end versions live in the attribution tests).
/// </summary>
public class SourceTextResolutionTests
{
    private static readonly Lazy<Document> Resolved = new(() => EntityDocuments.Resolved(
        SourceText.Value,
        ("Anwar-ul-Haq Kakar", EntityLabels.Person), ("Kakar", EntityLabels.Person), ("Zabihullah Mujahid", EntityLabels.Person),
        ("Imran Khan", EntityLabels.Person), ("Asif Durrani", EntityLabels.Person), ("Mullah Muhammad Omar", EntityLabels.Person),
        ("Larisa Shashok", EntityLabels.Person), ("Larisa Alexandrovna Shashok", EntityLabels.Person),
        ("Tehreek-e-Taliban Pakistan", EntityLabels.Organization), ("TTP", EntityLabels.Organization),
        ("TPP", EntityLabels.Organization), ("Taliban", EntityLabels.Organization), ("Pakistan", EntityLabels.GeopoliticalEntity),
        ("Pakistan's", EntityLabels.GeopoliticalEntity), ("Islamabad", EntityLabels.GeopoliticalEntity)));

    [TestCase("TTP", "Tehreek-e-Taliban Pakistan")]
    [TestCase("TPP", "Tehreek-e-Taliban Pakistan")]
    [TestCase("Kakar", "Anwar-ul-Haq Kakar")]
    [TestCase("Larisa Shashok", "Larisa Alexandrovna Shashok")]
    [TestCase("Mullah Muhammad Omar", "Muhammad Omar")]
    public void Process_SourceTextAlias_GetsCanonicalName(string mention, string canonical)
    {
        Assert.That(CanonicalOf(Resolved.Value, mention), Is.EqualTo(canonical));
    }

    [TestCase("Anwar-ul-Haq Kakar", "interim Prime Minister")]
    [TestCase("Zabihullah Mujahid", "Taliban spokesman")]
    [TestCase("Asif Durrani", "Special Envoy for Afghanistan")]
    public void Process_SourceTextPerson_KeepsRole(string mention, string role)
    {
        Assert.That(Resolved.Value.Entities.First(e => e.Text == mention).Roles, Does.Contain(role));
    }

    [Test]
    public void Process_SourceText_TalibanStaysApartFromTheTtp()
    {
        Assert.That(ClusterOf(Resolved.Value, "Taliban"), Is.Not.EqualTo(ClusterOf(Resolved.Value, "TTP")));
    }
}
