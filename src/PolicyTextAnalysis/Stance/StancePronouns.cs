using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Stance;

/// <summary>
/// The third-person pronoun antecedents of one document (<see cref="PronounAntecedents"/>, read off the parse), shared by
/// every stance rule: the parse rules and the relation-lexicon rules name the same antecedent for the same pronoun.
/// Thread-safe: sentence blocks read on several threads may share one instance.
/// </summary>
internal sealed class StancePronouns
{
    private StancePronouns(Document document)
    {
        TokenList tokens = document.Tokens;
        EntityAt = new int[tokens.Count];
        Array.Fill(EntityAt, -1);
        IReadOnlyList<EntityMention> entities = document.Entities;
        for (int e = 0; e < entities.Count; e++)
        {
            for (int t = tokens.IndexAtOrAfter(entities[e].Start); t < tokens.Count && tokens.Starts[t] < entities[e].End; t++)
            {
                EntityAt[t] = e;
            }
        }

        Document = document;
        Antecedents = new PronounAntecedents(document, EntityAt);
    }

    /// <summary>The document.</summary>
    public Document Document { get; }

    /// <summary>For each token, the index of the entity mention it is in, or -1.</summary>
    public int[] EntityAt { get; }

    /// <summary>The antecedents.</summary>
    public PronounAntecedents Antecedents { get; }

    /// <summary>The pronouns of <paramref name="document"/>, or null without a syntax layer (nothing to read them from).</summary>
    public static StancePronouns? For(Document document) =>
        document.Syntax is null || document.Tokens.Count == 0 ? null : new StancePronouns(document);

    /// <summary>
    /// For a pronoun the parse resolves, true, with the actor it refers to (null when it refers to no actor other than
    /// <paramref name="holder"/>: a thing, a policy, the holder itself); false for a pronoun it does not resolve.
    /// </summary>
    public bool TryActor(int token, string holder, out string? actor)
    {
        actor = null;
        if (!Antecedents.IsResolvable(token))
        {
            return false;
        }

        int head = Antecedents.Of(token);
        if (head >= 0 && EntityAt[head] >= 0 && Document.Entities[EntityAt[head]] is { } mention
            && SentenceTokens.IsActor(mention.Label) && mention.ActorName != holder)
        {
            actor = mention.ActorName;
        }

        return true;
    }
}
