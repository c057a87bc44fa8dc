using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PolicyTextAnalysis;
using PolicyTextAnalysis.Hosting;

// The conventional namespace for AddXxx extensions, so they appear wherever services are configured.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers PolicyTextAnalysis in a <see cref="IServiceCollection"/>.</summary>
public static class PolicyTextAnalysisServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared, thread-safe <see cref="PolicyAnalyzer"/> (a singleton: its models load once, on first
    /// use), configured through <see cref="IOptions{TOptions}"/> of <see cref="PolicyTextAnalysisOptions"/> and
    /// logging its start-up through <see cref="ILogger"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional settings; they can also come from <c>services.Configure</c> or configuration binding.</param>
    /// <returns>The same service collection, for chaining.</returns>
    public static IServiceCollection AddPolicyTextAnalysis(this IServiceCollection services, Action<PolicyTextAnalysisOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PolicyTextAnalysisOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(provider =>
        {
            PolicyTextAnalysisOptions options = provider.GetRequiredService<IOptions<PolicyTextAnalysisOptions>>().Value;
            ILogger logger = provider.GetService<ILoggerFactory>()?.CreateLogger("PolicyTextAnalysis") ?? NullLogger.Instance;
            long started = Stopwatch.GetTimestamp();
            PolicyAnalyzer analyzer = PolicyAnalyzer.Create(options.ToAnalyzerOptions());
            logger.LogInformation(
                "PolicyTextAnalysis analyzer ready in {ElapsedMs:0} ms with stages {Stages}",
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                string.Join(", ", analyzer.Pipeline.Stages.Select(s => s.Name)));
            return analyzer;
        });
        return services;
    }
}
