namespace PolicyTextAnalysis;

/// <summary>
/// A text and the annotation layers computed over it. Immutable: a pipeline stage returns a new document
/// with one more layer and shares every other layer (and the text itself) with its input.
/// </summary>
/// <remarks>All offsets in every layer are UTF-16 indices into <see cref="Text"/>; the text is never rewritten.</remarks>
public sealed class Document
{
    private Document(
        string text,
        DocumentLayers layers,
        TokenList tokens,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<EntityMention> entities,
        IReadOnlyList<Quote> quotes,
        IReadOnlyList<ClaimMention> claims,
        IReadOnlyList<StanceRelation> stances,
        SyntaxLayer? syntax,
        IReadOnlyList<Turn> turns)
    {
        Syntax = syntax;
        Turns = turns;
        Text = text;
        Layers = layers;
        Tokens = tokens;
        Sentences = sentences;
        Entities = entities;
        Quotes = quotes;
        Claims = claims;
        Stances = stances;
    }

    /// <summary>Creates a document holding only <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Document FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Document(text, DocumentLayers.None, TokenList.Empty(text), [], [], [], [], [], null, []);
    }

    /// <summary>The original text.</summary>
    public string Text { get; }

    /// <summary>Which layers have been computed.</summary>
    public DocumentLayers Layers { get; }

    /// <summary>The tokens (empty until the text stage has run).</summary>
    public TokenList Tokens { get; }

    /// <summary>The sentences, in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Entity mentions, ordered by start offset.</summary>
    public IReadOnlyList<EntityMention> Entities { get; }

    /// <summary>Quotations and reported speech, ordered by start offset (then by end). A report inside another's content is a
    /// quote of its own: <c>According to the Herald, Burrows said the flag ...</c> gives the Herald's quote and, within it,
    /// Burrows's.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Claims, ordered by start offset.</summary>
    public IReadOnlyList<ClaimMention> Claims { get; }

    /// <summary>Stance relations.</summary>
    public IReadOnlyList<StanceRelation> Stances { get; }

    /// <summary>Tags, lemmas, dependency trees and noun chunks; null until the syntax stage has run.</summary>
    public SyntaxLayer? Syntax { get; }

    /// <summary>The turns of a transcript (speaker labels such as <c>MR. SMITH:</c> or <c>Q</c>), in order; empty for a
    /// text that is no transcript or before the attribution stage has run.</summary>
    public IReadOnlyList<Turn> Turns { get; }

    /// <summary>True when every layer in <paramref name="layers"/> is present.</summary>
    public bool Has(DocumentLayers layers) => (Layers & layers) == layers;

    /// <summary>Returns a document with tokens and sentences set.</summary>
    public Document WithText(TokenList tokens, IReadOnlyList<Sentence> sentences) =>
        new(Text, Layers | DocumentLayers.Tokens | DocumentLayers.Sentences, Checked(tokens), Checked(sentences), Entities, Quotes, Claims, Stances, null, Turns);

    /// <summary>Returns a document with the entity layer replaced; <paramref name="added"/> names the layers this sets.</summary>
    public Document WithEntities(IReadOnlyList<EntityMention> entities, DocumentLayers added = DocumentLayers.Entities) =>
        new(Text, Layers | added, Tokens, Sentences, Checked(entities), Quotes, Claims, Stances, Syntax, Turns);

    /// <summary>Returns a document with the quote layer set.</summary>
    public Document WithQuotes(IReadOnlyList<Quote> quotes) =>
        new(Text, Layers | DocumentLayers.Quotes, Tokens, Sentences, Entities, Checked(quotes), Claims, Stances, Syntax, Turns);

    /// <summary>Returns a document with the transcript-turn layer set.</summary>
    public Document WithTurns(IReadOnlyList<Turn> turns) =>
        new(Text, Layers | DocumentLayers.Turns, Tokens, Sentences, Entities, Quotes, Claims, Stances, Syntax, Checked(turns));

    /// <summary>Returns a document with the claim layer set.</summary>
    public Document WithClaims(IReadOnlyList<ClaimMention> claims) =>
        new(Text, Layers | DocumentLayers.Claims, Tokens, Sentences, Entities, Quotes, Checked(claims), Stances, Syntax, Turns);

    /// <summary>Returns a document with the stance layer set.</summary>
    public Document WithStances(IReadOnlyList<StanceRelation> stances) =>
        new(Text, Layers | DocumentLayers.Stances, Tokens, Sentences, Entities, Quotes, Claims, Checked(stances), Syntax, Turns);

    /// <summary>Returns a document with the syntax layer set; its token views then read tags, lemmas and heads.</summary>
    /// <exception cref="ArgumentException">The layer does not cover exactly the document's tokens.</exception>
    public Document WithSyntax(SyntaxLayer syntax)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        if (syntax.Count != Tokens.Count)
        {
            throw new ArgumentException($"The syntax layer has {syntax.Count} tokens; the document has {Tokens.Count}.", nameof(syntax));
        }

        return new(Text, Layers | DocumentLayers.Syntax, Tokens.WithSyntax(syntax), Sentences, Entities, Quotes, Claims, Stances, syntax, Turns);
    }

    private static T Checked<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return value;
    }
}
