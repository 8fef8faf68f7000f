using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Identity;
using Platform.Engine.Storage;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Runtime;

namespace Platform.Benchmarks;

/// <summary>
/// Timers at scale: suspended instances each waiting on an <c>Elsa.Delay</c>, started through the runtime with the
/// scheduler stopped and due evenly over a window that begins once they are all in; then the storage each one takes,
/// then the scheduler's own loop (<see cref="Platform.Engine.Common.JobWorker{TQueue}"/> on the real clock) fires them
/// and each timer's lag is its instance's finishing instant minus its due instant.
/// </summary>
public static class WorkflowTimers
{
    private const int InFlight = 256;

    public static async Task RunAsync(InProcessEngine engine, string definitionId, WorkflowBenchOptions options, double startsPerSecond,
        ResultTable results, CancellationToken ct)
    {
        var database = engine.Get<Database>();
        var empty = await FileBytesAsync(database, engine.DatabasePath, ct);
        var count = options.Timers;
        var window = TimeSpan.FromSeconds(options.WindowSeconds);
        // The window opens once seeding is expected to be over: the throughput measured before, with room to spare.
        var lead = TimeSpan.FromSeconds(count / Math.Max(startsPerSecond, 100) * 1.5 + 15);
        var firstDue = DateTimeOffset.UtcNow + lead;
        Step($"Seeding {count:N0} suspended instances ({InFlight} starts in flight), due from {firstDue.ToLocalTime():HH:mm:ss} over {window.TotalSeconds:0} s");
        var runtime = engine.Get<WorkflowRuntime>();
        var seeded = await LoadRunner.RunAsync(InFlight, count, async (_, i, c) =>
        {
            var delay = firstDue + window * i / count - DateTimeOffset.UtcNow;
            var input = new JsonObject { ["delay"] = delay.ToString("c", CultureInfo.InvariantCulture) };
            var run = await runtime.RunAsync(definitionId, input, null, Actor.System, c);
            if (!run.IsSuccess || run.Value.SubStatus != WorkflowSubStatus.Suspended)
            {
                throw new InvalidOperationException($"A timer instance did not suspend: {(run.IsSuccess ? run.Value.SubStatus : run.Failure)}");
            }
        }, ct);
        results.AddThroughput("Seeding: instances started up to their Delay (suspended), in-process, 256 in flight", seeded, null, "instances");

        await StorageAsync(database, engine.DatabasePath, empty, count, results, ct);

        var dues = await database.ReadAsync(async c => (await c.QueryAsync<(string Instance, string Due)>(
            "SELECT instance_id, due_at FROM sys_workflow_jobs WHERE kind = @kind", new { kind = WorkflowJobKinds.Resume }))
            .ToDictionary(r => r.Instance, r => Timestamps.Parse(r.Due), StringComparer.Ordinal), ct);
        var spare = firstDue - DateTimeOffset.UtcNow;
        var note = spare > TimeSpan.Zero ? "" : string.Create(CultureInfo.InvariantCulture,
            $"seeding ended {-spare.TotalSeconds:0.0} s after the first timer fell due, so the first timers are late by that much; ");
        Step($"Starting the scheduler loop with {dues.Count:N0} pending timers; the first falls due in {spare.TotalSeconds:0.0} s");
        await engine.StartSchedulerAsync();
        // The CPU figure is for firing: the scheduler sleeps until the first timer is due.
        if (firstDue - DateTimeOffset.UtcNow is { Ticks: > 0 } sleep)
        {
            await Task.Delay(sleep, ct);
        }
        var cpu = CpuMonitor.Take();
        var lastDue = dues.Values.Max();
        var waited = await WaitUntilFiredAsync(database, lastDue + TimeSpan.FromMinutes(2), ct);
        var cpuAfter = CpuMonitor.Take();

        var fired = await database.ReadAsync(async c => (await c.QueryAsync<(string Id, string FinishedAt)>(
            "SELECT id, finished_at FROM sys_workflow_instances WHERE definition_id = @definitionId AND finished_at IS NOT NULL",
            new { definitionId })).ToList(), ct);
        var timed = fired.Where(f => dues.ContainsKey(f.Id)).Select(f => (Due: dues[f.Id], Lag: Timestamps.Parse(f.FinishedAt) - dues[f.Id])).ToList();
        PrintOverTime(timed, dues.Values.Min());
        var lags = timed.Select(t => (long)(t.Lag.TotalMilliseconds * Stopwatch.Frequency / 1000)).ToList();
        var used = CpuMonitor.Used(cpu, cpuAfter);
        var lag = LatencyStats.From(lags, window) with
        {
            OthersCpuPercent = CpuMonitor.OthersPercent(cpu, cpuAfter),
            CpuMsPerOperation = used is { } u && lags.Count > 0 ? (u.Server / lags.Count, u.Client / lags.Count) : null,
        };
        var late = lags.Count(t => t > Stopwatch.Frequency);
        results.AddLag(string.Create(CultureInfo.InvariantCulture,
                $"Timer lag (instance finished − timer due), {dues.Count:N0} pending timers due over {window.TotalSeconds:0} s ({dues.Count / window.TotalSeconds:N0}/s), scheduler loop on the real clock"),
            lag, ResultTable.Goal.P99Below(1_000), string.Create(CultureInfo.InvariantCulture,
                $"{note}{dues.Count - lags.Count:N0} not fired {waited}; {late:N0} over 1 s late; CPU per timer fired"));
    }

