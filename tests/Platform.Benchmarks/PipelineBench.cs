using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Platform.Benchmarks;

/// <summary>
/// Pipelines through the real server: stage changes per second (concurrent PATCHes, each checked against gates with
/// required fields and a JavaScript condition), the board and a board column for 5,000 records, and the pipeline
/// snapshot at a past date read from a stage ledger of 1,000,000 rows. Prints figures for docs/performance.md.
/// </summary>
public static class PipelineBench
{
    private const string Entity = "deal";
    private static readonly string[] Stages = ["new", "contacted", "qualified", "proposal", "won", "lost"];
    private static readonly string[] Regions = ["east", "west", "north", "south"];

    // Every move out of "new" and into "contacted" runs two gates: required fields and a script each.
    private const string Definition = """
        {"slug":"deal","label":{"en":"Deal"},"fields":[{"slug":"name","type":"text"},{"slug":"email","type":"email"},
          {"slug":"amount","type":"currency"},{"slug":"region","type":"text"},
          {"slug":"stage","type":"stage","stages":[
            {"value":"new","probability":10,"exitCriteria":{"requiredFields":["email"],"condition":"record.amount > 0"}},
            {"value":"contacted","probability":20,"entryCriteria":{"requiredFields":["amount"],"condition":"record.email.includes('@')"}},
            {"value":"qualified","probability":40},{"value":"proposal","probability":60},
            {"value":"won","category":"won","probability":100},{"value":"lost","category":"lost","probability":0}]}]}
        """;

