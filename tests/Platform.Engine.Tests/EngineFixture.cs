using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Records;
using Platform.Engine.Storage;

namespace Platform.Engine.Tests;

/// <summary>
/// A real engine on a fresh SQLite file in a temporary folder, with a simulated clock. Each test class
/// that needs one creates its own, so tests never share data.
/// </summary>
public sealed class EngineFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder;
    private readonly Action<IServiceCollection>? _configure;
    private bool _keepFiles;

    private EngineFixture(ServiceProvider services, string folder, FakeTimeProvider clock, Action<IServiceCollection>? configure)
    {
        _services = services;
        _folder = folder;
        _configure = configure;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public static Actor Admin { get; } = new(1, Roles.Admin);

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Database Database => Get<Database>();

    public EntityService Entities => Get<EntityService>();

    public FieldService Fields => Get<FieldService>();

    public RecordService Records => Get<RecordService>();

    public RecordReader Reader => Get<RecordReader>();

    public static Task<EngineFixture> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        return OpenAsync(Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N")), clock, configure);
    }

    /// <summary>
    /// Stops this engine as a process stop would (its services disposed, nothing else) and starts a new one on
    /// the same database file and clock: what survives is what was committed.
    /// </summary>
    public async Task<EngineFixture> RestartAsync()
    {
        _keepFiles = true;
        await DisposeAsync();
        return await OpenAsync(_folder, Clock, _configure);
    }

    private static async Task<EngineFixture> OpenAsync(string folder, FakeTimeProvider clock, Action<IServiceCollection>? configure)
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddPlatformEngine()
            .Configure<StorageOptions>(o => o.Path = Path.Combine(folder, "platform.db"));
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        var fixture = new EngineFixture(provider, folder, clock, configure);
        await fixture.Get<MigrationRunner>().ApplyAsync(SystemMigrations.All, CancellationToken.None);
        await fixture.Get<IdentityService>().EnsureAdminAsync(new AdminOptions { Email = "admin@example.com", Password = "Passw0rd!" }, CancellationToken.None);
        return fixture;
    }

    /// <summary>Creates an entity from JSON written as an integrator would.</summary>
    public async Task<EntityDefinition> EntityAsync(string json)
    {
        var result = await Entities.CreateAsync(Json.Deserialize<EntityDefinition>(json), CancellationToken.None);
        Assert.True(result.IsSuccess, result.Failure?.ToString());
        return result.Value;
    }

    public async Task<Dictionary<string, object?>> CreateAsync(string entity, string json)
    {
        var result = await Records.CreateAsync(entity, Parse(json), Admin, CancellationToken.None);
        Assert.True(result.IsSuccess, Describe(result.Failure));
        return result.Value;
    }

    public async Task<RecordPage> ListAsync(string entity, RecordQuery query)
    {
        var result = await Reader.ListAsync(entity, query, CancellationToken.None);
        Assert.True(result.IsSuccess, Describe(result.Failure));
        return result.Value;
    }

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    public static string Describe(Failure? failure) => failure switch
    {
        null => "",
        ValidationFailure v => string.Join("; ", v.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")),
        _ => failure.ToString(),
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_keepFiles)
        {
            return;
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
