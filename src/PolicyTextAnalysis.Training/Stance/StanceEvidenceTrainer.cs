using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using PolicyTextAnalysis.Stance;
using PolicyTextAnalysis.Training.Commentary;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>
/// The pieces of <c>train-stance-evidence</c>: commentary documents turned into labelled evidence rows, ML.NET's binary
/// logistic regression fitted on them and exported into <see cref="StanceEvidenceModel"/>, and the commentary stance
/// score of a document set when evidence below a threshold is dropped.
/// </summary>
internal static class StanceEvidenceTrainer
{
    /// <summary>One training row as ML.NET sees it.</summary>
    public sealed class Row
    {
        /// <summary>True when the evidence's holder, target and polarity match a gold stance of its document.</summary>
        public bool Label { get; set; }

        /// <summary>The sparse feature vector (feature counts).</summary>
        [VectorType(StanceEvidenceFeaturizer.Dimension)]
        public VBuffer<float> Features { get; set; }
    }

    /// <summary>ML.NET's prediction columns.</summary>
    public sealed class Prediction
    {
        /// <summary>The calibrated probability of the positive class.</summary>
        public float Probability { get; set; }
    }

    /// <summary>A gold document analysed up to (not including) stance aggregation, with its evidence rows.</summary>
    public sealed record AnalysedDocument(CommentaryDocument Gold, Document Document, List<StanceEvidence> Evidence, List<Row> Rows);

    /// <summary>Runs <paramref name="analyzer"/> on each document and labels every piece of stance evidence;
    /// <paramref name="retype"/>, when given, replaces each document's claim types first (to score the rules with claim
    /// types from a model that has not seen the document).</summary>
    public static List<AnalysedDocument> Analyse(PolicyAnalyzer analyzer, IReadOnlyList<CommentaryDocument> documents,
        Func<CommentaryDocument, Document, Document>? retype = null)
    {
        var result = new List<AnalysedDocument>(documents.Count);
        foreach (CommentaryDocument d in documents)
        {
            Document document = analyzer.Process(d.Text);
            document = retype is null ? document : retype(d, document);
            List<StanceEvidence> evidence = StanceStage.FindEvidence(document, CancellationToken.None, framing: true);
            Dictionary<(string, string), int> support = StanceStage.SupportCounts(evidence);
            var names = new GoldNames(d.Gold);
            var rows = new List<Row>(evidence.Count);
            foreach (StanceEvidence e in evidence)
            {
                string polarity = e.Polarity == StancePolarity.Favor ? "favor" : e.Polarity == StancePolarity.Against ? "against" : "neutral";
                bool label = d.Gold.Stances.Any(g => g.Polarity == polarity && names.Matches(e.Holder, g.Holder) && CommentaryScorer.TargetMatches(e.Target, g, names));
                rows.Add(new Row { Label = label, Features = Vector(document, e, support[(e.Holder, e.Target)]) });
            }

            result.Add(new AnalysedDocument(d, document, evidence, rows));
        }

        return result;
    }

    /// <summary>
    /// Rows from the judged news stances (<see cref="NewsStanceJudgments"/>) of the tuning sets <paramref name="sets"/>:
    /// the rules' evidence of each document is aggregated as the stage does without the model, and every piece of
    /// evidence of a judged stance is positive when the stance was judged correct and the evidence has its polarity.
    /// </summary>
    public static List<Row> NewsRows(PolicyAnalyzer analyzer, string data, IEnumerable<string> sets, NewsStanceJudgments judgments)
    {
        var rows = new List<Row>();
        foreach (string set in sets)
        {
            foreach ((string name, string text) in EvalStanceNewsCommand.Documents(data, set))
            {
                Document document = analyzer.Process(text);
                List<StanceEvidence> evidence = StanceStage.FindEvidence(document, CancellationToken.None, framing: true);
                if (evidence.Count == 0)
                {
                    continue;
                }

                Dictionary<(string, string), int> support = StanceStage.SupportCounts(evidence);
                foreach (StanceRelation relation in StanceAggregator.Aggregate(evidence))
                {
                    TextSpan first = relation.Evidence.Count > 0 ? relation.Evidence[0] : new TextSpan(0, 0);
                    var stance = new NewsStance(name, relation.Holder, relation.Target, relation.Polarity.ToString().ToLowerInvariant(),
                        NewsStanceJudgments.Clean(text[first.Start..first.End]));
                    if (judgments.Verdict(stance) is not bool correct)
                    {
                        continue;
                    }

                    foreach (StanceEvidence e in evidence.Where(e => e.Holder == relation.Holder && e.Target == relation.Target))
                    {
                        rows.Add(new Row { Label = correct && e.Polarity == relation.Polarity, Features = Vector(document, e, support[(e.Holder, e.Target)]) });
                    }
                }
            }
        }

        return rows;
    }

