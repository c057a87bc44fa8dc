using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using PolicyTextAnalysis.Attribution;
using PolicyTextAnalysis.Claims;
using PolicyTextAnalysis.Stance;
using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis;

/// <summary>
/// Loads the bundled models the default pipeline reads. They are independent and each sits behind a thread-safe lazy
/// value, so they load side by side: a new process waits for the slowest (the parser, or the knowledge base with its
/// gazetteer) rather than for their sum. Loading again is free.
/// </summary>
internal static class BundledModels
{
    /// <summary>Loads every bundled model, on up to <paramref name="maxDegreeOfParallelism"/> threads;
    /// <paramref name="stanceEvidence"/> false leaves the stance evidence scorer unloaded.</summary>
    /// <exception cref="InvalidOperationException">A bundled model is missing or corrupt (the first such error).</exception>
    public static void Preload(bool knowledgeBase, int maxDegreeOfParallelism, bool stanceEvidence = true)
    {
        // Each thread takes the next load when it is free, so the longest go first: the knowledge base with its gazetteer
        // (the longest since the name model is stored uncompressed), then the parser and the name model; the small ones
        // last fill the gap. On two cores, one page from a fresh Native AOT process: 0.151-0.158 s against 0.162-0.170 s
        // with the parser first (means of 10 runs, four alternations).
        Action[] loads =
        [
            knowledgeBase ? static () => _ = Entities.GazetteerRecognizer.Default : static () => { },
            static () => _ = SyntaxModel.Default,
            static () => _ = Entities.NamedEntityRecognizer.Default,
            knowledgeBase
                ? () =>
                {
                    SmallModels(stanceEvidence);

                    // Sets the resolution stage derives from the knowledge base on its first document; by now the branch
                    // above has loaded it (or this waits for it), and they build here beside the gazetteer.
                    List<EntityMention> none = [];
                    Resolution.EthnicGroupTyper.Apply(none, Resolution.KnowledgeBase.Default);
                    Resolution.RegionTyper.Apply(none, Resolution.KnowledgeBase.Default);
                }
                : () => SmallModels(stanceEvidence),
        ];
        try
        {
            Parallel.Invoke(new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxDegreeOfParallelism) }, loads);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }

    // The word lists and small models, and the lexicons the stages otherwise read on their first document.
    private static void SmallModels(bool stanceEvidence)
    {
        _ = CueLexicon.Default;
        _ = ClaimTypeModel.Default;
        _ = OpinionLexicon.Default;
        _ = RelationExtractor.Default;
        if (stanceEvidence)
        {
            _ = StanceEvidenceModel.Default;
        }
        _ = StancePolarityModel.Default;
        _ = NonTargetNouns.Contains("day");
        _ = Resolution.GenderLexicon.Default;
        _ = Resolution.PersonNouns.Contains("minister");
        _ = Resolution.RoleWords.IsHead("minister");
        _ = ClaimLexicon.CuesStartingWith("according");
        RuntimeHelpers.RunClassConstructor(typeof(Entities.NumericLexicon).TypeHandle);

        // Last: it checks its word classes against the name model's, so it waits for that load if still running.
        _ = CheckworthinessModel.Default;
    }
}
