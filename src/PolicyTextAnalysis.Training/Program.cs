using PolicyTextAnalysis.Training;
using PolicyTextAnalysis.Training.Claims;
using PolicyTextAnalysis.Training.Commentary;
using PolicyTextAnalysis.Training.Attribution;
using PolicyTextAnalysis.Training.Entities;
using PolicyTextAnalysis.Training.Resolution;
using PolicyTextAnalysis.Training.Stance;
using PolicyTextAnalysis.Training.Syntax;
using PolicyTextAnalysis.Training.Pipeline;
using PolicyTextAnalysis.Training.Text;

// Every model and evaluation is rebuilt by one command here; see models/README.md for the figures.
ITrainingCommand[] commands =
[
    new EvalTextCommand(),
    new ProfilePipelineCommand(),
    new TrainClaimsCommand(),
    new TrainClaimTypesCommand(),
    new EvalClaimsCommand(),
    new EvalClaimsArgunscCommand(),
    new EvalAttributionCommand(),
    new EvalAttributionGumCommand(),
    new EvalAttributionLitBankCommand(),
    new EvalNumericCommand(),
    new BuildKbCommand(),
    new BuildFirstNamesCommand(),
    new BuildWordClustersCommand(),
    new TrainNerCommand(),
    new EvalNerCommand(),
    new TrainStanceCommand(),
    new EvalStanceCommand(),
    new EmbeddingStanceCommand(),
    new CrossValidateStanceCommand(),
    new EvalStanceNewsCommand(),
    new TrainStancePolarityCommand(),
    new TrainStanceEvidenceCommand(),
    new ProfileStartupCommand(),
    new EvalCommentaryCommand(),
    new TrainSyntaxCommand(),
    new EvalSyntaxCommand(),
];

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine("Usage: dotnet run --project src/PolicyTextAnalysis.Training -c Release -- COMMAND [options]");
    Console.WriteLine();
    foreach (ITrainingCommand c in commands)
    {
        Console.WriteLine($"  {c.Name,-18} {c.Summary}");
    }

    return args.Length == 0 ? 2 : 0;
}

ITrainingCommand? command = Array.Find(commands, c => c.Name == args[0]);
if (command is null)
{
    Console.Error.WriteLine($"error: unknown command '{args[0]}' (see --help)");
    return 2;
}

// A bad option or a missing file is the caller's mistake: one line naming it, not a stack trace.
try
{
    return command.Run(args[1..], Console.Out);
}
catch (Exception e) when (e is ArgumentException or FormatException or FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
{
    Console.Error.WriteLine($"error: {args[0]}: {e.Message}");
    return 2;
}
