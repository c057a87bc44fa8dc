using System.Text;

namespace PolicyTextAnalysis.Text;

/// <summary>
/// Turns bytes from a file or stream into text, rejecting what is not text (invalid UTF-8 or UTF-16, binary data)
/// with a message instead of an exception, so batch programs can report and skip a bad document.
/// Accepted: UTF-8 with or without a byte-order mark; UTF-16 and UTF-32, little or big endian, with a byte-order mark
/// (without one, UTF-16 cannot be told from binary data reliably, so it is refused as binary).
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UTF32Encoding StrictUtf32Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);
    private static readonly UTF32Encoding StrictUtf32Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);

    /// <summary>Decodes <paramref name="bytes"/> by their byte-order mark, or as UTF-8 when there is none.</summary>
    /// <returns>The text, or null and a short reason such as <c>is not UTF-8 text</c> or <c>is binary, not text</c>.</returns>
    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE's mark begins with UTF-16 LE's, so it is tested first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return DecodeWide(bytes[4..], StrictUtf32Le, "UTF-32");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return DecodeWide(bytes[4..], StrictUtf32Be, "UTF-32");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeWide(bytes[2..], StrictUtf16Le, "UTF-16");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeWide(bytes[2..], StrictUtf16Be, "UTF-16");
        }

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

    private static (string? Text, string? Error) DecodeWide(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (null, $"is not {name} text (it starts with a {name} byte-order mark)");
        }

        return text.Contains('\0', StringComparison.Ordinal) || IsMostlyControlCharacters(text) ? (null, "is binary, not text") : (text, null);
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
