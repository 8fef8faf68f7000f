using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Engine;
using Platform.Engine.Common;
using Platform.Engine.Identity;
using Platform.Engine.Storage;
using Platform.Engine.Workflows;
using Platform.Engine.Workflows.Runtime;

namespace Platform.Benchmarks;

/// <summary>
/// The engine in this process on a new SQLite file, with the real clock: what the server runs minus HTTP. The
/// workflow scheduler's background loop (<see cref="JobWorker{TQueue}"/>) is started only when asked, so timers can
/// be seeded before any of them is looked at.
/// </summary>
public sealed class InProcessEngine : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder;
    private readonly CancellationTokenSource _stop = new();
    private JobWorker<WorkflowScheduler>? _scheduler;

    private InProcessEngine(ServiceProvider services, string folder)
    {
        _services = services;
        _folder = folder;
    }

    public string DatabasePath => _services.GetRequiredService<Database>().FilePath;

    public static async Task<InProcessEngine> StartAsync(string name, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"platform-{name}-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var services = new ServiceCollection()
            .AddSingleton(typeof(ILogger<>), typeof(ErrorLogger<>))
            .AddPlatformEngine()
            .Configure<StorageOptions>(o => o.Path = Path.Combine(folder, "platform.db"))
            .Configure<RegionalOptions>(o => o.TimeZone = "Asia/Shanghai")
            .BuildServiceProvider();
        var engine = new InProcessEngine(services, folder);
        await engine.Get<MigrationRunner>().ApplyAsync(SystemMigrations.All, ct);
        await engine.Get<IdentityService>().EnsureAdminAsync(new AdminOptions { Email = "admin@example.com", Password = "Passw0rd!" }, ct);
        return engine;
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Imports and publishes an Elsa JSON document; answers its definition id.</summary>
    public async Task<string> PublishAsync(string json, CancellationToken ct)
    {
        var workflows = Get<WorkflowDefinitionService>();
        var created = await workflows.CreateAsync(json, ct);
        if (!created.IsSuccess)
        {
            throw new InvalidOperationException($"The workflow was refused: {created.Failure}");
        }
        var published = await workflows.PublishAsync(created.Value.DefinitionId, ct);
        return published.IsSuccess ? created.Value.DefinitionId : throw new InvalidOperationException($"Publishing failed: {published.Failure}");
    }

    /// <summary>Starts the scheduler's loop as the server runs it: run what is due, sleep until the next due job or a wake-up.</summary>
    public Task StartSchedulerAsync()
    {
        _scheduler = new JobWorker<WorkflowScheduler>(Get<WorkflowScheduler>(), new StartedHost(), TimeProvider.System,
            Get<ILogger<JobWorker<WorkflowScheduler>>>());
        return _scheduler.StartAsync(_stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_scheduler is not null)
        {
            await _scheduler.StopAsync(CancellationToken.None);
            _scheduler.Dispose();
        }
        await _services.DisposeAsync();
        _stop.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"Could not delete {_folder}: {e.Message}");
        }
    }

    /// <summary>A host that has already started: the worker begins at once.</summary>
    private sealed class StartedHost : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted { get; } = new(canceled: true);

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
