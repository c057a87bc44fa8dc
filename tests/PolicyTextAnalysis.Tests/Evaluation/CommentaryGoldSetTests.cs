using System.Security.Cryptography;
using System.Text;
using PolicyTextAnalysis.Training.Commentary;

namespace PolicyTextAnalysis.Tests.Evaluation;

/// <summary>The commentary gold set is complete, fits its texts, follows the guide's split rule and stays frozen.</summary>
public sealed class CommentaryGoldSetTests
{
    [Test]
    public void GoldSet_EveryTextHasExactlyOneGoldFile()
    {
        var texts = Directory.EnumerateFiles(Path.Combine(CommentarySet.Folder, "texts"), "*.txt").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        var gold = CommentarySet.GoldFiles("dev").Concat(CommentarySet.GoldFiles("test")).Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(texts, Has.Count.EqualTo(40));
            Assert.That(gold, Is.EquivalentTo(texts));
        });
    }

    [TestCase("dev")]
    [TestCase("test")]
    public void GoldFiles_LoadAndCoverTheirTexts(string split)
    {
        IReadOnlyList<CommentaryDocument> documents = CommentarySet.Load(split);

        Assert.That(documents.Select(d => d.Gold.Claims.Count), Has.All.GreaterThan(0), "every text has claims");
    }

    [Test]
    public void TestSplit_IsTheGuidesRule()
    {
        // GUIDE.md: per form, file names ordered by the SHA-256 of the name; the first round(n * 14 / 40) are test.
        var expected = new List<string>();
        foreach (IGrouping<string, (string File, string Form)> form in SourceRows().GroupBy(r => r.Form))
        {
            int k = (int)Math.Round(form.Count() * 14 / 40.0, MidpointRounding.ToEven);
            expected.AddRange(form.Select(r => r.File).OrderBy(NameHash, StringComparer.Ordinal).Take(k));
        }

        List<string> actual = [.. CommentarySet.GoldFiles("test").Select(p => Path.GetFileNameWithoutExtension(p) + ".txt")];
        Assert.That(actual, Is.EquivalentTo(expected).And.Count.EqualTo(14));
    }

    [Test]
    public void TestSplit_IsFrozen()
    {
        IReadOnlyList<string> recorded = TestSplitFreeze.RecordedLines();

        Assert.That(recorded, Is.Not.Empty, "eval/commentary/test-split.sha256 is missing");
        Assert.That(TestSplitFreeze.CurrentLines(), Is.EqualTo(recorded),
            "a frozen test gold file or text changed; the test split is annotated once and never tuned on");
    }

    [Test]
    public void LoadFile_SpanThatDoesNotCoverItsText_IsRejectedNamingTheFile()
    {
        string source = CommentarySet.GoldFiles("dev")[0];
        string broken = Path.Combine(Path.GetTempPath(), "broken-" + Path.GetFileName(source));
        string json = File.ReadAllText(source);
        int at = json.IndexOf("\"start\": ", StringComparison.Ordinal) + "\"start\": ".Length;
        File.WriteAllText(broken, json[..at] + "1" + json[at..]);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => CommentarySet.LoadFile(broken, "dev"));
            Assert.That(error!.Message, Does.StartWith(Path.GetFileName(broken)).And.Contain("does not cover its text"));
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private static string NameHash(string name) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));

    private static IEnumerable<(string File, string Form)> SourceRows()
    {
        foreach (string line in File.ReadLines(Path.Combine(CommentarySet.Folder, "SOURCES.md")))
        {
            if (!line.StartsWith("| 0", StringComparison.Ordinal))
            {
                continue;
            }

            string[] cells = line.Replace("\\|", "/", StringComparison.Ordinal).Split('|');
            yield return (cells[1].Trim(), cells[5].Trim());
        }
    }
}