    public static async Task<int> RunAsync(int records, int ledgerRows, int clients, bool noBuild, CancellationToken ct)
    {
        var repo = RepoRoot.Find();
        if (!noBuild)
        {
            Step("Building the server (Release)");
            await ServerHost.BuildAsync(repo, ct);
        }
        var folder = Path.Combine(Path.GetTempPath(), "platform-pipeline-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var loadBefore = MachineInfo.LoadAverage();
            Step($"Starting the server on a new database in {folder}");
            await using var server = await ServerHost.StartAsync(repo, folder, [], ct);
            CpuMonitor.Watch(server.ProcessId);
            var key = await PlatformApi.CreateApiKeyAsync(server.Address, ct);
            var apis = Enumerable.Range(0, clients).Select(_ => new PlatformApi(server.Address, key)).ToArray();
            try
            {
                await apis[0].CreateEntityAsync(Definition, ct);
                Step($"Creating {records:N0} deals in \"new\" (bulk requests of 1,000)");
                await SeedAsync(apis[0], records, ct);
                var rows = new List<string>();

                Step($"{records:N0} stage changes new → contacted, {clients} clients, gates on");
                var moves = await LoadRunner.RunAsync(clients, records, (worker, i, c) =>
                    apis[worker].PatchAsync($"/api/entities/{Entity}/records/{i + 1}", """{"stage":"contacted"}"""u8.ToArray(), c), ct);
                rows.Add(Row($"stage changes through `PATCH …/records/{{id}}` ({clients} clients, exit and entry gates with a script each)", moves,
                    string.Create(CultureInfo.InvariantCulture, $"**{moves.PerSecond:N0}/s**")));

                Step("Board, column and snapshot reads on the 5,000 records");
                foreach (var (label, url) in new[]
                {
                    ($"`GET …/board?amount=amount&cards=50` ({records:N0} records)", $"/api/entities/{Entity}/pipelines/stage/board?amount=amount&cards=50"),
                    ("`GET …/board/cards?stage=contacted&offset=2000&limit=100`", $"/api/entities/{Entity}/pipelines/stage/board/cards?stage=contacted&offset=2000&limit=100"),
                    ($"`GET …/snapshot` (today, {records * 2:N0} ledger rows)", $"/api/entities/{Entity}/pipelines/stage/snapshot"),
                })
                {
                    var read = await LoadRunner.RepeatAsync(3, 20, c => apis[0].GetAsync(url, c), ct);
                    rows.Add(Row(label, read, string.Create(CultureInfo.InvariantCulture, $"**{read.P50Ms:0} ms**")));
                }

                var (from, day) = (DateTime.UtcNow.Date.AddDays(-365), DateTime.UtcNow.Date.AddDays(-182));
                Step($"Adding {ledgerRows:N0} ledger rows (10 moves each for {ledgerRows / 10:N0} records over the past year) with one SQL insert");
                var seeded = await SeedLedgerAsync(server.DatabasePath, ledgerRows, from, ct);
                Step($"  done in {seeded.TotalSeconds:0.0} s; snapshot at {day:yyyy-MM-dd}");
                var snapshotUrl = $"/api/entities/{Entity}/pipelines/stage/snapshot?at={day:yyyy-MM-dd}";
                var snapshot = await LoadRunner.RepeatAsync(2, 10, c => apis[0].GetAsync(snapshotUrl, c), ct);
                rows.Add(Row($"`GET …/snapshot?at={day:yyyy-MM-dd}` ({ledgerRows:N0} more ledger rows, {ledgerRows / 10:N0} records)", snapshot,
                    string.Create(CultureInfo.InvariantCulture, $"**{snapshot.P50Ms:0} ms**")));
                var previous = await PreviousSnapshotAsync(server.DatabasePath, day.AddDays(1), ct);
                rows.Add(Row("the same snapshot with the query and index of migration 8 (direct SQLite, no HTTP)", previous,
                    string.Create(CultureInfo.InvariantCulture, $"**{previous.P50Ms:0} ms**")));

                Console.WriteLine();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Machine: {MachineInfo.Describe()}; code {MachineInfo.CodeVersion()}; load average before {loadBefore}, after {MachineInfo.LoadAverage()}"));
                Console.WriteLine();
                Console.WriteLine("| measure | result | p50 / p95 / max | notes |");
                Console.WriteLine("| --- | ---: | ---: | --- |");
                rows.ForEach(Console.WriteLine);
                return 0;
            }
            finally
            {
                foreach (var api in apis)
                {
                    api.Dispose();
                }
            }
        }
        finally
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

    private static async Task SeedAsync(PlatformApi api, int records, CancellationToken ct)
    {
        var random = new Random(42);
        for (var start = 0; start < records; start += 1000)
        {
            var batch = Enumerable.Range(start, Math.Min(1000, records - start)).Select(i => string.Create(CultureInfo.InvariantCulture,
                $$"""{"name":"Deal {{i}}","email":"buyer{{i}}@example.cn","amount":{{random.Next(1, 500) * 100}},"region":"{{Regions[random.Next(Regions.Length)]}}","stage":"new"}"""));
            await api.BulkCreateAsync(Entity, Encoding.UTF8.GetBytes($"{{\"records\":[{string.Join(',', batch)}]}}"), ct);
        }
    }

    /// <summary>
    /// Ledger rows for records that never existed in the table (ids above 1,000,000): the snapshot reads the ledger
    /// alone. Record r's k-th move is at <paramref name="from"/> plus k tenths of a year plus r seconds, cycling the stages.
    /// </summary>
    private static async Task<TimeSpan> SeedLedgerAsync(string databasePath, int rows, DateTime from, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = await OpenAsync(databasePath, ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var records = rows / 10;
        await connection.ExecuteAsync(new CommandDefinition("""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < @rows - 1)
            INSERT INTO sys_stage_ledger (entity, record_id, field, from_stage, to_stage, at, by_user, source)
            SELECT 'deal', 1000001 + i % @records, 'stage',
                   CASE WHEN i < @records THEN NULL ELSE json_extract(@stages, '$[' || ((i / @records - 1) % 6) || ']') END,
                   json_extract(@stages, '$[' || ((i / @records) % 6) || ']'),
                   strftime('%Y-%m-%dT%H:%M:%fZ', @from, '+' || ((i / @records) * 3153600 + i % @records) || ' seconds'), 1, 'api'
            FROM n
            """, new { rows, records, stages = System.Text.Json.JsonSerializer.Serialize(Stages), from = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            transaction, commandTimeout: 600, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("ANALYZE sys_stage_ledger", commandTimeout: 600, cancellationToken: ct));
        return clock.Elapsed;
    }

    /// <summary>What the snapshot ran before migration 9: the last move per record by a join, read through the record index, counted in .NET.</summary>
    private static async Task<LatencyStats> PreviousSnapshotAsync(string databasePath, DateTime end, CancellationToken ct)
    {
        await using var connection = await OpenAsync(databasePath, ct);
        var at = end.AddMilliseconds(-1).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        return await LoadRunner.RepeatAsync(1, 5, async c =>
        {
            var stood = await connection.QueryAsync<(long, string?)>(new CommandDefinition("""
                SELECT l.record_id, l.to_stage FROM sys_stage_ledger l
                JOIN (SELECT record_id, max(id) AS id FROM sys_stage_ledger INDEXED BY ix_sys_stage_ledger_record
                      WHERE entity = @entity AND field = @field AND at <= @at GROUP BY record_id) last
                  ON last.id = l.id
                """, new { entity = Entity, field = "stage", at }, cancellationToken: c));
            _ = stood.Where(s => s.Item2 is not null).GroupBy(s => s.Item2!).ToDictionary(g => g.Key, g => g.Count());
        }, ct);
    }

    private static async Task<SqliteConnection> OpenAsync(string databasePath, CancellationToken ct)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, DefaultTimeout = 600 }.ToString());
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync("PRAGMA busy_timeout = 60000");
        return connection;
    }

    private static string Row(string measure, LatencyStats stats, string result)
    {
        var others = stats.OthersCpuPercent is >= 5 and var p ? $"; other processes used {p:0}% of the CPUs" : "";
        var cpu = stats.CpuMsPerOperation is { } used ? $"; CPU per operation: server {used.Server:0.0} ms, benchmark {used.Client:0.0} ms" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"| {measure} | {result} | {stats.P50Ms:0} / {stats.P95Ms:0} / {stats.MaxMs:0} ms | {stats.Count:N0} timed{cpu}{others} |");
    }

    private static void Step(string text) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {text}");
}
