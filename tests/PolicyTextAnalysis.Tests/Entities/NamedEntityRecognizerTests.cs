using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Entities;

public class NamedEntityRecognizerTests
{
    private static readonly TextStage Text = new();

    [Test]
    public void Default_Loads_WithTheElevenNameTypes()
    {
        Assert.That(NamedEntityRecognizer.Default.Labels, Is.EquivalentTo(new[]
        {
            "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
        }));
    }

    [TestCase("Pakistan's interim Prime Minister Anwar-ul-Haq Kakar accused the Taliban.", "Anwar-ul-Haq Kakar", "PERSON")]
    [TestCase("German Chancellor Angela Merkel met Emmanuel Macron in Paris on Monday.", "Angela Merkel", "PERSON")]
    [TestCase("German Chancellor Angela Merkel met Emmanuel Macron in Paris on Monday.", "Paris", "GPE")]
    [TestCase("The United Nations said the refugees fled to Kenya.", "United Nations", "ORG")]
    [TestCase("The United Nations said the refugees fled to Kenya.", "Kenya", "GPE")]
    public void Recognize_SimpleNewsSentence_FindsNameWithType(string text, string name, string label)
    {
        IReadOnlyList<EntityMention> mentions = Recognize(text);

        Assert.That(mentions.Select(m => (m.Text, m.Label)), Does.Contain((name, label)));
    }

    [Test]
    public void Recognize_Mentions_HaveConfidenceInUnitInterval()
    {
        IReadOnlyList<EntityMention> mentions = Recognize(SourceText.Value);

        Assert.That(mentions, Is.Not.Empty);
        Assert.That(mentions.Select(m => m.Confidence), Is.All.InRange(0.0, 1.0));
    }

    [Test]
    public void Recognize_UnambiguousNames_HaveHighConfidence()
    {
        IReadOnlyList<EntityMention> mentions = Recognize("The Taliban said Imran Khan had visited Kabul.");

        Assert.Multiple(() =>
        {
            Assert.That(mentions, Has.Count.GreaterThanOrEqualTo(3));
            Assert.That(mentions.Select(m => m.Confidence), Is.All.GreaterThan(0.5));
        });
    }

    [Test]
    public void SaveAndLoad_RoundTrip_GivesIdenticalOutput()
    {
        using var stream = new MemoryStream();
        NamedEntityRecognizer.Default.Save(stream);
        stream.Position = 0;
        NamedEntityRecognizer reloaded = NamedEntityRecognizer.Load(stream);

        Assert.That(Recognize(SourceText.Value, reloaded), Is.EqualTo(Recognize(SourceText.Value)));
    }

    [Test]
    public void Save_TheShippedModel_WritesTheShippedPayloadByteForByte()
    {
        // Loading keeps only the lookup table; writing must still give back every feature run in the file's order.
        using Stream shipped = typeof(NamedEntityRecognizer).Assembly.GetManifestResourceStream(NamedEntityRecognizer.ResourceName)!;
        using var saved = new MemoryStream(ModelBytes());

        Assert.That(Payload(saved), Is.EqualTo(Payload(shipped)));
    }

    [TestCase(0.3)]
    [TestCase(0.6)]
    [TestCase(0.999)]
    public void Load_AFileCutShort_IsRejectedAsTruncated(double share)
    {
        // A stored payload that ends early (inside the weight runs, for most cuts), read in place from memory.
        byte[] bytes = ModelBytes();
        using var cut = new MemoryStream(bytes, 0, (int)(bytes.Length * share), writable: false, publiclyVisible: true);

        Assert.That(() => NamedEntityRecognizer.Load(cut),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("truncated or corrupt"));
    }

