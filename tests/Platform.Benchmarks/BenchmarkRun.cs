using System.Globalization;
using System.Text.Json;

namespace Platform.Benchmarks;

/// <summary>
/// One complete run: start the server, measure writes (HTTP and baseline) on a near-empty entity, seed it
/// to the requested size, measure reads and searches, writes again at size, memory at both ends.
/// </summary>
public sealed class BenchmarkRun(BenchOptions options)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    public async Task<ResultTable> RunAsync(CancellationToken ct)
    {
        var repo = RepoRoot.Find();
        if (!options.NoBuild)
        {
            Step("Building the server (Release)");
            await ServerHost.BuildAsync(repo, ct);
        }
        var folder = Path.Combine(Path.GetTempPath(), "platform-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var results = new ResultTable();
        try
        {
            await MeasureAsync(repo, folder, results, ct);
        }
        finally
        {
            if (options.Keep)
            {
                Console.WriteLine($"Kept {folder}");
            }
            else
            {
                TryDelete(folder);
            }
        }
        return results;
    }

    private async Task MeasureAsync(string repo, string folder, ResultTable results, CancellationToken ct)
    {
        Step($"Starting the server on a new database in {folder}");
        await using var server = await ServerHost.StartAsync(repo, folder, options.ServerEnvironment, ct);
        CpuMonitor.Watch(server.ProcessId);
        await Task.Delay(Settle, ct);
        var (idle, _) = server.Memory();
        results.AddMemory("Server memory, idle after start (VmRSS)", idle, ResultTable.Goal.BelowMegabytes(150),
            $"{Settle.TotalSeconds:0} s after /health answered");

        var key = await PlatformApi.CreateApiKeyAsync(server.Address, ct);
        var clients = Enumerable.Range(0, Math.Max(options.Clients, options.SeedClients)).Select(_ => new PlatformApi(server.Address, key)).ToList();
        try
        {
            var api = clients[0];
            await api.CreateEntityAsync(LeadSchema.Definition, ct);
            var writes = new WriteMeasurements(clients.Take(options.Clients).ToList(), options, results);

            Step("Writes over HTTP (after an untimed warm-up)");
            await writes.WarmUpAsync(ct);
            await writes.HttpCreatesAsync("", sequentialToo: true, ct);

            Step("Baseline: Dapper on the same SQLite file");
            var userId = await UserIdAsync(api, ct);
            await writes.BaselineAsync(server.DatabasePath, userId, "", atSize: false, ct);

            Step($"Seeding to {options.Records:N0} records");
            await Seeder.SeedAsync(clients.Take(options.SeedClients).ToList(), await ReadMeasurements.CountAsync(api, ct), options.Records, results, ct);
            var size = await ReadMeasurements.CountAsync(api, ct);
            Console.WriteLine($"  the entity holds {size:N0} live records");

            Step("Reads and searches over HTTP");
            await new ReadMeasurements(api, options, results).RunAsync((int)size, ct);

            Step("Writes at full size: HTTP, then the engine's SQL and the what-if on the file");
            var atSize = string.Create(CultureInfo.InvariantCulture, $", entity at {size:N0} records");
            await writes.HttpCreatesAsync(atSize, sequentialToo: false, ct);
            await writes.BaselineAsync(server.DatabasePath, userId, atSize, atSize: true, ct);

            await Task.Delay(Settle, ct);
            var (after, peak) = server.Memory();
            results.AddMemory("Server memory after the run (VmRSS)", after, null, $"{Settle.TotalSeconds:0} s after the last request");
            results.AddMemory("Server peak memory during the run (VmHWM)", peak, null);
            var file = new FileInfo(server.DatabasePath);
            var wal = new FileInfo(server.DatabasePath + "-wal");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  database file {file.Length / 1048576.0:N0} MB, WAL {(wal.Exists ? wal.Length / 1048576.0 : 0):N0} MB"));
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            Console.Error.WriteLine("Server log (last lines):\n" + server.LogTail());
            throw;
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private static async Task<long> UserIdAsync(PlatformApi api, CancellationToken ct)
    {
        using var me = JsonDocument.Parse(await api.GetAsync("/api/auth/me", ct));
        return me.RootElement.GetProperty("id").GetInt64();
    }

    private static void Step(string text) =>
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {text}");

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"Could not delete {folder}: {e.Message}");
        }
    }
}
