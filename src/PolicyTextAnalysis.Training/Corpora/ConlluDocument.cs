using System.Text;

namespace PolicyTextAnalysis.Training.Corpora;

/// <summary>
/// A CoNLL-U document rebuilt as running text: the tokens joined with the spacing the file records
/// (<c>SpaceAfter=No</c>), sentences joined by a space and paragraphs (<c># newpar</c>) by a line break,
/// with the gold token and sentence offsets into that text.
/// </summary>
public sealed class ConlluDocument
{
    private ConlluDocument(string id, string text, List<TextSpan> tokens, List<TextSpan> sentences, List<string[]> rows)
    {
        Id = id;
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Rows = rows;
    }

    /// <summary>The document id (file name without extension).</summary>
    public string Id { get; }

    /// <summary>The rebuilt text.</summary>
    public string Text { get; }

    /// <summary>Gold token spans (surface tokens; a multi-word token counts once).</summary>
    public IReadOnlyList<TextSpan> Tokens { get; }

    /// <summary>Gold sentence spans.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>The ten CoNLL-U columns of each surface token, aligned with <see cref="Tokens"/>.</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Reads a CoNLL-U file.</summary>
    public static ConlluDocument Load(string path)
    {
        var text = new StringBuilder();
        var tokens = new List<TextSpan>();
        var sentences = new List<TextSpan>();
        var rows = new List<string[]>();
        bool newParagraph = false;
        int sentenceStart = -1;
        bool spaceAfterPrevious = false;
        int skipUntil = 0;
        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith("# newpar", StringComparison.Ordinal))
            {
                newParagraph = true;
                continue;
            }

            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length == 0)
            {
                skipUntil = 0;
                if (sentenceStart >= 0)
                {
                    sentences.Add(new TextSpan(sentenceStart, tokens[^1].End));
                    sentenceStart = -1;
                    spaceAfterPrevious = true;
                }

                continue;
            }

            string[] cols = line.Split('\t');
            if (cols.Length < 10 || cols[0].Contains('.', StringComparison.Ordinal))
            {
                continue; // empty nodes carry no surface text
            }

            int id;
            int dash = cols[0].IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                id = int.Parse(cols[0].AsSpan(0, dash), System.Globalization.CultureInfo.InvariantCulture);
                skipUntil = int.Parse(cols[0].AsSpan(dash + 1), System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                id = int.Parse(cols[0], System.Globalization.CultureInfo.InvariantCulture);
                if (id <= skipUntil)
                {
                    continue; // a word inside a multi-word token already written
                }
            }

            if (text.Length > 0)
            {
                if (sentenceStart < 0 && newParagraph)
                {
                    text.Append('\n');
                }
                else if (spaceAfterPrevious)
                {
                    text.Append(' ');
                }
            }

            newParagraph = false;
            if (sentenceStart < 0)
            {
                sentenceStart = text.Length;
            }

            int start = text.Length;
            text.Append(cols[1]);
            tokens.Add(new TextSpan(start, text.Length));
            rows.Add(cols);
            spaceAfterPrevious = !cols[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
        }

        if (sentenceStart >= 0)
        {
            sentences.Add(new TextSpan(sentenceStart, tokens[^1].End));
        }

        return new ConlluDocument(Path.GetFileNameWithoutExtension(path), text.ToString(), tokens, sentences, rows);
    }
}
