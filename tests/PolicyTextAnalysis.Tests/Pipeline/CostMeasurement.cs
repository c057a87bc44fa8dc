using System.Diagnostics;

namespace PolicyTextAnalysis.Tests.Pipeline;

/// <summary>What one piece of work costs: the bytes it allocates and its best time of three runs (shared machines are noisy).</summary>
internal static class CostMeasurement
{
    /// <summary>Runs <paramref name="work"/> three times, each on a collected heap; allocation is the same each run, time is the fastest.</summary>
    public static (long Bytes, double Seconds) BestOfThree(Action work)
    {
        long bytes = 0;
        double best = double.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            (bytes, double seconds) = Once(work);
            best = Math.Min(best, seconds);
        }

        return (bytes, best);
    }

    // One run on a collected heap and, when the runtime grants it, with no collection inside the timed work: the time is
    // then the algorithm's own. Collections are not linear in a large result (each young collection scans the card-marked
    // large array that holds the new objects), which made a linear recogniser look x5 slower on twice the input in CI;
    // allocation is measured apart, exactly. Work that allocates more than the region leaves it, and is timed as it runs.
    private static (long Bytes, double Seconds) Once(Action work)
    {
        const long noCollectionBytes = 240L * 1024 * 1024;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        bool region = GC.TryStartNoGCRegion(noCollectionBytes);
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        try
        {
            work();
        }
        finally
        {
            watch.Stop();
            if (region && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }

        return (GC.GetTotalAllocatedBytes(precise: true) - before, watch.Elapsed.TotalSeconds);
    }

    /// <summary>The cost of <paramref name="single"/> and of <paramref name="twice"/> (the same work on twice the input),
    /// with the time ratio over a floor of 20 ms. The two are timed in turn, three rounds, the fastest of each kept: CI runs
    /// the test projects side by side, so a stretch of load hits both sizes rather than one. When the ratio still reaches
    /// <paramref name="maxTimeRatio"/> both are measured anew, up to two more times (a CI run once saw x5.5 twice in a row
    /// on a linear rule timed in tens of milliseconds): a cost really worse than linear exceeds it every time.</summary>
    public static Doubling MeasureDoubling(Action single, Action twice, double maxTimeRatio)
    {
        const double floorSeconds = 0.02;
        const int measurements = 3;
        Doubling cost = Interleaved(single, twice, floorSeconds);
        for (int again = 1; again < measurements && cost.TimeRatio >= maxTimeRatio; again++)
        {
            cost = Interleaved(single, twice, floorSeconds);
        }

        return cost;
    }

    private static Doubling Interleaved(Action single, Action twice, double floorSeconds)
    {
        long singleBytes = 0, twiceBytes = 0;
        double singleSeconds = double.MaxValue, twiceSeconds = double.MaxValue;
        for (int round = 0; round < 3; round++)
        {
            (singleBytes, double s) = Once(single);
            (twiceBytes, double t) = Once(twice);
            (singleSeconds, twiceSeconds) = (Math.Min(singleSeconds, s), Math.Min(twiceSeconds, t));
        }

        return new Doubling(singleBytes, twiceBytes, singleSeconds, twiceSeconds, twiceSeconds / Math.Max(singleSeconds, floorSeconds));
    }

    /// <summary>The costs of an input and of one twice as long.</summary>
    internal readonly record struct Doubling(long SingleBytes, long TwiceBytes, double SingleSeconds, double TwiceSeconds, double TimeRatio)
    {
        /// <summary>Bytes allocated for twice the input over bytes for the input.</summary>
        public double BytesRatio => (double)TwiceBytes / SingleBytes;

        /// <inheritdoc />
        public override string ToString() => FormattableString.Invariant(
            $"allocation x{BytesRatio:0.00} ({SingleBytes:N0} -> {TwiceBytes:N0} bytes), time x{TimeRatio:0.00} ({SingleSeconds:0.000} -> {TwiceSeconds:0.000} s)");
    }
}