    /// <summary>The feature vector of one piece of evidence (sorted indices, counts as values).</summary>
    public static VBuffer<float> Vector(Document document, StanceEvidence evidence, int support)
    {
        var list = new List<int>();
        StanceEvidenceFeaturizer.Featurize(document, evidence, support, list);
        var merged = new SortedDictionary<int, float>();
        foreach (int f in list)
        {
            merged[f] = merged.GetValueOrDefault(f) + 1;
        }

        return new VBuffer<float>(StanceEvidenceFeaturizer.Dimension, merged.Count, [.. merged.Values], [.. merged.Keys]);
    }

    /// <summary>Fits ML.NET's L-BFGS logistic regression.</summary>
    public static BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> Fit(
        MLContext ml, IEnumerable<Row> rows, float l2)
    {
        IDataView data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            L1Regularization = 0f,
            L2Regularization = l2,
            NumberOfThreads = 1,
        });
        return trainer.Fit(data);
    }

    /// <summary>ML.NET's probabilities for <paramref name="rows"/>.</summary>
    public static float[] Predict(MLContext ml, ITransformer model, IEnumerable<Row> rows) =>
        [.. ml.Data.CreateEnumerable<Prediction>(model.Transform(ml.Data.LoadFromEnumerable(rows)), reuseRowObject: false).Select(p => p.Probability)];

    /// <summary>Our model from a fitted one, with <paramref name="threshold"/>.</summary>
    public static StanceEvidenceModel Export(
        BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> fitted, float threshold, float framingThreshold)
    {
        LinearBinaryModelParameters linear = fitted.Model.SubModel;
        PlattCalibrator calibrator = fitted.Model.Calibrator;
        if (Math.Abs(calibrator.Slope + 1) > 1e-6 || Math.Abs(calibrator.Offset) > 1e-6)
        {
            throw new InvalidOperationException($"Expected the identity sigmoid calibrator of logistic regression, got slope {calibrator.Slope}, offset {calibrator.Offset}.");
        }

        var weights = new float[StanceEvidenceFeaturizer.Dimension];
        int i = 0;
        foreach (float w in linear.Weights)
        {
            weights[i++] = w;
        }

        return new StanceEvidenceModel(weights, linear.Bias, threshold, framingThreshold);
    }

    /// <summary>
    /// Out-of-fold probabilities for every row of every document by <paramref name="folds"/>-fold cross-validation over
    /// documents (a seeded shuffle), so no document's evidence trains the model that scores it.
    /// </summary>
    public static double[][] CrossValidate(MLContext ml, IReadOnlyList<AnalysedDocument> documents, IReadOnlyList<Row> extra, float l2, int folds, int seed)
    {
        int[] order = [.. Enumerable.Range(0, documents.Count)];
        new Random(seed).Shuffle(order);
        var foldOf = new int[documents.Count];
        for (int k = 0; k < order.Length; k++)
        {
            foldOf[order[k]] = k % folds;
        }

        var probabilities = new double[documents.Count][];
        for (int f = 0; f < folds; f++)
        {
            var train = documents.Where((_, d) => foldOf[d] != f).SelectMany(d => d.Rows).Concat(extra).ToList();
            var model = Fit(ml, train, l2);
            for (int d = 0; d < documents.Count; d++)
            {
                if (foldOf[d] == f)
                {
                    probabilities[d] = [.. Predict(ml, model, documents[d].Rows).Select(p => (double)p)];
                }
            }
        }

        return probabilities;
    }

    /// <summary>
    /// The commentary stance score when each piece of evidence takes its probability as confidence and stances whose
    /// aggregated confidence is below <paramref name="threshold"/> are dropped, as
    /// <see cref="AnalyzerOptions.MinimumStanceConfidence"/> does (null probabilities: the rules' own confidences, and no
    /// framing candidates, as the stage without a model). Framing candidates below <paramref name="framingThreshold"/> are
    /// dropped first, as the stage does.
    /// </summary>
    public static Prf Score(IReadOnlyList<AnalysedDocument> documents, double[][]? probabilities, double threshold, double framingThreshold)
    {
        var total = default(Prf);
        for (int d = 0; d < documents.Count; d++)
        {
            AnalysedDocument a = documents[d];
            var scored = new List<StanceEvidence>(a.Evidence.Count);
            for (int i = 0; i < a.Evidence.Count; i++)
            {
                bool framing = StanceStage.IsFraming(a.Evidence[i]);
                if (probabilities is null)
                {
                    if (!framing)
                    {
                        scored.Add(a.Evidence[i]);
                    }
                }
                else if (!framing || Math.Round(probabilities[d][i], 4) >= framingThreshold)
                {
                    scored.Add(a.Evidence[i] with { Confidence = Math.Round(probabilities[d][i], 4) });
                }
            }

            Func<string, string?> clusterOf = StanceClusterLinker.ClusterFinder(a.Document.Entities);
            var relations = StanceAggregator.Aggregate(scored, clusterOf).Where(r => r.Confidence >= threshold).ToList();
            Document withStances = a.Document.WithStances(StanceClusterLinker.Link(relations, clusterOf));
            total += CommentaryScorer.Score(a.Gold, AnalysisResult.FromDocument(withStances)).Stances;
        }

        return total;
    }
}
