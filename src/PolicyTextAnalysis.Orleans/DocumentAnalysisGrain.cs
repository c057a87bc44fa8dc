using Orleans.Concurrency;
using PolicyTextAnalysis.Corpus;

namespace PolicyTextAnalysis.Orleans;

/// <summary>
/// The stateless worker behind <see cref="IDocumentAnalysisGrain"/>. Every activation on a silo shares the silo's
/// <see cref="PolicyAnalyzer"/> singleton (registered by <see cref="SiloBuilderExtensions.AddPolicyTextAnalysisWorkers"/>),
/// which is thread-safe, so the models are loaded once per silo however many activations run; the silo's
/// <see cref="SiloAnalysisGate"/> bounds how many batches are analysed at once.
/// </summary>
[StatelessWorker]
public sealed class DocumentAnalysisGrain(PolicyAnalyzer analyzer, SiloAnalysisGate gate, ILocalSiloDetails silo) : Grain, IDocumentAnalysisGrain
{
    /// <inheritdoc />
    public async Task<DocumentOutcome[]> AnalyzeAsync(DocumentWork[] batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        using IDisposable slot = await gate.EnterAsync(cancellationToken);
        string siloName = silo.Name;
        var outcomes = new DocumentOutcome[batch.Length];
        for (int i = 0; i < batch.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            DocumentWork work = batch[i];
            string? line = null, reason = null;
            try
            {
                line = ResultLine.Format(work.Id, work.Source, analyzer.Analyze(work.Text, cancellationToken));
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception e)
            {
                // As in the local run: one bad document is reported and skipped, never retried (it would fail again).
                reason = $"analysis failed: {e.GetType().Name}: {e.Message}";
            }

            outcomes[i] = new DocumentOutcome { Index = work.Index, Id = work.Id, Source = work.Source, Line = line, SkipReason = reason, Silo = siloName };
        }

        return outcomes;
    }
}
