using PolicyTextAnalysis.Output;
using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Tests.Syntax;

/// <summary>The shipped syntax model through the pipeline: what a user reads from tokens, chunks and CoNLL-U.</summary>
public sealed class SyntaxStageTests
{
    private static readonly Lazy<PolicyAnalyzer> Analyzer = new(() => PolicyAnalyzer.Create(new AnalyzerOptions { IncludeTokens = true }));

    private static Token Find(Document document, string text) => document.Tokens.First(t => t.Chars.SequenceEqual(text));

    [Test]
    public void Tokens_SimpleSentence_CarryTagsLemmasAndTree()
    {
        Document document = Analyzer.Value.Process("The minister opposed the new tariffs.");
        Token verb = Find(document, "opposed");
        Token subject = Find(document, "minister");
        Token obj = Find(document, "tariffs");

        Assert.Multiple(() =>
        {
            Assert.That(verb.Pos, Is.EqualTo("VERB"));
            Assert.That(verb.Tag, Is.EqualTo("VBD"));
            Assert.That(verb.Lemma, Is.EqualTo("oppose"));
            Assert.That(verb.Dep, Is.EqualTo("root"));
            Assert.That(verb.Head, Is.EqualTo(verb.Index), "a root is its own head");
            Assert.That(subject.Dep, Is.EqualTo("nsubj"));
            Assert.That(subject.Head, Is.EqualTo(verb.Index));
            Assert.That(obj.Lemma, Is.EqualTo("tariff"));
            Assert.That(obj.Dep, Is.EqualTo("obj"));
            Assert.That(obj.Head, Is.EqualTo(verb.Index));
            Assert.That(document.Syntax!.NounChunks.Select(s => document.Text[s.Start..s.End]), Is.EqualTo(new[] { "The minister", "the new tariffs" }));
        });
    }

    // A quotation opening on a verb inside a clause: the tagger read the verb after the mark as a sentence's first word,
    // a noun; it is tagged as if the marks were not there. A quoted name or noun phrase keeps the marks' reading.
    [TestCase("The federation said the policy would \"damage investment for a decade.\"", "damage", "VERB")]
    [TestCase("Senator Lena Weiss said the plan \"will cut costs for families.\"", "will", "AUX")]
    [TestCase("The senator called the plan \"a fig leaf\" on Tuesday.", "a", "DET")]
    public void Tokens_QuotationOpeningInsideAClause_TagsTheWordAfterTheMark(string text, string word, string pos)
    {
        Document document = Analyzer.Value.Process(text);

        Assert.That(Find(document, word).Pos, Is.EqualTo(pos));
    }

    // Universal Dependencies attaches nothing to punctuation; a word the transitions hung on a comma is moved to the
    // comma's head (here "who believe ..." on "economists", which the parser attaches to the comma after it).
    [TestCase("Many economists, who believe the tariffs will raise prices, objected.")]
    [TestCase("After the match, Hernan Dario Gomez, Panama coach, said, \"We have learned a lot.\"")]
    public void Tokens_NoWordHangsOnPunctuation(string text)
    {
        Document document = Analyzer.Value.Process(text);
        var tokens = document.Tokens.ToList();

        Assert.That(tokens.Where(t => t.Head != t.Index && tokens[t.Head!.Value].Pos == "PUNCT").Select(t => t.Chars.ToString()), Is.Empty);
    }

    [Test]
    public void Tokens_WithoutTheSyntaxLayer_HaveNoTags()
    {
        var pipeline = new AnalysisPipeline([new PolicyTextAnalysis.Text.TextStage()]);
        Document document = pipeline.Run(Document.FromText("The minister opposed the new tariffs."));

        Assert.Multiple(() =>
        {
            Assert.That(document.Syntax, Is.Null);
            Assert.That(document.Tokens[1].Pos, Is.Null);
            Assert.That(document.Tokens[1].Head, Is.Null);
            Assert.That(AnalysisResult.FromDocument(document, includeTokens: true).Tokens, Is.Null);
        });
    }

    [Test]
    public void Analyze_ByDefault_ParsesButReturnsNoTokenArray()
    {
        PolicyAnalyzer analyzer = PolicyAnalyzer.CreateDefault();

        Assert.Multiple(() =>
        {
            Assert.That(analyzer.Process("The minister opposed the new tariffs.").Syntax, Is.Not.Null);
            Assert.That(analyzer.Analyze("The minister opposed the new tariffs.").Tokens, Is.Null);
        });
    }

