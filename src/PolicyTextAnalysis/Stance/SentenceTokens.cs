namespace PolicyTextAnalysis.Stance;

/// <summary>
/// A sentence prepared for the stance rules: lower-case words, which entity covers each token, and
/// whether a token sits inside parentheses. Built once per sentence; linear in its length.
/// </summary>
internal sealed class SentenceTokens
{
    // Very long "words" (junk, base64) are cut so lookups stay cheap.
    private const int MaxWordLength = 40;

    private SentenceTokens(Document document, int first, int count, LowerWords words)
    {
        Document = document;
        First = first;
        Count = count;
        Lower = new string[count];
        EntityAt = new int[count];
        InParentheses = new bool[count];
        TokenList tokens = document.Tokens;
        int depth = 0;
        for (int k = 0; k < count; k++)
        {
            ReadOnlySpan<char> chars = tokens.CharsAt(first + k);
            if (chars.Length > MaxWordLength)
            {
                chars = chars[..MaxWordLength];
            }

            string lower = words.Of(chars);
            Lower[k] = lower;
            if (lower == "(")
            {
                depth++;
            }

            InParentheses[k] = depth > 0;
            if (lower == ")" && depth > 0)
            {
                depth--;
            }

            EntityAt[k] = -1;
        }
    }

    /// <summary>The document.</summary>
    public Document Document { get; }

    /// <summary>Index of the sentence's first token in the document.</summary>
    public int First { get; }

    /// <summary>Number of tokens.</summary>
    public int Count { get; }

    /// <summary>Lower-case text of each token.</summary>
    public string[] Lower { get; }

    /// <summary>Index into <see cref="Document.Entities"/> of the actor entity covering each token, or -1.</summary>
    public int[] EntityAt { get; }

    /// <summary>True for tokens between parentheses (asides such as <c>(banned in ...)</c>).</summary>
    public bool[] InParentheses { get; }

    /// <summary>The document's pronoun antecedents read off the parse, or null without a syntax layer.</summary>
    public StancePronouns? Pronouns { get; private init; }

    /// <summary>
    /// Prepares <paramref name="sentence"/>; <paramref name="entityCursor"/> advances through the ordered entity layer, and
    /// <paramref name="words"/> (one per document) gives the lower-case forms.
    /// </summary>
    public static SentenceTokens Create(Document document, Sentence sentence, ref int entityCursor, LowerWords words, StancePronouns? pronouns = null)
    {
        var view = new SentenceTokens(document, sentence.FirstToken, sentence.TokenCount, words) { Pronouns = pronouns };
        IReadOnlyList<EntityMention> entities = document.Entities;
        TokenList tokens = document.Tokens;
        while (entityCursor < entities.Count && entities[entityCursor].End <= sentence.Start)
        {
            entityCursor++;
        }

        for (int e = entityCursor; e < entities.Count && entities[e].Start < sentence.End; e++)
        {
            if (!IsActor(entities[e].Label))
            {
                continue;
            }

            int k = tokens.IndexAtOrAfter(entities[e].Start) - view.First;
            for (; k >= 0 && k < view.Count && tokens.Starts[view.First + k] < entities[e].End; k++)
            {
                view.EntityAt[k] = e;
            }
        }

        return view;
    }

    /// <summary>True for labels that can hold or receive a stance as an actor.</summary>
    public static bool IsActor(string label) => label is EntityLabels.Person or EntityLabels.Organization
        or EntityLabels.GeopoliticalEntity or EntityLabels.Norp or EntityLabels.Facility or EntityLabels.Law or EntityLabels.Event;

    /// <summary>Start offset of token <paramref name="k"/> (sentence-relative index).</summary>
    public int StartOf(int k) => Document.Tokens.Starts[First + k];

    /// <summary>End offset of token <paramref name="k"/>.</summary>
    public int EndOf(int k) => Document.Tokens.Ends[First + k];

    /// <summary>The entity covering token <paramref name="k"/>, or null.</summary>
    public EntityMention? Entity(int k) => k >= 0 && k < Count && EntityAt[k] >= 0 ? Document.Entities[EntityAt[k]] : null;

    /// <summary>First token index of the entity covering <paramref name="k"/>.</summary>
    public int EntityStart(int k)
    {
        int e = EntityAt[k];
        while (k > 0 && EntityAt[k - 1] == e)
        {
            k--;
        }

        return k;
    }

    /// <summary>One past the last token of the entity covering <paramref name="k"/>.</summary>
    public int EntityEnd(int k)
    {
        int e = EntityAt[k];
        while (k < Count && EntityAt[k] == e)
        {
            k++;
        }

        return k;
    }

    /// <summary>The original text of tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public string TextOf(int from, int to) => to <= from ? "" : Document.Text[StartOf(from)..EndOf(to - 1)];

    /// <summary>True when token <paramref name="k"/> is punctuation that ends a clause.</summary>
    public bool IsClauseBreak(int k) => Lower[k] is "," or ";" or ":" or "." or "!" or "?" or "(" or ")" or "\u2013" or "\u2014" or "--";
}
