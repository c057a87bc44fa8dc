using System.Diagnostics;

namespace PolicyTextAnalysis.Tests.Pipeline;

/// <summary>What one piece of work costs: the bytes it allocates and its best time of three runs (shared machines are noisy).</summary>
internal static class CostMeasurement
{
    /// <summary>Runs <paramref name="work"/> three times; allocation is the same each run, time is the fastest.</summary>
    public static (long Bytes, double Seconds) BestOfThree(Action work)
    {
        long bytes = 0;
        double best = double.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            long before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            work();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        return (bytes, best);
    }
}
