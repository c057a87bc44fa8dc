namespace PolicyTextAnalysis.Tests.Claims;

/// <summary>The obsolete <c>Claim</c> name still works for one release: old code compiles and sees the same claim.</summary>
public sealed class ClaimAliasTests
{
#pragma warning disable CS0618 // The obsolete alias is what is under test.
    [Test]
    public void ObsoleteClaim_ForeachOverClaims_SeesTheSameClaims()
    {
        AnalysisResult result = PolicyAnalyzer.CreateDefault().Analyze("Prices rose 60% in 2023, the minister said.");
        var texts = new List<string>();
        foreach (Claim c in result.Claims)
        {
            texts.Add(c.Text);
            ClaimMention back = c;
            Assert.That(back, Is.SameAs(result.Claims[texts.Count - 1]));
        }

        Assert.That(texts, Is.EqualTo(result.Claims.Select(c => c.Text)).And.Not.Empty);
    }
#pragma warning restore CS0618
}
