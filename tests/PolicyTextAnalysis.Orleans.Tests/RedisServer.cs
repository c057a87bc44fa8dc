using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PolicyTextAnalysis.Orleans.Tests;

/// <summary>
/// A private <c>redis-server</c> on loopback and a free port, without persistence, for one test; stopped on dispose.
/// When redis-server cannot be found or started, a CI run (CI=true) fails and a developer's run is skipped, with the reason.
/// </summary>
internal sealed class RedisServer : IDisposable
{
    private readonly ExternalProcess _process;

    private RedisServer(ExternalProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The port it listens on (127.0.0.1 only).</summary>
    public int Port { get; }

    /// <summary>The StackExchange.Redis connection string.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>Starts a server, or fails (CI) or skips (elsewhere) the test with the reason.</summary>
    public static async Task<RedisServer> StartOrSkipAsync()
    {
        string? executable = Find();
        if (executable is null)
        {
            Unavailable("redis-server was not found on PATH (Debian: apt-get install redis-server; .ci/run installs it).");
        }

        int port = FreePort();
        var process = ExternalProcess.Start(executable, ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--daemonize", "no", "--protected-mode", "yes"]);
        var server = new RedisServer(process, port);
        for (int i = 0; i < 100; i++)
        {
            if (await server.PingAsync())
            {
                return server;
            }

            if (process.HasExited)
            {
                break;
            }

            await Task.Delay(100);
        }

        string output = process.Output;
        server.Dispose();
        Unavailable($"redis-server ({executable}) did not answer PING on port {port}: {output}");
        return null!;
    }

    /// <summary>A port nobody listens on now (released before returning; good enough for a test on loopback).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _process.Dispose();

    private async Task<bool> PingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            NetworkStream stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            int read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string? Find()
    {
        IEnumerable<string> folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/bin", "/usr/sbin", "/usr/local/bin"]);
        return folders.Select(f => Path.Combine(f, "redis-server")).FirstOrDefault(File.Exists);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Unavailable(string reason)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"{reason} In CI the Redis cluster test must run.");
        }

        Assert.Ignore(reason);
    }
}
