using System.Diagnostics;

namespace PolicyTextAnalysis.Tests.Output;

/// <summary>Runs Debian's headless Chromium to render a page: the DOM after scripts ran, and a screenshot.</summary>
internal static class HeadlessChromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    /// <summary>The browser executable, or null when none is installed.</summary>
    public static string? Executable => Array.Find(Candidates, File.Exists);

    /// <summary>Returns the serialised DOM of <paramref name="htmlPath"/> after its scripts ran.</summary>
    public static string DumpDom(string htmlPath) => Run(htmlPath, "--dump-dom", captureOutput: true);

    /// <summary>Saves a PNG screenshot of <paramref name="htmlPath"/>.</summary>
    public static void Screenshot(string htmlPath, string pngPath, int width = 1280, int height = 2400) =>
        Run(htmlPath, $"--screenshot={pngPath}", captureOutput: false, $"--window-size={width},{height}");

    private static string Run(string htmlPath, string action, bool captureOutput, string? extra = null)
    {
        string executable = Executable ?? throw new InvalidOperationException("Chromium is not installed.");
        string profile = Directory.CreateTempSubdirectory("pta-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // Flags for a closed network and a root user: no sandbox, no background connections, a fresh profile.
            foreach (string arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", $"--user-data-dir={profile}", action,
            })
            {
                start.ArgumentList.Add(arg);
            }

            if (extra is not null)
            {
                start.ArgumentList.Add(extra);
            }

            start.ArgumentList.Add(new Uri(htmlPath).AbsoluteUri);
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish within 90 seconds.");
            }

            string stdout = output.GetAwaiter().GetResult();
            if (process.ExitCode != 0 && (captureOutput ? stdout.Length == 0 : true))
            {
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {error.GetAwaiter().GetResult()}");
            }

            return stdout;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still be releasing the profile; the temporary folder is cleaned up later.
            }
        }
    }
}
