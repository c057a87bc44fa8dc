using System.Globalization;
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

    /// <summary>
    /// Gold token spans: UD words, so a multi-word token whose words spell it (<c>don't</c> = <c>do</c> +
    /// <c>n't</c>) gives one span per word; one whose words do not spell it stays one span.
    /// </summary>
    public IReadOnlyList<TextSpan> Tokens { get; }

    /// <summary>Gold sentence spans.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>
    /// The ten CoNLL-U columns of each token, aligned with <see cref="Tokens"/>: the word's own line (with its
    /// annotations) for words of a multi-word token, the multi-word line when it stays one span.
    /// </summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Reads a CoNLL-U file.</summary>
    public static ConlluDocument Load(string path) => Parse(Path.GetFileNameWithoutExtension(path), File.ReadLines(path));

    /// <summary>Reads the lines of a CoNLL-U document named <paramref name="id"/>.</summary>
    public static ConlluDocument Parse(string id, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var reader = new Reader();
        foreach (string line in lines)
        {
            reader.Read(line);
        }

        reader.EndSentence();
        return new ConlluDocument(id, reader.Text.ToString(), reader.Tokens, reader.Sentences, reader.Rows);
    }

    /// <summary>Line-by-line state of <see cref="Load"/>.</summary>
    private sealed class Reader
    {
        private bool _newParagraph;
        private int _sentenceStart = -1;
        private bool _spaceAfterPrevious;

        // A multi-word token ("don't" = "do" + "n't") waiting for its word lines.
        private string[]? _multiword;
        private int _multiwordLast;
        private readonly List<string[]> _words = [];

        public StringBuilder Text { get; } = new();

        public List<TextSpan> Tokens { get; } = [];

        public List<TextSpan> Sentences { get; } = [];

        public List<string[]> Rows { get; } = [];

        public void Read(string line)
        {
            if (line.StartsWith("# newpar", StringComparison.Ordinal))
            {
                _newParagraph = true;
                return;
            }

            if (line.StartsWith('#'))
            {
                return;
            }

            if (line.Length == 0)
            {
                EndSentence();
                return;
            }

            string[] cols = line.Split('\t');
            if (cols.Length < 10 || cols[0].Contains('.', StringComparison.Ordinal))
            {
                return; // empty nodes carry no surface text
            }

            int dash = cols[0].IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                FlushMultiword();
                _multiword = cols;
                _multiwordLast = int.Parse(cols[0].AsSpan(dash + 1), CultureInfo.InvariantCulture);
                return;
            }

            if (_multiword is not null)
            {
                _words.Add(cols);
                if (int.Parse(cols[0], CultureInfo.InvariantCulture) >= _multiwordLast)
                {
                    FlushMultiword();
                }

                return;
            }

            Append(cols[1], cols, SpaceAfter(cols));
        }

        public void EndSentence()
        {
            FlushMultiword();
            if (_sentenceStart >= 0)
            {
                Sentences.Add(new TextSpan(_sentenceStart, Tokens[^1].End));
                _sentenceStart = -1;
                _spaceAfterPrevious = true;
            }
        }

        /// <summary>
        /// Writes a pending multi-word token. When its words spell it exactly (UD English: "do" + "n't",
        /// "can" + "not", "It" + "'s"), each word becomes a token with its own row, as UD word segmentation
        /// has it and so that annotations on the words (entities) are kept; otherwise the surface form is one token.
        /// </summary>
        private void FlushMultiword()
        {
            if (_multiword is null)
            {
                return;
            }

            string[] multiword = _multiword;
            _multiword = null;
            bool spaceAfter = SpaceAfter(multiword);
            if (_words.Count > 0 && string.Concat(_words.Select(w => w[1])) == multiword[1])
            {
                for (int k = 0; k < _words.Count; k++)
                {
                    Append(_words[k][1], _words[k], k == _words.Count - 1 && spaceAfter);
                }
            }
            else
            {
                Append(multiword[1], multiword, spaceAfter);
            }

            _words.Clear();
        }

        private void Append(string form, string[] row, bool spaceAfter)
        {
            if (Text.Length > 0)
            {
                if (_sentenceStart < 0 && _newParagraph)
                {
                    Text.Append('\n');
                }
                else if (_spaceAfterPrevious)
                {
                    Text.Append(' ');
                }
            }

            _newParagraph = false;
            if (_sentenceStart < 0)
            {
                _sentenceStart = Text.Length;
            }

            int start = Text.Length;
            Text.Append(form);
            Tokens.Add(new TextSpan(start, Text.Length));
            Rows.Add(row);
            _spaceAfterPrevious = spaceAfter;
        }

        private static bool SpaceAfter(string[] cols) => !cols[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
    }
}
