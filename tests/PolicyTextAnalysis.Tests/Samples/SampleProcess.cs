using System.Diagnostics;
using PolicyTextAnalysis.Training;

namespace PolicyTextAnalysis.Tests.Samples;

/// <summary>Starts a built sample program (<c>samples/NAME/bin/CONFIGURATION</c>) as a child process with redirected output.</summary>
internal static class SampleProcess
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    /// <summary>Starts <paramref name="sample"/> with <paramref name="args"/>.</summary>
    public static Process Start(string sample, params string[] args)
    {
        string dll = Path.Combine(RepositoryPaths.Root, "samples", sample, "bin", Configuration, "net10.0", sample + ".dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"could not start the {sample} sample");
    }
}
