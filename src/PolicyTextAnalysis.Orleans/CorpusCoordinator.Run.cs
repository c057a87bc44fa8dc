using System.Diagnostics;
using PolicyTextAnalysis.Corpus;

namespace PolicyTextAnalysis.Orleans;

/// <summary>The resumable run: outcomes recorded in a <see cref="ChunkStore"/> as they arrive.</summary>
public sealed partial class CorpusCoordinator
{
    /// <summary>
    /// Analyses every document of <paramref name="documents"/> that <paramref name="store"/> does not already hold,
    /// appending each result line to the store the moment it arrives. A run stopped in any way (cancellation, a crash,
    /// a kill) keeps every line it received, and a later run on the same store redoes only the rest.
    /// </summary>
    /// <param name="documents">The corpus.</param>
    /// <param name="store">The results folder; documents whose ids it holds are not sent again.</param>
    /// <param name="chunkSize">Lines per sealed chunk file.</param>
    /// <param name="progress">Receives the number of documents finished in this run (called on the run's own thread).</param>
    /// <param name="cancellationToken">Stops the run; what arrived is kept.</param>
    /// <returns>What this run did.</returns>
    public async Task<CorpusRunReport> RunAsync(IEnumerable<CorpusDocument> documents, ChunkStore store, int chunkSize = 200, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(store);
        HashSet<string> done = store.CompletedIds();
        long retriedBefore = RetriedDocuments;
        var skipped = new List<DocumentOutcome>();
        var bySilo = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        int finishedCount = 0;
        using (ChunkAppender appender = store.OpenAppender(chunkSize))
        {
            await foreach (DocumentOutcome outcome in AnalyzeAsync(documents.Where(d => !done.Contains(d.Id)), cancellationToken).ConfigureAwait(false))
            {
                if (outcome.Line is not null)
                {
                    appender.Append(outcome.Line);
                }
                else
                {
                    skipped.Add(outcome);
                }

                if (outcome.Silo is not null)
                {
                    bySilo[outcome.Silo] = bySilo.GetValueOrDefault(outcome.Silo) + 1;
                }

                finishedCount++;
                progress?.Report(finishedCount);
            }
        }

        return new CorpusRunReport
        {
            AlreadyDone = done.Count,
            Analysed = finishedCount - skipped.Count,
            Skipped = skipped,
            RetriedDocuments = RetriedDocuments - retriedBefore,
            DocumentsBySilo = bySilo,
            Seconds = clock.Elapsed.TotalSeconds,
        };
    }
}
