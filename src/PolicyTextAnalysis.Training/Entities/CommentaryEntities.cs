using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Text;
using PolicyTextAnalysis.Training.Commentary;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// The name mentions of the commentary gold set's <b>dev</b> split as NER training sentences (<c>train-ner
/// --commentary-copies N</c>): in-domain text (op-eds, speeches, briefings, statements, debates) annotated with OntoNotes
/// labels by the guide in <c>eval/commentary/GUIDE.md</c>, so no label mapping is needed. Each text is cut into sentences
/// by the library's own tokenizer and splitter; the numeric and time labels (the numeric grammar's, not the model's) are
/// left out, and a mention across a sentence boundary is dropped. The test split is never read. With a fold
/// (<see cref="CommentarySet.FoldOf"/>), the texts of that fold are left out, so the model can be scored on them.
/// </summary>
internal static class CommentaryEntities
{
    /// <summary>The labels the statistical recogniser predicts; the others are the numeric grammar's.</summary>
    private static readonly HashSet<string> ModelLabels = new(StringComparer.Ordinal)
    {
        EntityLabels.Person, EntityLabels.Norp, EntityLabels.Facility, EntityLabels.Organization, EntityLabels.GeopoliticalEntity,
        EntityLabels.Location, EntityLabels.Product, EntityLabels.Event, EntityLabels.WorkOfArt, EntityLabels.Law, EntityLabels.Language,
    };

    /// <summary>The dev texts' sentences, leaving out fold <paramref name="heldOutFold"/> of <paramref name="folds"/> when given.</summary>
    public static List<NerSentence> Read(int? heldOutFold, int folds)
    {
        var stage = new TextStage(Tokenizer.Default);
        var result = new List<NerSentence>();
        foreach (CommentaryDocument document in CommentarySet.Load("dev"))
        {
            if (heldOutFold is { } fold && CommentarySet.FoldOf(document.Name, folds) == fold)
            {
                continue;
            }

            Document parsed = stage.Process(Document.FromText(document.Text), CancellationToken.None);
            List<Commentary.GoldEntity> mentions = [.. document.Gold.Entities.Where(e => ModelLabels.Contains(e.Label)).OrderBy(e => e.Start)];
            int m = 0;
            foreach (Sentence sentence in parsed.Sentences)
            {
                var tokens = new List<TextSpan>(sentence.TokenCount);
                for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    tokens.Add(new TextSpan(parsed.Tokens.Starts[t] - sentence.Start, parsed.Tokens.Ends[t] - sentence.Start));
                }

                var entities = new List<GoldEntity>();
                for (; m < mentions.Count && mentions[m].Start < sentence.End; m++)
                {
                    // Nested mentions (rare in the gold) keep the outer one: a tag sequence has no nesting.
                    bool overlaps = entities.Count > 0 && mentions[m].Start - sentence.Start < entities[^1].End;
                    if (mentions[m].Start >= sentence.Start && mentions[m].End <= sentence.End && !overlaps)
                    {
                        entities.Add(new GoldEntity(mentions[m].Start - sentence.Start, mentions[m].End - sentence.Start, mentions[m].Label));
                    }
                }

                result.Add(new NerSentence(document.Text[sentence.Start..sentence.End], entities, tokens));
            }
        }

        return result;
    }
}
