using PolicyTextAnalysis.Claims;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Text;
using PolicyTextAnalysis.Training.Evaluation;

namespace PolicyTextAnalysis.Training.Claims;

/// <summary>
/// Scores the claim stage on our typed-claim set, sentence by sentence: a sentence is predicted a claim when the
/// stage finds at least one claim in it, and its predicted types are the union of its claims' types.
/// </summary>
public static class ClaimSetEvaluation
{
    /// <summary>The figures of one run.</summary>
    public sealed record Result(SpanScore Detection, IReadOnlyDictionary<ClaimType, SpanScore> PerType, IReadOnlyList<string> Errors)
    {
        /// <summary>Mean F1 over the six types.</summary>
        public double MacroF1 => PerType.Values.Average(s => s.F1);
    }

    /// <summary>Runs text, (empty) entity and claim stages on each sentence and compares with the gold labels.</summary>
    public static Result Evaluate(IReadOnlyList<ClaimSetItem> items, ClaimStage stage)
    {
        var pipeline = new AnalysisPipeline([new TextStage(), new EntityStage([]), stage]);
        var detection = default(SpanScore);
        var perType = Enum.GetValues<ClaimType>().ToDictionary(t => t, _ => default(SpanScore));
        var errors = new List<string>();
        foreach (ClaimSetItem item in items)
        {
            Document document = pipeline.Run(Document.FromText(item.Text));
            bool predictedClaim = document.Claims.Count > 0;
            var predicted = document.Claims.SelectMany(c => c.Types).ToHashSet();
            var gold = item.Types.ToHashSet();
            detection += new SpanScore(predictedClaim && item.Claim ? 1 : 0, predictedClaim ? 1 : 0, item.Claim ? 1 : 0);
            foreach (ClaimType type in perType.Keys)
            {
                bool p = predicted.Contains(type), g = gold.Contains(type);
                perType[type] += new SpanScore(p && g ? 1 : 0, p ? 1 : 0, g ? 1 : 0);
            }

            if (predictedClaim != item.Claim || !predicted.SetEquals(gold))
            {
                errors.Add($"{item.Id,4} gold [{string.Join(",", gold)}] pred [{string.Join(",", predicted)}] {item.Text}");
            }
        }

        return new Result(detection, perType, errors);
    }
}
