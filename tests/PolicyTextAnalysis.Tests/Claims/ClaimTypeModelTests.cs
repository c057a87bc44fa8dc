using PolicyTextAnalysis.Claims;

namespace PolicyTextAnalysis.Tests.Claims;

public class ClaimTypeModelTests
{
    // The bundled model types the plain cases as a reader would (the whole pipeline, so it reads the parse's tags).
    [TestCase("Exports fell by 18 percent last year.", ClaimType.Statistical)]
    [TestCase("The closure of the port led to shortages of fuel.", ClaimType.Causal)]
    [TestCase("The ceasefire will collapse within weeks.", ClaimType.Predictive)]
    [TestCase("The council should renew the mission's mandate.", ClaimType.Prescriptive)]
    [TestCase("The blockade was a grave mistake.", ClaimType.Evaluative)]
    [TestCase("The minister resigned on Tuesday.", ClaimType.Factual)]
    [TestCase("The reform has been a remarkable success for working families.", ClaimType.Evaluative)]
    [TestCase("Washington's response has been weak and inconsistent.", ClaimType.Evaluative)]
    [TestCase("Because of the drought, harvests failed across the region.", ClaimType.Causal)]
    // Two the claim lexicon alone types otherwise (factual; predictive only).
    [TestCase("The early optimism about the talks has faded.", ClaimType.Evaluative)]
    [TestCase("Raising the minimum wage will push small firms out of business.", ClaimType.Causal)]
    public void Analyze_PlainSentence_HasItsType(string text, ClaimType expected)
    {
        IReadOnlyList<ClaimMention> claims = PolicyAnalyzer.CreateDefault().Analyze(text).Claims;

        Assert.That(claims, Has.Count.EqualTo(1));
        Assert.That(claims[0].Types, Has.Member(expected));
    }

    // The model's types are published; the lexicon's stay beside them for the stance stage's choice of judging sentences.
    [Test]
    public void Analyze_Claim_KeepsTheLexiconsTypesBesideTheModels()
    {
        ClaimMention claim = PolicyAnalyzer.CreateDefault().Analyze("The early optimism about the talks has faded.").Claims.Single();

        Assert.That(claim.Types, Has.Member(ClaimType.Evaluative));
        Assert.That(claim.CueTypes, Is.EqualTo(new[] { ClaimType.Factual }));
    }

    [Test]
    public void Default_IsBundled()
    {
        Assert.That(ClaimTypeModel.Default, Is.Not.Null, "models/claim-types.bin is not embedded");
    }

    [Test]
    public void SaveThenLoad_GivesTheSameProbabilities()
    {
        ClaimTypeModel model = ClaimTypeModel.Default!;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        ClaimTypeModel loaded = ClaimTypeModel.Load(stream);
        Document document = PolicyAnalyzer.CreateDefault().Process("The new tariffs will raise prices for families.");
        int end = document.Tokens.Count;

        Assert.That(loaded.Probabilities(document, 0, end, ClaimCues.Predictive), Is.EqualTo(model.Probabilities(document, 0, end, ClaimCues.Predictive)));
    }

    [Test]
    public void Load_NotAModel_ThrowsAClearError()
    {
        using var stream = new MemoryStream("PTA-STANCE-EVIDENCE and more bytes"u8.ToArray());

        Assert.That(() => ClaimTypeModel.Load(stream), Throws.TypeOf<InvalidDataException>().With.Message.Contains("Not a claim type model"));
    }

    [Test]
    public void Load_Truncated_ThrowsAClearError()
    {
        using var full = new MemoryStream();
        ClaimTypeModel.Default!.Save(full);
        using var truncated = new MemoryStream(full.ToArray()[..1000]);

        Assert.That(() => ClaimTypeModel.Load(truncated), Throws.TypeOf<InvalidDataException>().With.Message.Contains("truncated"));
    }
}
