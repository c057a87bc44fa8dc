namespace PolicyTextAnalysis.Training;

/// <summary>One subcommand of the training program (<c>train-ner</c>, <c>eval-text</c>, ...).</summary>
internal interface ITrainingCommand
{
    /// <summary>The name typed on the command line.</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>Runs the command; returns the process exit code.</summary>
    int Run(IReadOnlyList<string> args, TextWriter output);
}
