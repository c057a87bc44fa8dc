using System.Text;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Text;

/// <summary>Bad input for the tokenizer and sentence splitter: huge, repetitive, random and broken text.</summary>
public class TextLayerRobustnessTests
{
    /// <summary>
    /// Bytes the text layer may allocate per byte of ordinary input (UTF-16, two bytes a character): the token
    /// arrays take about 9 bytes per token, i.e. under one byte per input byte for English prose.
    /// </summary>
    private const double ProseAllocationMultiple = 1.5;

    /// <summary>One-character tokens separated by spaces: the densest token stream, arrays grown by doubling.</summary>
    private const double DenseAllocationMultiple = 8;

    [Test]
    public void TokenizeAndSplit_FiftyMegabyteText_AllocatesInProportionToTheInput()
    {
        var builder = new StringBuilder(25_000_000 + SourceText.Value.Length);
        while (builder.Length < 25_000_000)
        {
            builder.Append(SourceText.Value).Append("\n\n");
        }

        string text = builder.ToString();
        long inputBytes = text.Length * 2L;

        long before = GC.GetAllocatedBytesForCurrentThread();
        TokenList tokens = Tokenizer.Default.Tokenize(text);
        IReadOnlyList<Sentence> sentences = SentenceSplitter.Default.Split(text, tokens);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Multiple(() =>
        {
            Assert.That(tokens.Ends[tokens.Count - 1], Is.EqualTo(text.TrimEnd().Length));
            Assert.That(sentences.Sum(s => s.TokenCount), Is.EqualTo(tokens.Count));
            Assert.That(allocated, Is.LessThan((long)(inputBytes * ProseAllocationMultiple)), $"{allocated:N0} bytes for {inputBytes:N0} input bytes");
        });
    }

    [Test]
    public void Tokenize_DenseOneCharacterTokens_AllocatesInProportionToTheInput()
    {
        string text = string.Concat(Enumerable.Repeat("a , ", 1_250_000));
        long inputBytes = text.Length * 2L;

        long before = GC.GetAllocatedBytesForCurrentThread();
        TokenList tokens = Tokenizer.Default.Tokenize(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Multiple(() =>
        {
            Assert.That(tokens, Has.Count.EqualTo(2_500_000));
            Assert.That(allocated, Is.LessThan((long)(inputBytes * DenseAllocationMultiple)), $"{allocated:N0} bytes for {inputBytes:N0} input bytes");
        });
    }

    [TestCase("\"")]
    [TestCase(".")]
    [TestCase("-")]
    [TestCase("'")]
    [TestCase("a.")]
    [TestCase("a-")]
    [TestCase("a@")]
    [TestCase("h-")]
    [TestCase("1,")]
    [TestCase("U.S. ")]
    [TestCase("“")]
    [TestCase("a) ")]
    public void TokenizeAndSplit_HundredThousandRepeats_KeepInvariants(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 100_000));

        AssertInvariants(text, Tokenizer.Default);
        AssertInvariants(text, new Tokenizer(HyphenMode.Split));
    }

    [Test]
    public void Tokenize_TenThousandCharacterWord_IsOneToken()
    {
        string text = "x " + new string('a', 10_000) + " y";

        Assert.That(Tokenizer.Default.Tokenize(text)[1].Chars.Length, Is.EqualTo(10_000));
    }

    [TestCase("Пакистан и Афганистан. Новый день.")]
    [TestCase("باكستان وأفغانستان. يوم جديد.")]
    [TestCase("巴基斯坦和阿富汗。新的一天。")]
    [TestCase("Peace 👍🏽 now 🇵🇰! 👨‍👩‍👧 family.")]
    [TestCase("\u0000\u0001\u001F\u007F\u0085\u200B\uFEFF")]
    [TestCase("\uD800\uDC00\uDC00\uD800 x\uD83D")]
    public void TokenizeAndSplit_NonLatinEmojiAndControlCharacters_KeepInvariants(string text)
    {
        AssertInvariants(text, Tokenizer.Default);
    }

    [Test]
    public void TokenizeAndSplit_RandomStrings_KeepInvariants([Values(HyphenMode.Keep, HyphenMode.Split)] HyphenMode mode)
    {
        const string alphabet = "aZ09 .,;:!?'\"`’“”‘-–—()[]/@#$%&*\n\r\t\u00A0\u0000\u0007\u200D\uFE0F\uD83D\uDC4D\uD800\uDFFF…éß";
        var random = new Random(20231126);
        var tokenizer = new Tokenizer(mode);
        for (int round = 0; round < 500; round++)
        {
            char[] chars = new char[random.Next(0, 400)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = random.Next(8) == 0 ? (char)random.Next(0, 0x10000) : alphabet[random.Next(alphabet.Length)];
            }

            AssertInvariants(new string(chars), tokenizer);
        }
    }

    /// <summary>
    /// Tokens ordered, non-empty, never overlapping, never containing whitespace, never starting on a low
    /// surrogate or ending on a high surrogate; sentences ordered and covering every token exactly once.
    /// </summary>
    private static void AssertInvariants(string text, Tokenizer tokenizer)
    {
        TokenList tokens = tokenizer.Tokenize(text);
        IReadOnlyList<Sentence> sentences = SentenceSplitter.Default.Split(text, tokens);
        int previousEnd = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            int start = tokens.Starts[i];
            int end = tokens.Ends[i];
            ReadOnlySpan<char> chars = tokens.CharsAt(i);
            if (start < previousEnd || end <= start || char.IsLowSurrogate(text[start]) || char.IsHighSurrogate(text[end - 1])
                || chars.ContainsAny(" \t\r\n\u00A0\u2028\u2029"))
            {
                Assert.Fail($"token {i} [{start}, {end}) '{chars}' breaks an invariant in {Describe(text)}");
            }

            previousEnd = end;
        }

        int nextToken = 0;
        foreach (Sentence s in sentences)
        {
            if (s.FirstToken != nextToken || s.TokenCount <= 0 || s.Start != tokens.Starts[s.FirstToken] || s.End != tokens.Ends[s.EndToken - 1])
            {
                Assert.Fail($"sentence [{s.Start}, {s.End}) tokens {s.FirstToken}+{s.TokenCount} breaks coverage in {Describe(text)}");
            }

            nextToken = s.EndToken;
        }

        Assert.That(nextToken, Is.EqualTo(tokens.Count));
    }

    private static string Describe(string text) =>
        text.Length <= 80 ? $"\"{string.Concat(text.Select(c => c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()))}\"" : $"a text of {text.Length} characters";
}
