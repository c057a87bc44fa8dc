using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Tests.Resolution;

public sealed class KnowledgeBaseTests
{
    private static KnowledgeBaseEntry[] Sample() =>
    [
        new()
        {
            Id = "country:NOR", Kind = KnowledgeBaseKind.Country, Name = "Norway", Label = EntityLabels.GeopoliticalEntity,
            CapitalId = "city:1", Names =
            [
                new("Norway", KnowledgeBaseNameKind.Canonical, false),
                new("Kingdom of Norway", KnowledgeBaseNameKind.Alias, false),
                new("Norwegian", KnowledgeBaseNameKind.Demonym, false),
                new("NO", KnowledgeBaseNameKind.Abbreviation, true),
            ],
        },
        new()
        {
            Id = "city:1", Kind = KnowledgeBaseKind.City, Name = "Oslo", Label = EntityLabels.GeopoliticalEntity, CountryId = "country:NOR",
            Population = 700_000, Names = [new("Oslo", KnowledgeBaseNameKind.Canonical, true)],
        },
        new()
        {
            Id = "person:NOR:jonas-gahr-store", Kind = KnowledgeBaseKind.Person, Name = "Jonas Gahr Store", Label = EntityLabels.Person,
            CountryId = "country:NOR", Role = "Prime Minister", Names = [new("Jonas Gahr Store", KnowledgeBaseNameKind.Canonical, false)],
        },
    ];

    private static KnowledgeBase RoundTrip(KnowledgeBase kb)
    {
        using var stream = new MemoryStream();
        kb.Save(stream);
        stream.Position = 0;
        return KnowledgeBase.Load(stream);
    }

    private static KnowledgeBase Shipped() => KnowledgeBase.Default;

    [Test]
    public void SaveAndLoad_SmallSample_GivesIdenticalEntriesAndLookups()
    {
        KnowledgeBase original = KnowledgeBase.Create(Sample(), "sample");
        KnowledgeBase loaded = RoundTrip(original);
        Assert.Multiple(() =>
        {
            Assert.That(loaded.Description, Is.EqualTo("sample"));
            Assert.That(loaded.Entries.Select(e => (e.Id, e.Kind, e.Name, e.Label, e.CountryId, e.CapitalId, e.Role, e.Population)),
                Is.EqualTo(original.Entries.Select(e => (e.Id, e.Kind, e.Name, e.Label, e.CountryId, e.CapitalId, e.Role, e.Population))));
            Assert.That(loaded.Entries.SelectMany(e => e.Names), Is.EqualTo(original.Entries.SelectMany(e => e.Names)));
            foreach (string name in new[] { "Norway", "NORWAY", "Norwegian", "NO", "no", "Oslo", "oslo", "Kingdom of Norway" })
            {
                Assert.That(loaded.Lookup(name).Select(m => (m.Entry.Id, m.Name.Kind)),
                    Is.EqualTo(original.Lookup(name).Select(m => (m.Entry.Id, m.Name.Kind))), name);
            }
        });
    }

    [Test]
    public void Lookup_CaseRules_ShortNamesNeedExactCase()
    {
        KnowledgeBase kb = KnowledgeBase.Create(Sample());
        Assert.Multiple(() =>
        {
            Assert.That(kb.Lookup("NORWAY").Select(m => m.Entry.Id), Is.EqualTo(new[] { "country:NOR" }));
            Assert.That(kb.Lookup("no"), Is.Empty);
            Assert.That(kb.Lookup("oslo"), Is.Empty);
            Assert.That(kb.Lookup("Norwegian")[0].Label, Is.EqualTo(EntityLabels.Norp));
        });
    }

    [Test]
    public void Relations_SmallSample_LinkCapitalsCountriesAndLeaders()
    {
        KnowledgeBase kb = KnowledgeBase.Create(Sample());
        KnowledgeBaseEntry norway = kb.Find("country:NOR")!;
        KnowledgeBaseEntry oslo = kb.Find("city:1")!;
        Assert.Multiple(() =>
        {
            Assert.That(kb.CapitalOf(norway), Is.SameAs(oslo));
            Assert.That(kb.StateOf(oslo), Is.SameAs(norway));
            Assert.That(kb.CountryOf(oslo), Is.SameAs(norway));
            Assert.That(kb.LeadersOf(norway).Select(p => p.Name), Is.EqualTo(new[] { "Jonas Gahr Store" }));
        });
    }

    [Test]
    public void Load_WrongMagic_ThrowsNamingTheHeader()
    {
        using var stream = new MemoryStream("not a knowledge base"u8.ToArray());
        Assert.That(() => KnowledgeBase.Load(stream), Throws.TypeOf<InvalidDataException>().With.Message.Contains("PTAKB"));
    }