    /// <summary>The lag by the second its timers fell due in, a line per tenth of the window: whether it grows or stays flat.</summary>
    private static void PrintOverTime(List<(DateTimeOffset Due, TimeSpan Lag)> timed, DateTimeOffset first)
    {
        if (timed.Count == 0)
        {
            return;
        }
        var span = (timed.Max(t => t.Due) - first).TotalSeconds;
        var slice = Math.Max(1, Math.Ceiling(span / 10));
        foreach (var group in timed.GroupBy(t => (int)((t.Due - first).TotalSeconds / slice)).OrderBy(g => g.Key))
        {
            var sorted = group.Select(t => t.Lag.TotalMilliseconds).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  due {group.Key * slice,4:0}–{(group.Key + 1) * slice,4:0} s: {sorted.Count,7:N0} timers, lag p50 {sorted[sorted.Count / 2],7:N0} ms, max {sorted[^1],7:N0} ms"));
        }
    }

    /// <summary>Bytes each suspended instance adds to the file, and the rows behind them.</summary>
    private static async Task StorageAsync(Database database, string path, long empty, int count, ResultTable results, CancellationToken ct)
    {
        var full = await FileBytesAsync(database, path, ct);
        var rows = await database.ReadAsync(async c => new
        {
            Instances = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sys_workflow_instances WHERE sub_status = 'Suspended'"),
            Bookmarks = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sys_workflow_bookmarks"),
            Jobs = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sys_workflow_jobs"),
            Journal = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sys_workflow_journal"),
            State = await c.ExecuteScalarAsync<double>("SELECT AVG(length(CAST(state AS BLOB))) FROM sys_workflow_instances WHERE sub_status = 'Suspended'"),
            Tables = await TableBytesAsync(c),
        }, ct);
        double Each(long value) => value / (double)count;
        results.AddFigure("Storage per suspended instance (file growth ÷ instances, after a WAL checkpoint)",
            string.Create(CultureInfo.InvariantCulture, $"{Each(full - empty) / 1024:0.00} KB"),
            string.Create(CultureInfo.InvariantCulture, $"{(full - empty) / 1048576.0:0.0} MB for {count:N0}; state JSON {rows.State:N0} bytes each{rows.Tables}"));
        results.AddFigure("Rows per suspended instance: instance / bookmark / job / journal",
            string.Create(CultureInfo.InvariantCulture, $"{Each(rows.Instances):0.##} / {Each(rows.Bookmarks):0.##} / {Each(rows.Jobs):0.##} / {Each(rows.Journal):0.##}"));
    }

    /// <summary>The file's size once the write-ahead log is folded into it, as it settles on a quiet server.</summary>
    private static Task<long> FileBytesAsync(Database database, string path, CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            await c.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
            return new FileInfo(path).Length;
        }, ct);

    /// <summary>Bytes per workflow table and its indexes (SQLite's dbstat), when the SQLite build has it.</summary>
    private static async Task<string> TableBytesAsync(DbConnection connection)
    {
        try
        {
            var tables = await connection.QueryAsync<(string Table, long Bytes)>("""
                SELECT COALESCE(m.tbl_name, s.name), SUM(s.pgsize) FROM dbstat s LEFT JOIN sqlite_master m ON m.name = s.name
                WHERE COALESCE(m.tbl_name, s.name) LIKE 'sys_workflow_%' GROUP BY 1 ORDER BY 2 DESC
                """);
            return "; pages with indexes: " + string.Join(", ", tables.Where(t => t.Bytes > 65_536)
                .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Table["sys_workflow_".Length..]} {t.Bytes / 1048576.0:0.0} MB")));
        }
        catch (DbException)
        {
            return "";
        }
    }

    /// <summary>Polls until no timer is left or <paramref name="deadline"/> passes; says which.</summary>
    private static async Task<string> WaitUntilFiredAsync(Database database, DateTimeOffset deadline, CancellationToken ct)
    {
        var progress = Stopwatch.StartNew();
        while (true)
        {
            var pending = await database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sys_workflow_jobs"), ct);
            if (pending == 0)
            {
                return "(all fired)";
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                return "(given up 2 min after the last was due)";
            }
            if (progress.Elapsed > TimeSpan.FromSeconds(10))
            {
                Step($"  {pending:N0} timers pending");
                progress.Restart();
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }
    }

    private static void Step(string text) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {text}");
}