    [Test]
    public void Conllu_EverySentence_HasTenColumnsAndOneRoot()
    {
        Document document = Analyzer.Value.Process(SourceText.Value);
        using var writer = new StringWriter();

        ConlluWriter.Write(document, writer);

        string[] blocks = writer.ToString().Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(blocks, Has.Length.EqualTo(document.Sentences.Count));
            foreach (string block in blocks)
            {
                string[][] rows = block.Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToArray();
                Assert.That(rows.All(r => r.Length == 10), Is.True);
                Assert.That(rows.Count(r => r[6] == "0"), Is.EqualTo(1), block[..Math.Min(80, block.Length)]);
            }
        });
    }

    // Text without sentence punctuation makes one huge sentence; parsed whole, the parse hung a thousand clauses on one
    // word, and every report read that word's dependents again (quadratic time). It is parsed in pieces, still one tree.
    [Test]
    public void Tokens_SentenceLongerThanOneParse_IsOneTreeWithBoundedDependents()
    {
        string text = "\"The plan\" " + string.Concat(Enumerable.Repeat(", said the minister, will fail and the vote ", 1000));
        Document document = Analyzer.Value.Process(text);
        var tokens = document.Tokens.ToList();
        int[] dependents = new int[tokens.Count];
        foreach (Token token in tokens.Where(t => t.Head != t.Index))
        {
            dependents[token.Head!.Value]++;
        }

        Assert.Multiple(() =>
        {
            Assert.That(document.Sentences, Has.Count.EqualTo(1));
            Assert.That(tokens, Has.Count.GreaterThan(3 * SyntaxStage.MaxParsedTokens));
            Assert.That(tokens.Count(t => t.Head == t.Index), Is.EqualTo(1), "one root");
            Assert.That(dependents.Max(), Is.LessThanOrEqualTo(SyntaxStage.MaxParsedTokens));
            Assert.That(IsTree(tokens), Is.True, "every word reaches the root");
        });
    }

    private static bool IsTree(List<Token> tokens)
    {
        foreach (Token token in tokens)
        {
            int word = token.Index;
            for (int steps = 0; tokens[word].Head != word; steps++)
            {
                if (steps > tokens.Count)
                {
                    return false;
                }

                word = tokens[word].Head!.Value;
            }
        }

        return true;
    }

    [Test]
    public void Conllu_WithoutTheSyntaxLayer_NamesTheFix()
    {
        Document document = new AnalysisPipeline([new PolicyTextAnalysis.Text.TextStage()]).Run(Document.FromText("Kabul said no."));

        Assert.That(() => ConlluWriter.Write(document, TextWriter.Null),
            Throws.InvalidOperationException.With.Message.Contains("SyntaxStage"));
    }

    [TestCase(0.2)]
    [TestCase(0.5)]
    [TestCase(0.99)]
    public void Load_TheShippedModelCutShort_IsRejectedAsTruncated(double share)
    {
        using var saved = new MemoryStream();
        SyntaxModel.Default!.Save(saved);
        byte[] cut = saved.ToArray()[..(int)(saved.Length * share)];

        Assert.That(() => SyntaxModel.Load(new MemoryStream(cut)), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("truncated"));
    }

    [Test]
    public void Load_FromAStreamThatCannotSeek_ReadsTheSameModel()
    {
        using var saved = new MemoryStream();
        SyntaxModel.Default!.Save(saved);
        using var forwardOnly = new ForwardOnlyStream(saved.ToArray());
        var reloaded = PolicyAnalyzer.Create(new AnalysisPipeline([new PolicyTextAnalysis.Text.TextStage(), new SyntaxStage(SyntaxModel.Load(forwardOnly))]), new AnalyzerOptions { IncludeTokens = true });

        Assert.That(reloaded.Analyze(SourceText.Value).Tokens, Is.EqualTo(Analyzer.Value.Analyze(SourceText.Value).Tokens));
    }

    // A model read from a file writes back the tables it read, byte for byte, so saving is idempotent; one loaded from a
    // caller's buffer keeps its own copy, since the caller may reuse the buffer.
    [Test]
    public void Save_ModelReadFromAFile_WritesTheSameBytesAgain()
    {
        using var saved = new MemoryStream();
        SyntaxModel.Default!.Save(saved);
        byte[] expected = saved.ToArray();

        byte[] buffer = [.. expected];
        SyntaxModel loaded = SyntaxModel.Load(new MemoryStream(buffer));
        Array.Clear(buffer);
        using var savedAgain = new MemoryStream();
        loaded.Save(savedAgain);

        Assert.That(savedAgain.ToArray().AsSpan().SequenceEqual(expected), Is.True);
    }

    [Test]
    public void DefaultModel_SaveThenLoad_GivesIdenticalAnalysis()
    {
        using var stream = new MemoryStream();
        SyntaxModel.Default!.Save(stream);
        stream.Position = 0;
        var reloaded = PolicyAnalyzer.Create(new AnalysisPipeline([new PolicyTextAnalysis.Text.TextStage(), new SyntaxStage(SyntaxModel.Load(stream))]), new AnalyzerOptions { IncludeTokens = true });

        AnalysisResult original = Analyzer.Value.Analyze(SourceText.Value);
        AnalysisResult again = reloaded.Analyze(SourceText.Value);

        Assert.That(again.Tokens, Is.EqualTo(original.Tokens));
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
