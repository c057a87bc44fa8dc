using System.Text.Json;
using AnalyzeArticle;

namespace PolicyTextAnalysis.Tests.Samples;

public class AnalyzeArticleTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("pta-sample-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Out, string Err) Run(string[] args, string stdin = "")
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = ArticleCommand.Run(args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public void NoArguments_ReportsOnTheSourceText()
    {
        (int code, string output, string error) = Run([]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(error, Is.Empty);
            Assert.That(output, Does.Contain("pakistan-afghanistan-rift.txt").And.Contain("sentences"));
        });
    }

    [Test]
    public void FormatJson_WritesSchemaV1()
    {
        (int code, string output, _) = Run(["--format", "json"]);

        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(json.RootElement.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(1));
            Assert.That(json.RootElement.GetProperty("sentences").GetArrayLength(), Is.GreaterThan(40));
        });
    }

    [Test]
    public void OutputOption_WritesTheReportToTheFile()
    {
        string path = Path.Combine(_folder, "report.json");

        (int code, string output, _) = Run(["--format", "json", "--output", path]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Is.Empty);
            Assert.That(AnalysisResult.FromJson(File.ReadAllText(path)).Sentences, Is.Not.Empty);
        });
    }

    [Test]
    public void Dash_ReadsStandardInput()
    {
        (int code, string output, _) = Run(["-", "-f", "json"], "One sentence here. And a second one.");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(AnalysisResult.FromJson(output).Sentences, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void MissingFile_PrintsOneLineNamingTheFileAndExits2()
    {
        string path = Path.Combine(_folder, "no-such-file.txt");

        (int code, string output, string error) = Run([path]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(error, Does.Contain(path).And.Not.Contain("   at "));
        });
    }

    [Test]
    public void BinaryFile_IsRejectedWithTheContractError()
    {
        string path = Path.Combine(_folder, "random.bin");
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        (int code, _, string error) = Run([path]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain(path).And.Contain("not"));
        });
    }

    [Test]
    public void InvalidUtf8_IsRejected()
    {
        string path = Path.Combine(_folder, "latin1.txt");
        File.WriteAllBytes(path, [.. "Caf"u8, 0xE9, .. " au lait and more text here."u8]);

        (int code, _, string error) = Run([path]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain("not UTF-8"));
        });
    }

    [Test]
    public void TextWithNulBytes_IsRejectedAsBinary()
    {
        string path = Path.Combine(_folder, "nul.txt");
        File.WriteAllBytes(path, [.. "Looks like text"u8, 0, 0, .. "but is not"u8]);

        (int code, _, string error) = Run([path]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain("binary"));
        });
    }

    [Test]
    public void Utf8FileWithByteOrderMark_IsAccepted()
    {
        string path = Path.Combine(_folder, "bom.txt");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "Islamabad said so. Kabul disagreed."u8]);

        (int code, string output, _) = Run([path, "--format", "json"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(AnalysisResult.FromJson(output).Sentences, Has.Count.EqualTo(2));
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Utf16FileWithByteOrderMark_IsAccepted(bool bigEndian)
    {
        string path = Path.Combine(_folder, "utf16.txt");
        var encoding = new System.Text.UnicodeEncoding(bigEndian, byteOrderMark: true);
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes("Islamabad said so. Kabul disagreed.")]);

        (int code, string output, _) = Run([path, "--format", "json"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(AnalysisResult.FromJson(output).Sentences, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void FormatConllu_WritesOneTreePerSentence()
    {
        (int code, string output, _) = Run(["--format", "conllu"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Does.StartWith("# sent_id = 1"));
            Assert.That(output.Split('\n').Count(l => l.Split('\t') is { Length: 10 } c && c[6] == "0"),
                Is.EqualTo(output.Split('\n').Count(l => l.StartsWith("# sent_id", StringComparison.Ordinal))), "one root per sentence");
        });
    }

    [Test]
    public void SyntaxOption_AddsTheTokensArrayToTheJson()
    {
        (int code, string output, _) = Run(["--format", "json", "--syntax"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(AnalysisResult.FromJson(output).Tokens, Is.Not.Null.And.Not.Empty);
        });
    }

    [Test]
    public void Directory_IsRejected()
    {
        (int code, _, string error) = Run([_folder]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain("directory"));
        });
    }

    [TestCase("--format", "pdf")]
    [TestCase("--format")]
    [TestCase("--bogus")]
    [TestCase("a.txt", "b.txt")]
    public void BadArguments_Exit2WithOneLine(params string[] args)
    {
        (int code, _, string error) = Run(args);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.StartWith("error: "));
        });
    }

    [Test]
    public void Help_PrintsUsage()
    {
        (int code, string output, _) = Run(["--help"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Does.Contain("Usage"));
        });
    }

    [Test]
    public void Targets_AddAStanceOfTheAuthorTowardEachTarget()
    {
        (int code, string output, _) = Run(["--format", "json", "--targets", "deportation of refugees;counterterrorism cooperation"]);

        AnalysisResult result = AnalysisResult.FromJson(output);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(result.Stances.Where(s => s.Holder == "author").Select(s => s.Target),
                Is.SupersetOf(new[] { "deportation of refugees", "counterterrorism cooperation" }));
        });
    }

    [TestCase(";;;")]
    [TestCase("   ")]
    public void Targets_WithNoPhrase_Exit2WithOneLine(string targets)
    {
        (int code, _, string error) = Run(["--targets", targets]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.StartWith("error: --targets"));
        });
    }

    [Test]
    public void Targets_TooLongOrDuplicated_GiveNotesNotErrors()
    {
        string longTarget = new('x', 10_000);

        (int code, _, string error) = Run(["--format", "json", "--targets", $"{longTarget};Taliban;Taliban"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(error, Does.Contain("note:"));
        });
    }

    [Test]
    public void FormatHtml_WritesASelfContainedPage()
    {
        (int code, string output, _) = Run(["--format", "html"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Does.StartWith("<!DOCTYPE html>").And.Contain("<svg").Or.Contain("No favour"));
        });
    }
}
