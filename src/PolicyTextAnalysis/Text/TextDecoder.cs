using System.Text;

namespace PolicyTextAnalysis.Text;

/// <summary>
/// Turns bytes from a file or stream into text, rejecting what is not UTF-8 text (invalid UTF-8, binary data)
/// with a message instead of an exception, so batch programs can report and skip a bad document.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> as UTF-8 (a byte-order mark is skipped).</summary>
    /// <returns>The text, or null and a short reason such as <c>is not UTF-8 text</c> or <c>is binary, not text</c>.</returns>
    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        // NUL never occurs in text files: checking bytes first rejects binary files before decoding them.
        if (bytes.Contains((byte)0))
        {
            return (null, "is binary, not text");
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

        return IsMostlyControlCharacters(text) ? (null, "is binary, not text") : (text, null);
    }

    /// <summary>Reads and decodes a file, refusing files larger than <paramref name="maxBytes"/>.</summary>
    /// <returns>The text, or null and a reason (<c>file not found</c>, <c>is larger than ...</c>, ...).</returns>
    public static (string? Text, string? Error) ReadFile(string path, long maxBytes = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            if (Directory.Exists(path))
            {
                return (null, "is a directory, not a file");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, "file not found");
            }

            if (info.Length > maxBytes)
            {
                return (null, $"is larger than the limit ({info.Length:N0} > {maxBytes:N0} bytes)");
            }

            return Decode(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return (null, $"cannot be read ({e.Message})");
        }
    }

    private static bool IsMostlyControlCharacters(string text)
    {
        int controls = 0;
        foreach (char c in text)
        {
            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        return controls > text.Length / 100 + 2;
    }
}
