using System.Text;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Text;

public sealed class TextDecoderTests
{
    private const string Sample = "Islamabad said “no” — 60% of €5 in Zürich.\n";

    private static IEnumerable<TestCaseData> Encodings()
    {
        yield return new TestCaseData(new UTF8Encoding(false)).SetName("Decode_Utf8WithoutMark_GivesTheText");
        yield return new TestCaseData(new UTF8Encoding(true)).SetName("Decode_Utf8WithMark_GivesTheText");
        yield return new TestCaseData(new UnicodeEncoding(false, true)).SetName("Decode_Utf16LittleEndianWithMark_GivesTheText");
        yield return new TestCaseData(new UnicodeEncoding(true, true)).SetName("Decode_Utf16BigEndianWithMark_GivesTheText");
        yield return new TestCaseData(new UTF32Encoding(false, true)).SetName("Decode_Utf32LittleEndianWithMark_GivesTheText");
        yield return new TestCaseData(new UTF32Encoding(true, true)).SetName("Decode_Utf32BigEndianWithMark_GivesTheText");
    }

    [TestCaseSource(nameof(Encodings))]
    public void Decode_EncodingWithItsMark(Encoding encoding)
    {
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Sample)];

        (string? text, string? error) = TextDecoder.Decode(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.Null);
            Assert.That(text, Is.EqualTo(Sample));
        });
    }

    [Test]
    public void Decode_Utf16WithAnUnpairedSurrogate_IsRejectedWithAReason()
    {
        byte[] bytes = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00];

        (string? text, string? error) = TextDecoder.Decode(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(text, Is.Null);
            Assert.That(error, Does.Contain("UTF-16"));
        });
    }

    [Test]
    public void Decode_Utf16WithoutMark_IsRejectedAsBinary()
    {
        (string? text, string? error) = TextDecoder.Decode(new UnicodeEncoding(false, false).GetBytes(Sample));

        Assert.Multiple(() =>
        {
            Assert.That(text, Is.Null);
            Assert.That(error, Is.EqualTo("is binary, not text"));
        });
    }

    [Test]
    public void Decode_InvalidUtf8_IsRejectedWithAReason()
    {
        (string? text, string? error) = TextDecoder.Decode([0x41, 0xC3, 0x28, 0x41]);

        Assert.Multiple(() =>
        {
            Assert.That(text, Is.Null);
            Assert.That(error, Is.EqualTo("is not UTF-8 text"));
        });
    }
}
