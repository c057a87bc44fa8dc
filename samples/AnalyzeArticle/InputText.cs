using System.Reflection;
using System.Text;

namespace AnalyzeArticle;

/// <summary>Reads the text to analyse and rejects input that is not UTF-8 text.</summary>
public static class InputText
{
    /// <summary>The name shown for the built-in sample article.</summary>
    public const string SampleName = "pakistan-afghanistan-rift.txt (built-in sample)";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The built-in sample article, embedded in this program.</summary>
    public static string Sample()
    {
        using Stream stream = typeof(InputText).Assembly.GetManifestResourceStream("AnalyzeArticle.pakistan-afghanistan-rift.txt")
            ?? throw new InvalidOperationException("The sample article is missing from the program's resources.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Decodes <paramref name="bytes"/> as UTF-8 text; returns an error message when it is not text.</summary>
    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (null, "is not UTF-8 text");
        }

        // NUL and most other C0 controls never occur in text files; their presence means binary data.
        int controls = 0;
        foreach (char c in text)
        {
            if (c == '\0')
            {
                return (null, "is binary, not text");
            }

            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        return controls > text.Length / 100 + 2 ? (null, "is binary, not text") : (text, null);
    }
}
