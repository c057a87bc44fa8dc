using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyTextAnalysis.Hosting;

namespace PolicyTextAnalysis.Tests.Hosting;

public class ServiceCollectionTests
{
    [Test]
    public void AddPolicyTextAnalysis_RegistersOneSharedAnalyzer()
    {
        using ServiceProvider provider = new ServiceCollection().AddPolicyTextAnalysis().BuildServiceProvider();

        var first = provider.GetRequiredService<PolicyAnalyzer>();
        var second = provider.GetRequiredService<PolicyAnalyzer>();

        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public void AddPolicyTextAnalysis_AppliesConfiguredOptions()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddPolicyTextAnalysis(o => o.MaxTextLength = 1234)
            .BuildServiceProvider();

        Assert.That(provider.GetRequiredService<PolicyAnalyzer>().Options.MaxTextLength, Is.EqualTo(1234));
    }

    [Test]
    public void AddPolicyTextAnalysis_LogsStartUpThroughILogger()
    {
        var logger = new RecordingLoggerProvider();
        using ServiceProvider provider = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(new LoggerFactory([logger]))
            .AddPolicyTextAnalysis()
            .BuildServiceProvider();

        provider.GetRequiredService<PolicyAnalyzer>();

        Assert.That(logger.Messages, Has.Some.Contains("analyzer ready"));
    }

    [Test]
    public void AddPolicyTextAnalysis_InvalidOptions_FailWhenResolved()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddPolicyTextAnalysis(o => o.MaxDegreeOfParallelism = 0)
            .BuildServiceProvider();

        Assert.That(() => provider.GetRequiredService<PolicyAnalyzer>(), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    private sealed class RecordingLoggerProvider : ILoggerProvider
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Recorder(Messages);

        public void Dispose()
        {
        }

        private sealed class Recorder(List<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (messages)
                {
                    messages.Add(formatter(state, exception));
                }
            }
        }
    }
}
