using PolicyTextAnalysis.Stance;
using static PolicyTextAnalysis.Tests.Stance.HandEntities;

namespace PolicyTextAnalysis.Tests.Stance;

/// <summary>
/// Golden checks on the source text with its entity layer set by hand (what the entity and resolution
/// stages are to produce: canonical names, the capital standing for its government). The stances come
/// from the general relation and opinion rules only.
/// </summary>
public sealed class SourceTextStanceTests
{
    private const string Ttp = "Tehreek-e-Taliban Pakistan";

    private static readonly Lazy<IReadOnlyList<StanceRelation>> Stances = new(() =>
        new StanceStage().Process(Annotated(), CancellationToken.None).Stances);

    internal static Document Annotated() => Annotate(
        SourceText.Value,
        E("Pakistan", EntityLabels.GeopoliticalEntity),
        ("Islamabad", EntityLabels.GeopoliticalEntity, "Pakistan"),
        ("Pakistani Government", EntityLabels.Organization, "Pakistan"),
        ("Pakistani government", EntityLabels.Organization, "Pakistan"),
        E("Afghanistan", EntityLabels.GeopoliticalEntity),
        ("Kabul", EntityLabels.GeopoliticalEntity, "Afghanistan"),
        E("Taliban", EntityLabels.Organization),
        ("Afghan Taliban movement", EntityLabels.Organization, "Taliban"),
        ("Taliban movement", EntityLabels.Organization, "Taliban"),
        E(Ttp, EntityLabels.Organization),
        ("TTP", EntityLabels.Organization, Ttp),
        ("TPP", EntityLabels.Organization, Ttp),
        E("Russian Federation", EntityLabels.GeopoliticalEntity),
        E("Anwar-ul-Haq Kakar", EntityLabels.Person),
        ("Kakar", EntityLabels.Person, "Anwar-ul-Haq Kakar"),
        E("Zabihullah Mujahid", EntityLabels.Person),
        E("Afghans", EntityLabels.Norp),
        E("Afghan", EntityLabels.Norp),
        E("IG Khorasan", EntityLabels.Organization),
        E("Haibatullah Akhundzada", EntityLabels.Person),
        E("Mullah Muhammad Omar", EntityLabels.Person),
        E("United States", EntityLabels.GeopoliticalEntity),
        ("U.S.", EntityLabels.GeopoliticalEntity, "United States"),
        E("Al-Qaeda", EntityLabels.Organization),
        E("Osama bin Laden", EntityLabels.Person),
        E("Imran Khan", EntityLabels.Person),
        E("Asif Durrani", EntityLabels.Person),
        E("India", EntityLabels.GeopoliticalEntity),
        E("Khyber Pakhtunkhwa", EntityLabels.GeopoliticalEntity),
        E("Larisa Shashok", EntityLabels.Person),
        E("Larisa Alexandrovna Shashok", EntityLabels.Person));

    [Test]
    public void Process_SourceText_PrintsForInspection()
    {
        foreach (StanceRelation r in Stances.Value)
        {
            TestContext.Out.WriteLine($"{r.Holder} -> {r.Target} : {r.Polarity} {r.Confidence}");
        }

        Assert.That(Stances.Value, Is.Not.Empty);
    }

    [TestCase("Pakistan", "Taliban", StancePolarity.Against)]
    [TestCase("Pakistan", Ttp, StancePolarity.Against)]
    [TestCase("Taliban", "policy of forced deportation", StancePolarity.Against)]
    [TestCase(Ttp, "Haibatullah Akhundzada", StancePolarity.Favor)]
    [TestCase("IG Khorasan", "Taliban", StancePolarity.Against)]
    [TestCase("Anwar-ul-Haq Kakar", "Taliban", StancePolarity.Against)]
    public void Process_SourceText_FindsActorStance(string holder, string target, StancePolarity polarity)
    {
        StanceRelation? found = Stances.Value.FirstOrDefault(r => r.Holder == holder && r.Target == target);
        Assert.That(found?.Polarity, Is.EqualTo(polarity), $"{holder} -> {target}");
    }
}
