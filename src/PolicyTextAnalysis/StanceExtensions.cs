using PolicyTextAnalysis.Stance;

namespace PolicyTextAnalysis;

/// <summary>Stance queries on analysis results: the stance graph and stances toward caller-named targets.</summary>
public static class StanceExtensions
{
    /// <summary>The stance graph of a result's stance relations.</summary>
    public static StanceGraph ToStanceGraph(this AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return StanceGraph.FromRelations(result.Stances);
    }

    /// <summary>
    /// Stances of every holder (at least the author) toward <paramref name="targets"/>, matched semantically when a
    /// target does not occur verbatim. Never throws for bad targets: see <see cref="TargetStanceReport.Messages"/>.
    /// </summary>
    /// <remarks>Needs <see cref="AnalysisResult.Document"/> (a result from <c>Analyze</c>, not one read from JSON).</remarks>
    public static TargetStanceReport FindTargetStances(this AnalysisResult result, IEnumerable<string> targets) =>
        FindTargetStances(result, targets, CancellationToken.None);

    /// <inheritdoc cref="FindTargetStances(AnalysisResult, IEnumerable{string})"/>
    /// <param name="result">An analysis result from <c>Analyze</c>.</param>
    /// <param name="targets">The caller's targets (phrases).</param>
    /// <param name="cancellationToken">Cancels the search (checked per target and per sentence).</param>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static TargetStanceReport FindTargetStances(this AnalysisResult result, IEnumerable<string> targets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Document is null)
        {
            return new TargetStanceReport { Messages = ["This result has no document (it was read from JSON): analyse the text again to ask for target stances."] };
        }

        return TargetStanceFinder.Find(result.Document, targets ?? [], TargetStanceModel.Default, cancellationToken);
    }

    /// <summary>Analyses <paramref name="text"/> and returns the stances toward <paramref name="targets"/> with the result.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="analyzer"/> or <paramref name="text"/> is null.</exception>
    public static (AnalysisResult Result, TargetStanceReport Targets) Analyze(
        this PolicyAnalyzer analyzer, string text, IEnumerable<string> targets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        AnalysisResult result = analyzer.Analyze(text, cancellationToken);
        return (result, result.FindTargetStances(targets, cancellationToken));
    }
}