    [Test]
    public void Load_OtherVersion_ThrowsNamingTheVersion()
    {
        using var stream = new MemoryStream([.. "PTAKB"u8.ToArray(), 99, 0, 0]);
        Assert.That(() => KnowledgeBase.Load(stream), Throws.TypeOf<InvalidDataException>().With.Message.Contains("version 99"));
    }

    [TestCase(10)]
    [TestCase(100)]
    [TestCase(-3)]
    public void Load_TruncatedOrDamagedFile_ThrowsCorrupt(int cut)
    {
        using var full = new MemoryStream();
        KnowledgeBase.Create(Sample(), "sample").Save(full);
        byte[] bytes = full.ToArray();
        if (cut > 0)
        {
            bytes = bytes[..Math.Min(cut, bytes.Length - 1)];
        }
        else
        {
            bytes[^-cut] ^= 0xFF;
        }

        using var stream = new MemoryStream(bytes);
        Assert.That(() => KnowledgeBase.Load(stream), Throws.TypeOf<InvalidDataException>().With.Message.Contains("corrupt"));
    }

    [TestCase("Pakistan", "country:PAK", KnowledgeBaseNameKind.Canonical)]
    [TestCase("Norway", "country:NOR", KnowledgeBaseNameKind.Canonical)]
    [TestCase("Brazil", "country:BRA", KnowledgeBaseNameKind.Canonical)]
    [TestCase("South Korea", "country:KOR", KnowledgeBaseNameKind.Canonical)]
    [TestCase("UK", "country:GBR", KnowledgeBaseNameKind.Abbreviation)]
    [TestCase("Britain", "country:GBR", KnowledgeBaseNameKind.Alias)]
    [TestCase("Pakistani", "country:PAK", KnowledgeBaseNameKind.Demonym)]
    [TestCase("Afghan", "country:AFG", KnowledgeBaseNameKind.Demonym)]
    [TestCase("Afghans", "country:AFG", KnowledgeBaseNameKind.Demonym)]
    [TestCase("Peruvians", "country:PER", KnowledgeBaseNameKind.Demonym)]
    [TestCase("Kenyan", "country:KEN", KnowledgeBaseNameKind.Demonym)]
    public void Lookup_ShippedFile_FindsCountry(string name, string id, KnowledgeBaseNameKind kind)
    {
        IReadOnlyList<KnowledgeBaseMatch> matches = Shipped().Lookup(name);
        Assert.That(matches.Select(m => (m.Entry.Id, m.Name.Kind)), Does.Contain((id, kind)));
    }

    [TestCase("Islamabad", "country:PAK")]
    [TestCase("Kabul", "country:AFG")]
    [TestCase("Nairobi", "country:KEN")]
    [TestCase("Lima", "country:PER")]
    [TestCase("Canberra", "country:AUS")]
    public void StateOf_ShippedCapital_IsItsCountry(string capital, string countryId)
    {
        KnowledgeBase kb = Shipped();
        KnowledgeBaseEntry city = kb.Lookup(capital).First(m => m.Entry.Kind == KnowledgeBaseKind.City).Entry;
        Assert.Multiple(() =>
        {
            Assert.That(kb.StateOf(city)?.Id, Is.EqualTo(countryId));
            Assert.That(kb.CapitalOf(kb.Find(countryId)!)?.Id, Is.EqualTo(city.Id));
        });
    }

    [TestCase("country:PAK")]
    [TestCase("country:FRA")]
    [TestCase("country:IND")]
    public void LeadersOf_ShippedCountry_HasHeadsOfStateOrGovernment(string countryId)
    {
        KnowledgeBase kb = Shipped();
        Assert.That(kb.LeadersOf(kb.Find(countryId)!), Has.Some.Property(nameof(KnowledgeBaseEntry.Role)).Not.Null);
    }

    [TestCase("Tehrik-e-Taliban Pakistan", KnowledgeBaseKind.MilitantGroup)]
    [TestCase("Boko Haram", KnowledgeBaseKind.MilitantGroup)]
    [TestCase("NATO", KnowledgeBaseKind.InternationalOrganization)]
    [TestCase("Karachi", KnowledgeBaseKind.City)]
    public void Lookup_ShippedFile_FindsOrganisationsAndCities(string name, KnowledgeBaseKind kind) =>
        Assert.That(Shipped().Lookup(name).Select(m => m.Entry.Kind), Does.Contain(kind));
}
