using Microsoft.Extensions.Hosting;

namespace PolicyTextAnalysis.Orleans;

/// <summary>Creates the silo's analyzer and runs it once on a short text while the host starts.</summary>
internal sealed class AnalyzerWarmUp(PolicyAnalyzer analyzer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        analyzer.Analyze("The minister said on Monday that the policy had failed.", cancellationToken);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
