using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PolicyTextAnalysis.Benchmarks;

/// <summary>
/// A summary column: managed bytes allocated per token of <see cref="BenchmarkText.Repeated"/>, from the memory
/// diagnoser's bytes per operation. For the tokenizer this is the token arrays (start, end, kind: 9 bytes a slot).
/// </summary>
public sealed class BytesPerTokenColumn : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(BytesPerTokenColumn);

    /// <inheritdoc />
    public string ColumnName => "Bytes/token";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 1;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Managed bytes allocated per input token (allocated bytes per operation / tokens)";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        if (report is null || report.ResultStatistics is null)
        {
            return "-";
        }

        long? bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        if (bytes is null)
        {
            return "-";
        }

        double perToken = (double)bytes.Value / BenchmarkText.RepeatedTokenCount;
        return perToken.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
