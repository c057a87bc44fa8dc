namespace PolicyTextAnalysis;

/// <summary>
/// Reads the word-list data files of format <c>KIND&lt;TAB&gt;WORD</c> (one word per line, <c>#</c> starts a comment
/// line), each kind a list of its own: <c>Attribution/speaker-words.txt</c>, <c>Resolution/Lexicons/role-words.txt</c>.
/// </summary>
internal static class KindWordFile
{
    /// <summary>The words of each of <paramref name="kinds"/>, in file order.</summary>
    /// <param name="reader">The file's text.</param>
    /// <param name="what">What the file is, for error messages (<c>Role word</c>).</param>
    /// <param name="kinds">The kinds a line may have.</param>
    /// <exception cref="FormatException">A line has another kind or no word; the message names the line.</exception>
    public static Dictionary<string, List<string>> Parse(TextReader reader, string what, params string[] kinds)
    {
        var lists = kinds.ToDictionary(k => k, _ => new List<string>(), StringComparer.Ordinal);
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] parts = line.Split('\t');
            if (parts.Length != 2 || parts[1].Length == 0)
            {
                throw new FormatException($"{what} line {number} is not 'KIND<TAB>WORD': '{line}'.");
            }

            if (!lists.TryGetValue(parts[0], out List<string>? list))
            {
                throw new FormatException($"{what} line {number}: unknown kind '{parts[0]}' ({string.Join(", ", kinds)}).");
            }

            list.Add(parts[1]);
        }

        return lists;
    }

    /// <summary>Reads this assembly's embedded resource <paramref name="resourceName"/> with <paramref name="parse"/>.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a packaging bug).</exception>
    public static T LoadEmbedded<T>(string resourceName, Func<TextReader, T> parse)
    {
        using Stream stream = typeof(KindWordFile).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{resourceName}' is missing: rebuild the library.");
        using var reader = new StreamReader(stream);
        return parse(reader);
    }
}
