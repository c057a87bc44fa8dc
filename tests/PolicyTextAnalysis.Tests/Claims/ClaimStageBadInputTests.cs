using System.Text;

namespace PolicyTextAnalysis.Tests.Claims;

public class ClaimStageBadInputTests
{
    [Test]
    public void Process_FiveThousandWordSentence_ClaimsStayInsideTheSentence()
    {
        var text = new StringBuilder("The ministry said");
        for (int i = 0; i < 5000; i++)
        {
            text.Append(i % 50 == 49 ? ", and the army will respond" : " that exports rose");
        }

        text.Append('.');

        Document document = ClaimTestPipeline.Run(text.ToString());

        Assert.That(document.Claims, Is.Not.Empty);
        Assert.That(document.Claims, Has.All.Matches<ClaimMention>(c =>
            document.Sentences.Any(s => s.Start <= c.Start && c.End <= s.End)));
    }

    [Test]
    public void Process_BulletList_GivesClaimsOnlyForStatements()
    {
        const string text = "Key points\n\n- Exports fell by 10 percent in 2023.\n- The tariff must go.\n- Next steps\n";

        Document document = ClaimTestPipeline.Run(text);

        Assert.That(document.Claims.Select(c => c.Text), Has.None.Contains("Key points").And.None.Contains("Next steps"));
    }

    [Test]
    public void Process_TablePastedAsText_GivesNoClaims()
    {
        const string text = "Country\tExports\tImports\nKenya\t12.4\t18.9\nGhana\t14.1\t13.0\nTotal\t26.5\t31.9\n";

        Assert.That(ClaimTestPipeline.Run(text).Claims, Is.Empty);
    }

    [Test]
    public void Process_AllCapitals_StillTypesClaims()
    {
        Document document = ClaimTestPipeline.Run("THE GOVERNMENT SHOULD CUT TARIFFS. EXPORTS FELL BY 10 PERCENT.");

        Assert.That(document.Claims.Select(c => c.Types), Is.EqualTo(new[]
        {
            new[] { ClaimType.Prescriptive },
            new[] { ClaimType.Statistical },
        }));
    }

    [TestCase("")]
    [TestCase("   \n\n  ")]
    [TestCase("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    [TestCase("\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"")]
    [TestCase("Инфляция выросла до 7 процентов. 通胀率上升了。")]
    [TestCase("The plan 🚀🚀 will fail 😀.")]
    public void Process_OddInput_DoesNotThrow(string text)
    {
        Assert.That(() => ClaimTestPipeline.Run(text), Throws.Nothing);
    }

    [Test]
    public void Process_VeryLongToken_DoesNotThrow()
    {
        string text = "The " + new string('x', 10_000) + " will fail.";

        Assert.That(ClaimTestPipeline.Run(text).Claims, Has.Count.EqualTo(1));
    }

    [Test]
    public void Process_EmojiAtTheEdge_NeverCutsASurrogatePair()
    {
        Document document = ClaimTestPipeline.Run("Exports will rise 😀. Imports fell 😀.");

        Assert.That(document.Claims, Has.All.Matches<ClaimMention>(c =>
            !char.IsLowSurrogate(document.Text[c.Start]) && (c.End == document.Text.Length || !char.IsLowSurrogate(document.Text[c.End]))));
    }
}
