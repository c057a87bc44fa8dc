using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Fills a <see cref="NerWorkspace"/>'s syntax columns (tag, relation and head-word hashes) for a window of tokens,
/// from the document's syntax layer when it has one, else by tagging (and parsing) the window with the shipped syntax
/// model, so a model that reads syntax gives the same names with or without the syntax stage in the pipeline.
/// </summary>
/// <remarks>Training calls the same code on each training sentence, which keeps its features and inference's identical.</remarks>
internal static class NerSyntaxContext
{
    /// <summary>Stands for the head of a root (it has none).</summary>
    internal const ulong RootHead = 0x5A5A_1234_C3C3_8765UL;

    /// <summary>
    /// Writes the syntax hashes of tokens <c>[first, first + count)</c> into <paramref name="work"/>, reading
    /// <paramref name="layer"/> when given. Does nothing for <see cref="NerSyntaxFeatures.None"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The model reads syntax, no layer is given and the package has no syntax model.</exception>
    public static void Fill(TokenList tokens, int first, int count, SyntaxLayer? layer, NerSyntaxFeatures use, NerWorkspace work)
    {
        if (use == NerSyntaxFeatures.None || count == 0)
        {
            return;
        }

        work.Ensure(count);
        bool dependencies = (use & NerSyntaxFeatures.Dependencies) != 0;
        if (layer is not null)
        {
            for (int k = 0; k < count; k++)
            {
                int token = first + k;
                work.TagHash[k] = FeatureHash.Chars(layer.Tag(token), lower: false);
                if (dependencies)
                {
                    int head = layer.Head(token);
                    work.DepHash[k] = FeatureHash.Chars(layer.Dep(token), lower: false);
                    work.HeadHash[k] = head == token ? RootHead : FeatureHash.Chars(tokens.CharsAt(head), lower: true);
                }
            }

            return;
        }

        SyntaxModel model = SyntaxModel.Default
            ?? throw new InvalidOperationException("This named-entity model reads part-of-speech tags, but the package has no syntax model and the document no syntax layer.");
        WordHashes[] words = WordHashes.Of(tokens, first, count);
        int[] tags = model.Tag(words);
        for (int k = 0; k < count; k++)
        {
            work.TagHash[k] = FeatureHash.Chars(model.Tagger.Penn[tags[k]], lower: false);
        }

        if (dependencies)
        {
            (int[] heads, int[] relations) = model.Parser.Parse(words, tags);
            for (int k = 0; k < count; k++)
            {
                work.DepHash[k] = FeatureHash.Chars(model.Parser.Labels[relations[k]], lower: false);
                work.HeadHash[k] = heads[k] < 0 ? RootHead : FeatureHash.Chars(tokens.CharsAt(first + heads[k]), lower: true);
            }
        }
    }
}
