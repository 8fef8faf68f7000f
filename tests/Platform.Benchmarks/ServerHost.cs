using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Platform.Benchmarks;

/// <summary>
/// The real server as a child process, bound to loopback only, over a database in a temporary folder.
/// Running it out of process measures what a deployment gets: Kestrel, auth, JSON and the engine, with the
/// server's own runtime settings (server GC) and its own memory, which this process can then read.
/// </summary>
public sealed class ServerHost : IAsyncDisposable
{
    public const string AdminEmail = "bench@example.com";
    public const string AdminPassword = "bench-password-1";

    /// <summary>The server's entry assembly is run under this file name (see <see cref="CopyServer"/>).</summary>
    private const string HostName = "bench-server";

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    private ServerHost(Process process, Uri address, string databasePath)
    {
        _process = process;
        Address = address;
        DatabasePath = databasePath;
    }

    public Uri Address { get; }

    public string DatabasePath { get; }

    public int ProcessId => _process.Id;

    /// <summary>Builds the server in Release, as a deployment would run it (the UI build is skipped: it does not serve the API).</summary>
    public static async Task BuildAsync(string repoRoot, CancellationToken ct)
    {
        var build = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "build", Path.Combine(repoRoot, "engine", "Platform.Server"), "-c", "Release", "-p:SkipUiBuild=true", "--nologo", "-v", "q" },
            WorkingDirectory = repoRoot,
        })!;
        await build.WaitForExitAsync(ct);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"Building the server failed (exit code {build.ExitCode}).");
        }
    }

    public static async Task<ServerHost> StartAsync(string repoRoot, string dataFolder,
        IReadOnlyList<KeyValuePair<string, string>> environment, CancellationToken ct)
    {
        var built = Path.Combine(repoRoot, "engine", "Platform.Server", "bin", "Release", "net10.0");
        if (!File.Exists(Path.Combine(built, "Platform.Server.dll")))
        {
            throw new FileNotFoundException("The server is not built in Release; run without --no-build.", Path.Combine(built, "Platform.Server.dll"));
        }
        var binaries = CopyServer(built, Path.Combine(dataFolder, "server"));
        var dll = Path.Combine(binaries, HostName + ".dll");
        var address = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var databasePath = Path.Combine(dataFolder, "bench.db");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", address.ToString().TrimEnd('/') },
            // The content root is the working folder, where appsettings.json sits next to the binaries.
            WorkingDirectory = binaries,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Platform__Storage__Path"] = databasePath;
        start.Environment["Platform__Admin__Email"] = AdminEmail;
        start.Environment["Platform__Admin__Password"] = AdminPassword;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("The server did not start.");
        var host = new ServerHost(process, address, databasePath);
        ChildProcesses.Track(process);
        process.OutputDataReceived += (_, e) => host.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => host.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilHealthyAsync(ct);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    /// <summary>
    /// The server's binaries, copied next to the database and renamed. The machine is shared: a rebuild of
    /// the server by someone else mid-run would otherwise swap files under the running process, and a
    /// <c>pkill -f Platform.Server</c> aimed at their own dev servers would stop this one. The code that runs
    /// is byte for byte the same; only the file name of the entry assembly and its two manifests differ.
    /// </summary>
    private static string CopyServer(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            var renamed = name.StartsWith("Platform.Server.", StringComparison.Ordinal) ? HostName + name["Platform.Server".Length..] : name;
            var target = Path.Combine(to, Path.GetRelativePath(from, Path.GetDirectoryName(file)!), renamed);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return to;
    }

    /// <summary>Resident memory of the server process (VmRSS), and its peak so far (VmHWM), in MB.</summary>
    public (double Rss, double Peak) Memory()
    {
        var lines = File.ReadAllLines($"/proc/{_process.Id}/status");
        double Read(string key) => lines.Where(l => l.StartsWith(key + ":", StringComparison.Ordinal))
            .Select(l => double.Parse(l[(key.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024)
            .FirstOrDefault();
        return (Read("VmRSS"), Read("VmHWM"));
    }

    /// <summary>The last lines the server wrote, for an error message.</summary>
    public string LogTail() => string.Join(Environment.NewLine, _log.TakeLast(40));

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }
        _log.Enqueue(line);
        while (_log.Count > 200 && _log.TryDequeue(out _))
        {
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode}:\n{LogTail()}");
            }
            try
            {
                using var response = await client.GetAsync("/health", ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // A slow first answer; ask again.
            }
            await Task.Delay(100, ct);
        }
        throw new TimeoutException($"The server did not become healthy within 60 s:\n{LogTail()}");
    }

    // The port is released before the server binds it; on a quiet machine nothing takes it in between.
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        ChildProcesses.Kill(_process);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Killed; the operating system reaps it.
        }
        _process.Dispose();
    }
}
