using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using PolicyTextAnalysis.Hosting;
using StackExchange.Redis;

namespace PolicyTextAnalysis.Orleans;

/// <summary>Configures a silo to analyse corpus documents.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>
    /// Registers the silo's one shared <see cref="PolicyAnalyzer"/> (models load once, when the silo starts) for the
    /// <see cref="DocumentAnalysisGrain"/> workers.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Optional analyzer settings.</param>
    /// <param name="concurrency">Batches analysed at once on this silo (default: one per core).</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder AddPolicyTextAnalysisWorkers(this ISiloBuilder builder, Action<PolicyTextAnalysisOptions>? configure = null, int? concurrency = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (concurrency is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(concurrency), concurrency, "The number of analyses at once must be positive.");
        }

        builder.Services.AddPolicyTextAnalysis(configure);
        builder.Services.AddSingleton(new SiloAnalysisGate(concurrency ?? Environment.ProcessorCount));
        // Load the models while the silo starts, not inside the first grain call (which could then time out).
        builder.Services.AddHostedService<AnalyzerWarmUp>();
        return builder;
    }

    /// <summary>Applies <paramref name="options"/>: localhost or Redis membership, cluster ids, ports and the silo's name.</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="options">Cluster settings, usually bound from the <c>Cluster</c> configuration section.</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder UseCorpusClustering(this ISiloBuilder builder, CorpusClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        string name = options.SiloName ?? $"{Environment.MachineName}:{options.SiloPort}";
        builder.Configure<SiloOptions>(o => o.SiloName = name);
        if (options.Clustering == ClusteringKind.Localhost)
        {
            return builder.UseLocalhostClustering(options.SiloPort, options.GatewayPort,
                new IPEndPoint(IPAddress.Loopback, options.PrimarySiloPort), options.ServiceId, options.ClusterId);
        }

        builder.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        builder.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(options.Redis!));
        if (string.IsNullOrWhiteSpace(options.AdvertisedAddress))
        {
            builder.ConfigureEndpoints(options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
        }
        else
        {
            if (!IPAddress.TryParse(options.AdvertisedAddress, out IPAddress? address))
            {
                throw new InvalidOperationException($"{CorpusClusterOptions.SectionName}:AdvertisedAddress must be an IP address, got '{options.AdvertisedAddress}'.");
            }

            builder.ConfigureEndpoints(address, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(address));
        }

        return builder;
    }
}
