using BenchmarkDotNet.Running;

// Run all:  dotnet run -c Release --project tests/PolicyTextAnalysis.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(PolicyTextAnalysis.Benchmarks.BenchmarkText).Assembly).Run(args);
