using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PolicyTextAnalysis.Benchmarks;

/// <summary>A summary column: tokens processed per second, from the mean time of one operation on <see cref="BenchmarkText.Repeated"/>.</summary>
public sealed class TokensPerSecondColumn : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(TokensPerSecondColumn);

    /// <inheritdoc />
    public string ColumnName => "Tokens/s";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Tokens of the input processed per second on one thread";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        double? meanNs = report?.ResultStatistics?.Mean;
        if (meanNs is null or <= 0)
        {
            return "-";
        }

        double perSecond = BenchmarkText.RepeatedTokenCount / (meanNs.Value / 1e9);
        return perSecond.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
