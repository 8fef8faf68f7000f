using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Reflection;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Recovery;

/// <summary>
/// The real server as a child process of the test, over a database file that outlives it. The test kills it
/// with SIGKILL at a moment of its choosing (nothing in the server gets to run: no shutdown, no flush, no
/// finally blocks, as after a power cut) and starts it again on the same file.
/// </summary>
public sealed class ChildServer : IAsyncDisposable
{
    public const string AdminEmail = "admin@example.com";
    public const string AdminPassword = "Passw0rd!";

    // The entry assembly runs under its own name, so that a `pkill -f Platform.Server` aimed at a developer's
    // own server on this shared machine cannot stop it, and a rebuild cannot swap files under it.
    private const string HostName = "crash-server";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "platform-crash-tests", Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly ConcurrentQueue<string> _log = new();
    private Process? _process;
    private string? _apiKey;
    private int _starts;

    public ChildServer(IReadOnlyDictionary<string, string> settings)
    {
        _settings = settings;
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;
    }

    /// <summary>Where the running server listens; a new free port at each start.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>An administrator's API key client for the running server (the key is made once and kept in the database).</summary>
    public HttpClient Admin { get; private set; } = new();

    public async Task StartAsync()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException("The server is already running.");
        }
        var binaries = Path.Combine(_folder, "server");
        if (!Directory.Exists(binaries))
        {
            CopyServer(BuiltServerFolder(), binaries);
        }
        Address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(binaries, HostName + ".dll"), "--urls", Address.ToString().TrimEnd('/') },
            WorkingDirectory = binaries,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Platform__Storage__Path"] = Path.Combine(_folder, "platform.db");
        start.Environment["Platform__Admin__Email"] = AdminEmail;
        start.Environment["Platform__Admin__Password"] = AdminPassword;
        foreach (var (key, value) in _settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        _log.Enqueue($"--- start {++_starts} at {Address}");
        _process = Process.Start(start) ?? throw new InvalidOperationException("The server did not start.");
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilHealthyAsync();
        Admin.Dispose();
        Admin = await AdminClientAsync();
    }

    /// <summary>SIGKILL to the server and anything it started; returns once the process is gone.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }
        _log.Enqueue("--- killed");
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>The last lines the server wrote, for a failure message.</summary>
    public string LogTail() => string.Join(Environment.NewLine, _log.TakeLast(60));

    /// <summary>A client with the session cookie of <paramref name="email"/>, as the browser has after signing in.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        using var anonymous = new HttpClient { BaseAddress = Address };
        var login = await anonymous.PostJsonAsync("/api/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var session = new HttpClient { BaseAddress = Address };
        // Sent by hand: the cookie's expiry is on the server's simulated clock, which a cookie container would judge by the real one.
        session.DefaultRequestHeaders.Add("Cookie", string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        session.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return session;
    }

    /// <summary>A file of the repository, found from the test binaries upwards.</summary>
    public static string RepositoryFile(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
        {
            directory = directory.Parent;
        }
        return Path.Combine([directory?.FullName ?? throw new DirectoryNotFoundException("Platform.sln not found above " + AppContext.BaseDirectory), .. parts]);
    }

    /// <summary>
    /// Signs in once per database and keeps an API key: the key survives restarts with the database, while a
    /// cookie would depend on the data-protection keys of the machine.
    /// </summary>
    private async Task<HttpClient> AdminClientAsync()
    {
        if (_apiKey is null)
        {
            using var session = await SignInAsync(AdminEmail, AdminPassword);
            var created = await (await session.PostJsonAsync("/api/api-keys", new { name = "crash-tests" })).ReadJsonAsync(HttpStatusCode.Created);
            _apiKey = created.GetProperty("key").GetString();
        }
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartTimeout)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode}:\n{LogTail()}");
            }
            try
            {
                using var response = await client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The server was not healthy within {StartTimeout}:\n{LogTail()}");
    }

    /// <summary>The server as the solution built it, in the configuration of this test assembly.</summary>
    private static string BuiltServerFolder()
    {
        var configuration = typeof(ChildServer).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var built = RepositoryFile("engine", "Platform.Server", "bin", configuration, "net10.0");
        return File.Exists(Path.Combine(built, "Platform.Server.dll"))
            ? built
            : throw new FileNotFoundException($"The server is not built in {configuration}.", Path.Combine(built, "Platform.Server.dll"));
    }

    private static void CopyServer(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = new FileInfo(Path.Combine(to, Renamed(Path.GetRelativePath(from, file))));
            target.Directory!.Create();
            File.Copy(file, target.FullName);
        }
    }

    // The entry assembly and its two manifests sit at the top of the folder; nothing else is named after the project.
    private static string Renamed(string relativePath) => relativePath.StartsWith("Platform.Server.", StringComparison.Ordinal)
        ? HostName + relativePath["Platform.Server".Length..]
        : relativePath;

    // Released before the server binds it; on loopback nothing else takes it in between.
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }
        _log.Enqueue(line);
        while (_log.Count > 400 && _log.TryDequeue(out _))
        {
        }
    }

    private void KillOnExit(object? sender, EventArgs e)
    {
        try
        {
            _process?.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        await KillAsync();
        Admin.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
