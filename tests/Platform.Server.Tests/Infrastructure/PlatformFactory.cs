using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Platform.Server.Tests.Infrastructure;

/// <summary>
/// The real server on a fresh SQLite file in its own temp folder, with a known admin. It runs on Kestrel
/// (not the in-memory TestServer) because the body size limits under test are Kestrel's.
/// </summary>
public sealed class PlatformFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@example.com";
    public const string AdminPassword = "Passw0rd!";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "platform-server-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider? _clock;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private string? _adminCookie;

    public PlatformFactory()
        : this(null, null)
    {
    }

    private PlatformFactory(FakeTimeProvider? clock, IReadOnlyDictionary<string, string?>? settings)
    {
        _clock = clock;
        _settings = settings ?? new Dictionary<string, string?>();
        // Port 0: every factory gets a free port, so test classes can run side by side.
        UseKestrel(0);
    }

    /// <summary>A server of its own on a simulated clock and/or with extra configuration settings.</summary>
    public static PlatformFactory With(FakeTimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null) => new(clock, settings);

    public string DatabasePath => Path.Combine(_folder, "platform.db");

    /// <summary>Where Kestrel listens; starts the server on first use.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Platform:Storage:Path", DatabasePath);
        builder.UseSetting("Platform:Admin:Email", AdminEmail);
        builder.UseSetting("Platform:Admin:Password", AdminPassword);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (_clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock));
        }
    }

    /// <summary>An anonymous client that keeps cookies and asks for English texts.</summary>
    public HttpClient Anonymous(string language = "en")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false, BaseAddress = ServerAddress });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>A client signed in with the cookie, as the UI is.</summary>
    public async Task<HttpClient> SignInAsync(string email = AdminEmail, string password = AdminPassword, string language = "en")
    {
        var client = Anonymous(language);
        var response = await client.PostJsonAsync("/api/auth/login", new { email, password });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    /// <summary>
    /// A client with the admin's session. The session cookie is made once per database and shared: signing
    /// in hashes the password (PBKDF2), and doing that in every test made the suite several times slower.
    /// Tests about signing in or out use <see cref="SignInAsync"/> for a session of their own.
    /// </summary>
    public async Task<HttpClient> AdminAsync(string language = "en")
    {
        if (_adminCookie is null)
        {
            using var login = Anonymous();
            var response = await login.PostJsonAsync("/api/auth/login", new { email = AdminEmail, password = AdminPassword });
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            _adminCookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        }
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false, BaseAddress = ServerAddress });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        client.DefaultRequestHeaders.Add("Cookie", _adminCookie);
        return client;
    }

    /// <summary>A client holding no cookie, authenticated only by a new API key of the given signed-in user.</summary>
    public async Task<HttpClient> BearerAsync(HttpClient owner, string name = "tests")
    {
        var created = await (await owner.PostJsonAsync("/api/api-keys", new { name })).ReadJsonAsync(System.Net.HttpStatusCode.Created);
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", created.GetProperty("key").GetString());
        return client;
    }

    /// <summary>Creates a member (or admin) and returns a client signed in as them, with the new user's id.</summary>
    public async Task<(HttpClient Client, long Id)> UserAsync(HttpClient admin, string role = "member")
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.com";
        var user = await (await admin.PostJsonAsync("/api/users", new { email, name = "Test " + role, role, password = "Secret123!" }))
            .ReadJsonAsync(System.Net.HttpStatusCode.Created);
        return (await SignInAsync(email, "Secret123!"), user.GetProperty("id").GetInt64());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Pooled SQLite connections can hold the file for a moment after the host stops.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
