using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Records;
using Platform.Engine.Records.Transfers;
using Platform.Engine.Storage;

namespace Platform.Engine.Tests.Records.Transfers;

/// <summary>
/// An import interrupted in the middle of a batch, then resumed by a new engine on the same database, as
/// after a crash and a restart. Each engine is its own service provider over the same folder.
/// </summary>
public sealed class ImportResumeTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Stops the run (as a kill would) when the n-th record of the run is being created, inside its batch.</summary>
    private sealed class Crash(int after, CancellationTokenSource stop) : IRecordEventSink
    {
        private int _seen;

        public Task OnRecordEventAsync(WriteScope scope, RecordEvent recordEvent, CancellationToken ct)
        {
            if (++_seen == after)
            {
                stop.Cancel();
            }
            return Task.CompletedTask;
        }
    }

    private async Task<ServiceProvider> StartEngineAsync(IRecordEventSink? sink = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddPlatformEngine()
            .Configure<StorageOptions>(o => o.Path = Path.Combine(_folder, "platform.db"));
        if (sink is not null)
        {
            services.AddSingleton(sink);
        }
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<MigrationRunner>().ApplyAsync(SystemMigrations.All, CancellationToken.None);
        await provider.GetRequiredService<IdentityService>().EnsureAdminAsync(new AdminOptions { Email = "admin@example.com", Password = "Passw0rd!" }, CancellationToken.None);
        return provider;
    }

    [Fact]
    public async Task Commit_ResumesFromItsCheckpointWithoutDuplicates_WhenStoppedInTheMiddleOfABatch()
    {
        var (csv, good) = LeadFile.Generate(10_000);
        using var stop = new CancellationTokenSource();
        string id;
        await using (var first = await StartEngineAsync(new Crash(after: 1_234, stop)))
        {
            foreach (var definition in new[] { ImportTest.CompanyDefinition, ImportTest.LeadDefinition })
            {
                Assert.True((await first.GetRequiredService<EntityService>().CreateAsync(Json.Deserialize<EntityDefinition>(definition), CancellationToken.None)).IsSuccess);
            }
            var imports = first.GetRequiredService<ImportService>();
            var upload = await imports.ReceiveAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "leads.csv", CancellationToken.None);
            var started = await imports.StartAsync("lead", upload, new ImportRequest(ImportModes.Commit, null, [], null), EngineFixture.Admin, CancellationToken.None);
            id = started.Value!.Id;

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.GetRequiredService<ImportJobs>().RunPendingAsync(stop.Token));

            var cut = (await imports.GetAsync(id, EngineFixture.Admin, CancellationToken.None)).Value!;
            Assert.Equal((ImportStatuses.Running, 2L * ImportRunner.BatchSize), (cut.Status, cut.Processed));
            Assert.Equal(cut.Created, await CountAsync(first));
        }

        await using var second = await StartEngineAsync();
        await second.GetRequiredService<ImportJobs>().RunPendingAsync(CancellationToken.None);

        var report = (await second.GetRequiredService<ImportService>().GetAsync(id, EngineFixture.Admin, CancellationToken.None)).Value!;
        Assert.Equal((ImportStatuses.Completed, 10_000L, (long)good, 10_000L - good), (report.Status, report.Processed, report.Created, report.Failed));
        Assert.Equal(good, await CountAsync(second));
        Assert.Equal(good, await CountAsync(second, distinctNames: true));
    }

    private static async Task<long> CountAsync(IServiceProvider engine, bool distinctNames = false)
    {
        var database = engine.GetRequiredService<Database>();
        var sql = distinctNames ? "SELECT count(DISTINCT name) FROM lead" : "SELECT count(*) FROM lead";
        return await database.ReadAsync(async c =>
        {
            await using var command = c.CreateCommand();
            command.CommandText = sql;
            return (long)(await command.ExecuteScalarAsync())!;
        }, CancellationToken.None);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        return Task.CompletedTask;
    }
}
