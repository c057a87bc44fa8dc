using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using StackExchange.Redis;

namespace PolicyTextAnalysis.Orleans;

/// <summary>Configures a client of a corpus cluster.</summary>
public static class ClientBuilderExtensions
{
    /// <summary>
    /// Applies <paramref name="options"/>: localhost gateways or Redis membership, cluster ids and the response timeout;
    /// and registers the client's <see cref="ClusterChangeSignal"/>, raised when a gateway is lost.
    /// </summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="options">Cluster settings, usually bound from the <c>Cluster</c> configuration section.</param>
    /// <returns>The same builder.</returns>
    public static IClientBuilder UseCorpusClustering(this IClientBuilder builder, CorpusClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        builder.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(options.ResponseTimeoutSeconds));
        builder.AddClusterChangeSignal();
        if (options.Clustering == ClusteringKind.Localhost)
        {
            return builder.UseLocalhostClustering(options.GatewayPorts, options.ServiceId, options.ClusterId);
        }

        builder.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        return builder.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(options.Redis!));
    }

    /// <summary>
    /// Registers the client's <see cref="ClusterChangeSignal"/> and raises it whenever the client loses a gateway, so a
    /// <see cref="CorpusCoordinator"/> given the signal resends a dead silo's batches at once. Called by
    /// <see cref="UseCorpusClustering"/>; call it yourself when you configure clustering another way.
    /// </summary>
    /// <param name="builder">The client builder.</param>
    /// <returns>The same builder.</returns>
    public static IClientBuilder AddClusterChangeSignal(this IClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<ClusterChangeSignal>();
        return builder.AddGatewayCountChangedHandler(services => (_, e) =>
        {
            if (e.NumberOfConnectedGateways < e.PreviousNumberOfConnectedGateways)
            {
                services.GetRequiredService<ClusterChangeSignal>().GatewayLost();
            }
        });
    }
}
