namespace Platform.Benchmarks;

/// <summary>
/// Record creates over HTTP, one client and many, then the bare SQLite baseline on the same file in the
/// same run. Request bodies are generated before the clock starts.
/// </summary>
public sealed class WriteMeasurements(IReadOnlyList<PlatformApi> clients, BenchOptions options, ResultTable results)
{
    private int _batch;

    /// <summary>
    /// Untimed creates for a few seconds, one client then all: tiered compilation only recompiles hot
    /// methods once no new methods have been compiled for a while, so a fixed small count is not enough.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken ct)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            var bodies = Bodies(300);
            var workers = clock.Elapsed < TimeSpan.FromSeconds(5) ? 1 : clients.Count;
            await LoadRunner.RunAsync(workers, bodies.Count, (w, i, token) => clients[w].CreateAsync(LeadSchema.Entity, bodies[i], token), ct);
        }
    }

    public async Task HttpCreatesAsync(string when, bool sequentialToo, CancellationToken ct)
    {
        if (sequentialToo)
        {
            var sequential = Bodies(options.Creates);
            results.AddThroughput($"HTTP create, 1 client, sequential{when}",
                await LoadRunner.RunAsync(1, sequential.Count, (_, i, token) => clients[0].CreateAsync(LeadSchema.Entity, sequential[i], token), ct),
                null, "creates");
        }
        var concurrent = Bodies(options.Creates);
        results.AddThroughput($"HTTP create, {clients.Count} concurrent clients{when}",
            await LoadRunner.RunAsync(clients.Count, concurrent.Count, (w, i, token) => clients[w].CreateAsync(LeadSchema.Entity, concurrent[i], token), ct),
            ResultTable.Goal.AtLeast(2_000), "creates");
    }

    /// <summary>
    /// Baselines on the server's file; their rows are deleted again afterwards. At full size only the two
    /// that explain the HTTP figure there are repeated: the engine's SQL one create per transaction, and
    /// the what-if.
    /// </summary>
    public async Task BaselineAsync(string databasePath, long userId, string when, bool atSize, CancellationToken ct)
    {
        var baseline = new SqliteBaseline(databasePath, userId);
        var n = clients.Count;
        try
        {
            // Untimed: JIT of Dapper's parameter code and of the baseline itself.
            await baseline.BareAsync(1, true, Leads(300), ct);
            await baseline.EngineStatementsAsync(1, true, Leads(300), ct);
            await baseline.GroupedAsync(n, Leads(300), ct);
            if (!atSize)
            {
                results.AddThroughput("Baseline: Dapper row insert, 1 writer", await baseline.BareAsync(1, true, Leads(options.Creates), ct), null, "inserts");
                results.AddThroughput($"Baseline: Dapper row insert, {n} writers on 1 connection (in-process queue)",
                    await baseline.BareAsync(n, true, Leads(options.Creates), ct), null, "inserts");
                results.AddThroughput($"Baseline: Dapper row insert, {n} writers on {n} connections (SQLite file lock + busy timeout)",
                    await baseline.BareAsync(n, false, Leads(options.Creates), ct), null, "inserts");
            }
            results.AddThroughput($"Baseline+: the engine's SQL per create, 1 create per transaction (sequence, row, audit, FTS, read-back), 1 writer{when}",
                await baseline.EngineStatementsAsync(1, true, Leads(options.Creates), ct), null, "creates");
            if (!atSize)
            {
                results.AddThroughput($"Baseline+: the engine's SQL per create, 1 create per transaction, {n} writers on 1 connection",
                    await baseline.EngineStatementsAsync(n, true, Leads(options.Creates), ct), null, "creates");
            }
            results.AddThroughput($"What-if: the engine's SQL prepared once, {n} creates per commit, search text indexed once per commit{when}",
                await baseline.GroupedAsync(n, Leads(options.Creates), ct), null, "creates", "latencies are per commit");
        }
        finally
        {
            await baseline.RemoveRowsAsync();
        }
    }

    // Each measurement gets leads of its own, so no two measurements insert identical rows.
    private List<Lead> Leads(int count)
    {
        var generator = new LeadGenerator(1_000 + Interlocked.Increment(ref _batch));
        return [.. Enumerable.Range(0, count).Select(_ => generator.Next())];
    }

    private List<byte[]> Bodies(int count) => [.. Leads(count).Select(l => l.ToJson())];
}
