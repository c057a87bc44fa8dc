using System.Text.RegularExpressions;
using PolicyTextAnalysis.Output;

namespace PolicyTextAnalysis.Tests.Output;

/// <summary>Opens generated reports in headless Chromium and checks what a reader sees.</summary>
[Category("Browser")]
[NonParallelizable]
public class HtmlReportBrowserTests
{
    // Whether Chromium runs at all on this machine, found once on a trivial page: a browser that cannot start
    // (a missing library, no shared memory) is the machine's problem, not the report's, so those tests skip; a
    // report that renders wrongly still fails them.
    private static readonly Lazy<string?> ChromiumProblem = new(() =>
    {
        string page = Path.Combine(Directory.CreateTempSubdirectory("pta-smoke-").FullName, "smoke.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><body><p id=\"x\">ok</p></body></html>");
        try
        {
            return HeadlessChromium.DumpDom(page).Contains("id=\"x\"", StringComparison.Ordinal) ? null : "it rendered no DOM";
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            return e.Message;
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(page)!, recursive: true);
        }
    });

    private string _folder = null!;

    [SetUp]
    public void RequireChromium()
    {
        if (HeadlessChromium.Executable is null)
        {
            Assert.Ignore("Chromium is not installed (apt-get install chromium); .ci/run installs it.");
        }

        if (ChromiumProblem.Value is { } problem)
        {
            Assert.Ignore($"Chromium is installed but cannot run on this machine: {problem}");
        }

        _folder = Directory.CreateTempSubdirectory("pta-report-").FullName;
    }

    [TearDown]
    public void Cleanup()
    {
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Test]
    public void SourceTextReport_ShowsTheTextEntitiesClaimsAndGraph_AndSavesAScreenshot()
    {
        string text = SourceText.Value;
        AnalysisResult result = PolicyAnalyzer.CreateDefault().Analyze(text);
        string page = Path.Combine(_folder, "report.html");
        File.WriteAllText(page, HtmlReport.Render(result, text, "pakistan-afghanistan-rift.txt"));

        string dom = HeadlessChromium.DumpDom(page);
        string screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "source-text-report.png");
        HeadlessChromium.Screenshot(page, screenshot);
        TestContext.AddTestAttachment(screenshot, "The source text's HTML report as rendered by headless Chromium");

        int graphNodes = result.Stances.Where(s => s.Polarity != StancePolarity.Neutral).SelectMany(s => new[] { s.Holder, s.Target }).Distinct().Count();
        Assert.Multiple(() =>
        {
            Assert.That(dom, Does.Contain("The rift between the ").And.Contain("is deepening"));
            Assert.That(Regex.Count(dom, "<mark class=\"ent "), Is.EqualTo(result.Entities.Count), "highlighted entities");
            Assert.That(Regex.Count(dom, "<tr><td data-value="), Is.EqualTo(result.Claims.Count), "claims table rows");
            Assert.That(Regex.Count(dom, "<g class=\"node\">"), Is.EqualTo(Math.Min(graphNodes, 40)), "graph nodes");
            Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10_000), "a non-empty screenshot");
        });
    }

    [Test]
    public void SyntheticReport_RendersMarksRowsAndNodes_AndScriptSortsTheClaims()
    {
        string page = Path.Combine(_folder, "synthetic.html");
        // Sort the claims table on load (as a click would) to prove the page's script runs in the browser.
        string html = HtmlReport.Render(HtmlReportTests.Synthetic(), "Islamabad accused Kabul of harbouring the TTP. \"We will act,\" Kakar said. Deportations rose by 60%.", "synthetic")
            .Replace("</body>", "<script>document.querySelector('#claims-table th').click();</script></body>", StringComparison.Ordinal);
        File.WriteAllText(page, html);

        string dom = HeadlessChromium.DumpDom(page);

        Assert.Multiple(() =>
        {
            Assert.That(Regex.Count(dom, "<mark class=\"ent "), Is.EqualTo(5));
            Assert.That(Regex.Count(dom, "<tr><td data-value="), Is.EqualTo(2));
            Assert.That(Regex.Count(dom, "<g class=\"node\">"), Is.EqualTo(3));
            Assert.That(dom, Does.Contain("aria-sort=\"ascending\""));
            Assert.That(dom.IndexOf("data-value=\"0.30\"", StringComparison.Ordinal), Is.LessThan(dom.IndexOf("data-value=\"0.90\"", StringComparison.Ordinal)));
        });
    }
}
