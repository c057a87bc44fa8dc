namespace PolicyTextAnalysis.Text;

/// <summary>The token arrays <see cref="Tokenizer"/> fills.</summary>
public sealed partial class Tokenizer
{
    /// <summary>Growable parallel arrays; a struct so that building allocates only the arrays themselves.</summary>
    private struct Builder
    {
        private int[] _starts;
        private int[] _ends;
        private TokenKind[] _kinds;
        private int _count;

        public Builder(int capacity)
        {
            _starts = new int[capacity];
            _ends = new int[capacity];
            _kinds = new TokenKind[capacity];
            _count = 0;
        }

        public void Add(int start, int end, TokenKind kind)
        {
            if (_count == _starts.Length)
            {
                int size = _starts.Length * 2;
                Array.Resize(ref _starts, size);
                Array.Resize(ref _ends, size);
                Array.Resize(ref _kinds, size);
            }

            _starts[_count] = start;
            _ends[_count] = end;
            _kinds[_count] = kind;
            _count++;
        }

        public readonly TokenList Build(string text) => new(text, _starts, _ends, _kinds, _count);
    }
}
