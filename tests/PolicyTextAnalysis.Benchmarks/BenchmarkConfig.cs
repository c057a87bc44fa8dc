using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace PolicyTextAnalysis.Benchmarks;

/// <summary>Shared configuration: memory diagnoser (allocated bytes), tokens per second and bytes per token.</summary>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public BenchmarkConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new TokensPerSecondColumn(), new BytesPerTokenColumn());
    }
}
