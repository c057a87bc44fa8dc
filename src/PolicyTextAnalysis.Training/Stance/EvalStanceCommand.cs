using PolicyTextAnalysis.Stance;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>
/// <c>eval-stance</c>: accuracy and macro F1 per source: our own set (dev, test) through the stance stage,
/// and the embedded target-stance classifier on IBM Claim Stance test and PERSPECTRUM test at full coverage.
/// </summary>
internal sealed class EvalStanceCommand : ITrainingCommand
{
    /// <inheritdoc />
    public string Name => "eval-stance";

    /// <inheritdoc />
    public string Summary => "score the stance stage (own set) and the target classifier (ibm-claim-stance, perspectrum)";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--data"], ["--errors"]);
        string? data = arguments.Data;
        List<OwnStanceCase> own = OwnStanceSet.Load();
        output.WriteLine($"{"own set dev",-24} {OwnStanceSet.Score(own, "dev")}");
        output.WriteLine($"{"own set test",-24} {OwnStanceSet.Score(own, "test")}");
        if (arguments.Flag("--errors"))
        {
            // Dev errors only: the test cases stay unseen while rules are tuned.
            foreach (OwnStanceCase c in own.Where(c => c.Split == "dev" && OwnStanceSet.Predict(c) != c.Polarity))
            {
                output.WriteLine($"  dev error: {c.Document.Text} | {c.Holder} -> {c.Target}: gold {c.Polarity}, got {OwnStanceSet.Predict(c)}");
            }
        }

        if (data is null || !Directory.Exists(data))
        {
            output.WriteLine("no data folder (pass --data DIR or set POLICYTEXT_DATA): ibm-claim-stance and perspectrum skipped");
            return 0;
        }

        TargetStanceModel model = TargetStanceModel.Default;
        TrainStanceCommand.Report(output, "ibm-claim-stance test", model, StanceCorpora.ClaimStance(data, "test"));
        TrainStanceCommand.Report(output, "perspectrum test", model, StanceCorpora.Perspectrum(data, "test"));
        return 0;
    }
}