    [TestCase(0.3)]
    [TestCase(0.999)]
    public void Load_AFileCutShort_FromAStreamNotInMemory_IsRejectedAsTruncated(double share)
    {
        string path = Path.GetTempFileName();
        try
        {
            byte[] bytes = ModelBytes();
            File.WriteAllBytes(path, bytes[..(int)(bytes.Length * share)]);
            using FileStream file = File.OpenRead(path);

            Assert.That(() => NamedEntityRecognizer.Load(file),
                Throws.InstanceOf<InvalidDataException>().With.Message.Contains("truncated or corrupt"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase(0.3)]
    [TestCase(0.6)]
    [TestCase(0.999)]
    public void Load_AVersion3PayloadCutShort_IsRejectedAsTruncated(double share)
    {
        // A deflated file whose compressed body is whole but whose content ends early.
        byte[] payload = Payload(new MemoryStream(ModelBytes()));
        using MemoryStream cut = AsVersion3(payload, (int)(payload.Length * share));

        Assert.That(() => NamedEntityRecognizer.Load(cut),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("truncated or corrupt"));
    }

    [Test]
    public void Load_AVersion3File_ReadsTheDeflatedPayload()
    {
        // Models written before format version 4 deflated their payload; they still load and tag alike.
        byte[] payload = Payload(new MemoryStream(ModelBytes()));
        using MemoryStream old = AsVersion3(payload, payload.Length);
        NamedEntityRecognizer reloaded = NamedEntityRecognizer.Load(old);

        Assert.That(Recognize(SourceText.Value, reloaded), Is.EqualTo(Recognize(SourceText.Value)));
    }

    [Test]
    public void Load_FromAFile_ReadsTheStoredPayload()
    {
        // A stream that does not hold its bytes in memory is copied first, then parsed alike.
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, ModelBytes());
            using FileStream file = File.OpenRead(path);
            NamedEntityRecognizer reloaded = NamedEntityRecognizer.Load(file);

            Assert.That(Recognize(SourceText.Value, reloaded), Is.EqualTo(Recognize(SourceText.Value)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Load_NotAModel_ThrowsNamingTheProblem()
    {
        using var stream = new MemoryStream("this is not a model file"u8.ToArray());

        Assert.That(() => NamedEntityRecognizer.Load(stream),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("not a PolicyTextAnalysis named-entity model"));
    }

    [Test]
    public void Load_UnknownVersion_ThrowsNamingTheVersion()
    {
        byte[] bytes = ModelBytes();
        bytes[7] = 99;

        Assert.That(() => NamedEntityRecognizer.Load(new MemoryStream(bytes)),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("format version 99"));
    }

    [TestCase(0.5)]
    [TestCase(0.9)]
    public void Load_TruncatedModel_ThrowsSayingCorrupt(double keep)
    {
        byte[] bytes = ModelBytes();
        using var stream = new MemoryStream(bytes, 0, (int)(bytes.Length * keep));

        Assert.That(() => NamedEntityRecognizer.Load(stream),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("truncated or corrupt"));
    }

    [TestCase("LongToken")]
    [TestCase("AllCapitals")]
    [TestCase("NoSpaces")]
    [TestCase("NonLatin")]
    [TestCase("Emoji")]
    [TestCase("Punctuation")]
    public void Recognize_BadInput_NoExceptionAndNoSpanCutsAToken(string kind)
    {
        string text = kind switch
        {
            "LongToken" => "Talks in " + new string('x', 10_000) + " ended. " + new string('Q', 10_000) + " Smith said.",
            "AllCapitals" => "PAKISTAN ORDERS AFGHAN REFUGEES OUT AS PRIME MINISTER ANWAR-UL-HAQ KAKAR BLAMES TALIBAN",
            "NoSpaces" => string.Concat(Enumerable.Repeat("PakistanAndAfghanistanTalks,", 500)),
            "NonLatin" => "Пакистан и Афганистан. パキスタンとアフガニスタン。 باكستان وأفغانستان. Pakistan and Афганистан talked.",
            "Emoji" => "Kabul 👍🏽 Islamabad 🇵🇰🇦🇫 talks 😀😀 with Imran Khan🙂 in Doha 👨‍👩‍👧.",
            _ => "\"\"\"\"''''" + new string('.', 5_000) + new string('"', 3_000) + " Obama (((((( ]]]]",
        };

        Document doc = Text.Process(Document.FromText(text), CancellationToken.None);
        IReadOnlyList<EntityMention> mentions = NamedEntityRecognizer.Default.Recognize(doc, CancellationToken.None);

        var starts = new HashSet<int>(doc.Tokens.Starts.ToArray());
        var ends = new HashSet<int>(doc.Tokens.Ends.ToArray());
        foreach (EntityMention m in mentions)
        {
            Assert.Multiple(() =>
            {
                Assert.That(starts, Does.Contain(m.Start), $"{m.Text} starts inside a token");
                Assert.That(ends, Does.Contain(m.End), $"{m.Text} ends inside a token");
                Assert.That(char.IsLowSurrogate(text[m.Start]), Is.False, $"{m.Text} cuts a surrogate pair");
                Assert.That(char.IsHighSurrogate(text[m.End - 1]), Is.False, $"{m.Text} cuts a surrogate pair");
                Assert.That(m.Text, Is.EqualTo(text[m.Start..m.End]));
            });
        }
    }

    [Test]
    public void Analyze_DefaultAnalyzer_ReportsNamesFromTheRecognizer()
    {
        AnalysisResult result = PolicyAnalyzer.CreateDefault().Analyze("The Taliban said Imran Khan had visited Kabul.");

        Assert.That(result.Entities.Select(e => (e.Text, e.Label)), Does.Contain(("Imran Khan", "PERSON")).And.Contain(("Kabul", "GPE")));
    }

    [Test]
    public void Recognize_SameNameTwiceInADocument_GetsOneLabel()
    {
        IReadOnlyList<EntityMention> mentions = Recognize(SourceText.Value);

        Assert.That(mentions.GroupBy(m => m.Text).Where(g => g.Select(m => m.Label).Distinct().Count() > 1).Select(g => g.Key), Is.Empty);
    }

    [TestCase("Protesters wrote to Amnesty International. Amnesty International said nothing.", "Amnesty International")]
    [TestCase("Officials of the Civil Defense Authority spoke. Civil Defense Authority officials said more.", "Civil Defense Authority")]
    public void Recognize_ANameRepeatedAtASentenceStart_IsFoundThereToo(string text, string name)
    {
        Assert.That(Recognize(text).Where(m => m.Text == name).Select(m => m.Label).Distinct(), Is.EqualTo(new[] { "ORG" }));
        Assert.That(Recognize(text).Count(m => m.Text == name), Is.EqualTo(2));
    }

    [Test]
    public void Recognize_CancelledToken_Throws()
    {
        Document doc = Text.Process(Document.FromText(SourceText.Value), CancellationToken.None);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.That(() => NamedEntityRecognizer.Default.Recognize(doc, cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [TestCase("The new spending is fueled by Clinton’s large bank account.")]
    [TestCase("Merkel's government rejected Erdogan's demand on Tuesday.")]
    [TestCase("Reporters asked about Obama's plan and Putin’s reply.")]
    public void Recognize_PossessiveAfterName_IsNotPartOfTheMention(string text)
    {
        IReadOnlyList<EntityMention> mentions = Recognize(text);

        Assert.Multiple(() =>
        {
            Assert.That(mentions, Is.Not.Empty);
            Assert.That(mentions.Select(m => m.Text), Has.None.EndsWith("'s").And.None.EndsWith("’s"));
        });
    }

    internal static IReadOnlyList<EntityMention> Recognize(string text, NamedEntityRecognizer? recognizer = null)
    {
        Document doc = Text.Process(Document.FromText(text), CancellationToken.None);
        return (recognizer ?? NamedEntityRecognizer.Default).Recognize(doc, CancellationToken.None);
    }

    // The inflated body of a model file (after the magic and the format version).
    // The payload after the magic and version: stored as is from format version 4, a deflate stream before.
    private static byte[] Payload(Stream model)
    {
        var header = new byte["PTA-NER"u8.Length + sizeof(int)];
        model.Position = 0;
        model.ReadExactly(header);
        using var payload = new MemoryStream();
        if (BitConverter.ToInt32(header, "PTA-NER"u8.Length) >= 4)
        {
            model.CopyTo(payload);
        }
        else
        {
            using var deflate = new System.IO.Compression.DeflateStream(model, System.IO.Compression.CompressionMode.Decompress);
            deflate.CopyTo(payload);
        }

        return payload.ToArray();
    }

    // The model in format version 3: the same payload as a deflate stream.
    private static MemoryStream AsVersion3(byte[] payload, int length)
    {
        var file = new MemoryStream();
        file.Write("PTA-NER"u8);
        file.Write(BitConverter.GetBytes(3));
        using (var deflate = new System.IO.Compression.DeflateStream(file, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(payload, 0, length);
        }

        file.Position = 0;
        return file;
    }

    private static byte[] ModelBytes()
    {
        using var stream = new MemoryStream();
        NamedEntityRecognizer.Default.Save(stream);
        return stream.ToArray();
    }
}
