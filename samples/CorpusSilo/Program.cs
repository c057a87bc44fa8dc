using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PolicyTextAnalysis.Orleans;

// A silo of a corpus cluster: hosts the document workers and one shared analyzer. Settings come from appsettings.json
// beside the program, then environment variables (Cluster__SiloPort=11112), then the command line (--Cluster:SiloPort=11112).
HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});
var cluster = builder.Configuration.GetSection(CorpusClusterOptions.SectionName).Get<CorpusClusterOptions>() ?? new CorpusClusterOptions();
try
{
    builder.UseOrleans(silo => silo.UseCorpusClustering(cluster).AddPolicyTextAnalysisWorkers(concurrency: cluster.AnalysesAtOnce));
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

using IHost host = builder.Build();
host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() =>
    Console.WriteLine($"CorpusSilo ready: {cluster.Clustering} clustering, silo port {cluster.SiloPort}, gateway port {cluster.GatewayPort}"));
await host.RunAsync();
return 0;
