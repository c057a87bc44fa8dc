namespace PolicyTextAnalysis.Output;

/// <summary>
/// Writes a document's syntax layer as CoNLL-U (universaldependencies.org/format.html): one block per sentence with
/// <c># sent_id</c> and <c># text</c>, then one line per token: ID, FORM, LEMMA, UPOS, XPOS, FEATS (_), HEAD (1-based in
/// the sentence, 0 for the root), DEPREL, DEPS (_), MISC (<c>SpaceAfter=No</c> where no space follows).
/// </summary>
public static class ConlluWriter
{
    /// <summary>Writes <paramref name="document"/>.</summary>
    /// <exception cref="InvalidOperationException">The document has no syntax layer.</exception>
    public static void Write(Document document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        SyntaxLayer syntax = document.Syntax
            ?? throw new InvalidOperationException("CoNLL-U needs the syntax layer: add a SyntaxStage to the custom pipeline (the default pipeline has one).");
        int id = 0;
        foreach (Sentence sentence in document.Sentences)
        {
            id++;
            writer.Write("# sent_id = ");
            writer.WriteLine(id);
            writer.Write("# text = ");
            writer.WriteLine(Clean(document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start)));
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                Token token = document.Tokens[t];
                int head = syntax.Head(t);
                writer.Write(t - sentence.FirstToken + 1);
                writer.Write('\t');
                writer.Write(Clean(token.Chars));
                writer.Write('\t');
                writer.Write(Clean(syntax.Lemma(t)));
                writer.Write('\t');
                writer.Write(syntax.Pos(t));
                writer.Write('\t');
                writer.Write(syntax.Tag(t));
                writer.Write("\t_\t");
                writer.Write(head == t ? 0 : head - sentence.FirstToken + 1);
                writer.Write('\t');
                writer.Write(head == t ? "root" : syntax.Dep(t));
                writer.Write("\t_\t");
                writer.WriteLine(token.IsFollowedBySpace || t + 1 == sentence.EndToken ? "_" : "SpaceAfter=No");
            }

            writer.WriteLine();
        }
    }

    // CoNLL-U fields hold no tabs or line breaks.
    private static string Clean(ReadOnlySpan<char> text)
    {
        var chars = new char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            chars[i] = text[i] is '\t' or '\n' or '\r' ? ' ' : text[i];
        }

        return new string(chars);
    }
}
