using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Engine;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Records;
using Platform.Engine.Storage;

namespace Platform.Benchmarks;

/// <summary>
/// What formula fields add to a record write: creates per second through <see cref="RecordService"/> on
/// one thread, in-process on a new SQLite file, for the same entity without a formula, with one and with
/// three (<c>return record.a + record.b;</c> and two like it). The entities take turns in every round, so
/// a busy neighbour slows them alike. One more row writes the three-formula entity as the system (as a
/// public form does), which has no user to look up for the scripts: the difference is what that lookup costs.
/// </summary>
public static class FormulaWriteBench
{
    private static readonly Actor Admin = new(1, Roles.Admin);

    private static readonly string[] Formulas = ["return record.a + record.b;", "return record.a * record.b;", "return record.a - record.b;"];

    public static async Task<int> RunAsync(int creates, int rounds, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "platform-formula-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var services = new ServiceCollection()
            .AddPlatformEngine()
            .Configure<StorageOptions>(o => o.Path = Path.Combine(folder, "platform.db"))
            .Configure<RegionalOptions>(o => o.TimeZone = "Asia/Shanghai")
            .BuildServiceProvider();
        try
        {
            await services.GetRequiredService<MigrationRunner>().ApplyAsync(SystemMigrations.All, ct);
            await services.GetRequiredService<IdentityService>().EnsureAdminAsync(new AdminOptions { Email = "admin@example.com", Password = "Passw0rd!" }, ct);
            var entities = services.GetRequiredService<EntityService>();
            var records = services.GetRequiredService<RecordService>();
            int[] formulaCounts = [0, 1, 3];
            foreach (var count in formulaCounts)
            {
                var created = await entities.CreateAsync(Json.Deserialize<EntityDefinition>(Definition(count)), ct);
                if (!created.IsSuccess)
                {
                    Console.Error.WriteLine($"Could not create the entity with {count} formulas: {created.Failure}");
                    return 1;
                }
            }
            var bodies = Bodies(creates);
            var check = await records.CreateAsync(Entity(3), bodies[0], Admin, ct);
            if (!check.IsSuccess || Number(check.Value["f1"]) != Math.Round(Number(check.Value["a"]) + Number(check.Value["b"]), 2))
            {
                Console.Error.WriteLine($"The formula did not compute a + b: {(check.IsSuccess ? JsonSerializer.Serialize(check.Value) : check.Failure)}");
                return 1;
            }
            Console.WriteLine($"Record creates through RecordService, one thread, in-process; {creates:N0} creates per entity per round, {rounds} rounds after a warm-up.");
            Setup[] setups =
            [
                new("no formula", 0, Admin), new("one formula field", 1, Admin), new("3 formula fields", 3, Admin),
                new("3 formula fields, written as the system (no user for the scripts)", 3, Actor.System),
            ];
            foreach (var setup in setups)
            {
                await MeasureAsync(records, setup, bodies, ct);
            }
            var figures = setups.ToDictionary(s => s, _ => new List<(double PerSecond, double CpuMicroseconds)>());
            for (var round = 0; round < rounds; round++)
            {
                foreach (var setup in setups)
                {
                    figures[setup].Add(await MeasureAsync(records, setup, bodies, ct));
                }
            }
            Print(figures);
            return 0;
        }
        finally
        {
            await services.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
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

    private sealed record Setup(string Name, int Formulas, Actor Actor);

    private static async Task<(double PerSecond, double CpuMicroseconds)> MeasureAsync(RecordService records, Setup setup, IReadOnlyList<JsonElement> bodies, CancellationToken ct)
    {
        var entity = Entity(setup.Formulas);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var body in bodies)
        {
            var result = await records.CreateAsync(entity, body, setup.Actor, ct);
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException($"A create of {entity} failed: {result.Failure}");
            }
        }
        clock.Stop();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return (bodies.Count / clock.Elapsed.TotalSeconds, used.TotalMicroseconds / bodies.Count);
    }

    private static void Print(Dictionary<Setup, List<(double PerSecond, double CpuMicroseconds)>> figures)
    {
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted[sorted.Count / 2];
        }
        var baseline = figures.First().Value;
        var plain = 1_000_000 / Median(baseline.Select(f => f.PerSecond));
        var plainCpu = Median(baseline.Select(f => f.CpuMicroseconds));
        Console.WriteLine();
        Console.WriteLine("| entity | creates/s (median of rounds) | range over rounds | µs per create | added per create | CPU µs per create (process) | CPU added |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (setup, rows) in figures)
        {
            var first = rows == baseline;
            var rates = rows.Select(r => r.PerSecond).Order().ToList();
            var median = Median(rates);
            var cpu = Median(rows.Select(r => r.CpuMicroseconds));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {setup.Name} | {median:N0} | {rates[0]:N0}–{rates[^1]:N0} | {1_000_000 / median:0} | {(first ? "" : $"{1_000_000 / median - plain:+0;-0} µs")} | {cpu:0} | {(first ? "" : $"{cpu - plainCpu:+0;-0} µs")} |"));
        }
    }

    private static double Number(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static string Entity(int formulas) => $"deal_f{formulas}";

    private static string Definition(int formulas)
    {
        var fields = new List<string>
        {
            """{"slug":"name","type":"text"}""", """{"slug":"company","type":"text"}""", """{"slug":"email","type":"email"}""",
            """{"slug":"stage","type":"select","options":[{"value":"new"},{"value":"won"},{"value":"lost"}]}""",
            """{"slug":"a","type":"number","precision":2}""", """{"slug":"b","type":"number","precision":2}""",
        };
        fields.AddRange(Formulas.Take(formulas).Select((f, i) => $$"""{"slug":"f{{i + 1}}","type":"formula","resultType":"number","formula":"{{f}}"}"""));
        return $$"""{"slug":"{{Entity(formulas)}}","label":{"en":"Deal"},"fields":[{{string.Join(',', fields)}}]}""";
    }

    private static List<JsonElement> Bodies(int count)
    {
        var random = new Random(42);
        return [.. Enumerable.Range(0, count).Select(i => JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["name"] = $"张伟 {i}", ["company"] = "上海星辰云计算有限公司", ["email"] = $"lead{i}@example.com", ["stage"] = "new",
            ["a"] = Math.Round(random.NextDouble() * 100_000, 2), ["b"] = Math.Round(random.NextDouble() * 100, 2),
        }))];
    }
}
