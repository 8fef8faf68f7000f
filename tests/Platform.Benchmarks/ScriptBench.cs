using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Platform.Engine.Common;
using Platform.Engine.Scripting;

namespace Platform.Benchmarks;

/// <summary>
/// How many BANT scores one thread computes per second through <see cref="ScriptSandbox.Run"/>: the
/// scoring rule of docs/scripting.md on realistic lead records, with the default limits (what the server
/// runs) and with each limit taken away, to show what the limits cost. Prints figures for docs/performance.md.
/// </summary>
public static partial class ScriptBench
{
    private static readonly string[] Needs = ["critical", "high", "medium", "low", "none"];
    private static readonly string[] Roles = ["decision_maker", "approver", "influencer", "user", "unknown"];
    private static readonly string[] Timelines = ["this_month", "this_quarter", "half_year", "this_year", "unknown"];

    public static int Run(int seconds, int rounds)
    {
        var repo = RepoRoot.Find();
        var script = DocumentedScript(repo, "bant");
        var records = Leads(256);
        var check = Sandbox(new ScriptOptions()).Run("bant", script, records[0], CancellationToken.None);
        if (!check.Ok || check.Result?["grade"] is null)
        {
            Console.Error.WriteLine($"The BANT script did not score the first lead: {check.Error?.Message ?? check.Result?.ToJsonString()}");
            return 1;
        }
        Console.WriteLine($"BANT rule of docs/scripting.md ({script.Split('\n').Length} lines); leads of {records[0].Record.Count} fields; " +
            $"{Environment.ProcessorCount} cores, one thread used; {rounds} rounds of {seconds} s after a 3 s warm-up each.");
        Console.WriteLine("Machine: " + MachineInfo.Describe());
        Console.WriteLine("Code: commit " + MachineInfo.CodeVersion() + "; load average before: " + MachineInfo.LoadAverage());
        Console.WriteLine();
        Console.WriteLine("| limits | evaluations/s (median of rounds) | range over rounds | µs each | allocated each |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        var defaults = new ScriptOptions();
        foreach (var (name, limits) in new (string, ScriptOptions)[]
        {
            ("**default** (250 ms, 100,000 statements, 8 MB, depth 64)", defaults),
            ("default without the memory limit", Copy(defaults, o => o.MemoryBytes = 0)),
            ("default without the statement limit", Copy(defaults, o => o.MaxStatements = 0)),
            ("default without the time limit", Copy(defaults, o => o.TimeoutMilliseconds = 0)),
            ("none of the three (depth 64 and cancellation only)", Copy(defaults, o => { o.MemoryBytes = 0; o.MaxStatements = 0; o.TimeoutMilliseconds = 0; })),
        })
        {
            var sandbox = Sandbox(limits);
            Measure(sandbox, script, records, TimeSpan.FromSeconds(3), unique: false);
            var figures = Enumerable.Range(0, rounds).Select(_ => Measure(sandbox, script, records, TimeSpan.FromSeconds(seconds), unique: false)).ToList();
            Console.WriteLine(Row(name, figures));
        }
        var small = Sandbox(defaults);
        var bantOnly = records.Select(r => new ScriptInput
        {
            Record = r.Record.Where(p => p.Key is "budget" or "need" or "contact_role" or "timeline").ToDictionary(p => p.Key, p => p.Value),
        }).ToList();
        Measure(small, script, bantOnly, TimeSpan.FromSeconds(1), unique: false);
        Console.WriteLine(Row("default, a record of the four BANT fields only and no user (what copying the record in costs)",
            [.. Enumerable.Range(0, rounds).Select(_ => Measure(small, script, bantOnly, TimeSpan.FromSeconds(seconds), unique: false))]));
        var empty = Sandbox(defaults);
        ScriptInput[] nothing = [new ScriptInput()];
        Measure(empty, "return 1;", nothing, TimeSpan.FromSeconds(1), unique: false);
        Console.WriteLine(Row("default, the script `return 1;` on an empty record (what a fresh engine costs)",
            [.. Enumerable.Range(0, rounds).Select(_ => Measure(empty, "return 1;", nothing, TimeSpan.FromSeconds(seconds), unique: false))]));
        var parsing = Sandbox(defaults);
        Measure(parsing, script, records, TimeSpan.FromSeconds(1), unique: true);
        Console.WriteLine(Row("default, each run a text not parsed before (parse cache missed)",
            [.. Enumerable.Range(0, rounds).Select(_ => Measure(parsing, script, records, TimeSpan.FromSeconds(seconds), unique: true))]));
        Console.WriteLine();
        Console.WriteLine("Load average after: " + MachineInfo.LoadAverage());
        return 0;
    }

    private sealed record Figure(long Count, TimeSpan Elapsed, long Allocated)
    {
        public double PerSecond => Count / Elapsed.TotalSeconds;
    }

    private static Figure Measure(ScriptSandbox sandbox, string script, IReadOnlyList<ScriptInput> records, TimeSpan duration, bool unique)
    {
        GC.Collect();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        long count = 0;
        while (clock.Elapsed < duration)
        {
            for (var i = 0; i < 200; i++)
            {
                var source = unique ? script + "\n// " + count.ToString(CultureInfo.InvariantCulture) : script;
                var run = sandbox.Run("bant", source, records[(int)(count % records.Count)], CancellationToken.None);
                if (!run.Ok)
                {
                    throw new InvalidOperationException($"The script failed: {run.Error!.Kind} {run.Error.Message}");
                }
                count++;
            }
        }
        return new Figure(count, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }

    private static string Row(string name, List<Figure> figures)
    {
        var rates = figures.Select(f => f.PerSecond).Order().ToList();
        var median = rates[rates.Count / 2];
        var bytes = figures.Sum(f => f.Allocated) / (double)figures.Sum(f => f.Count);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {median:N0} | {rates[0]:N0}–{rates[^1]:N0} | {1_000_000 / median:0.0} | {bytes / 1024:0.0} KB |");
    }

    private static ScriptSandbox Sandbox(ScriptOptions limits)
    {
        var clock = TimeProvider.System;
        var local = new LocalCalendar(clock, Options.Create(new RegionalOptions { TimeZone = "Asia/Shanghai" }));
        return new ScriptSandbox(Options.Create(limits), clock, local, NullLogger<ScriptSandbox>.Instance);
    }

    private static ScriptOptions Copy(ScriptOptions source, Action<ScriptOptions> change)
    {
        var copy = new ScriptOptions
        {
            TimeoutMilliseconds = source.TimeoutMilliseconds, MaxStatements = source.MaxStatements, MemoryBytes = source.MemoryBytes,
            RecursionDepth = source.RecursionDepth, RelatedRowCap = source.RelatedRowCap, MaxLogLines = source.MaxLogLines, CacheSize = source.CacheSize,
        };
        change(copy);
        return copy;
    }

    /// <summary>What a record write hands a scoring rule: the lead's fields and system fields, the acting user.</summary>
    private static List<ScriptInput> Leads(int count)
    {
        var random = new Random(42);
        var user = new Dictionary<string, object?>
        {
            ["id"] = 7L, ["name"] = "王敏", ["email"] = "wang.min@example.com", ["role"] = "member", ["team"] = "华东", ["region"] = "上海",
            ["industries"] = new[] { "finance", "retail" }, ["seniority"] = 3L,
        };
        return [.. Enumerable.Range(0, count).Select(i => new ScriptInput
        {
            User = user,
            Record = new Dictionary<string, object?>
            {
                ["id"] = 1000L + i, ["version"] = 1L, ["createdAt"] = "2026-06-15T01:30:00.000Z", ["updatedAt"] = "2026-06-15T01:30:00.000Z",
                ["createdBy"] = 7L, ["ownerId"] = 7L, ["code"] = $"L-2026-{i:0000000}", ["name"] = "张伟", ["company"] = "上海星辰云计算有限公司",
                ["email"] = "zhang.wei@example.com", ["phone"] = "13912345678", ["source"] = "web", ["stage"] = "new",
                ["budget"] = (double)random.Next(0, 1_500_000), ["need"] = Needs[random.Next(Needs.Length)],
                ["contact_role"] = Roles[random.Next(Roles.Length)], ["timeline"] = Timelines[random.Next(Timelines.Length)],
                ["city"] = "上海", ["notes"] = "对私有化部署感兴趣",
            },
        })];
    }

    /// <summary>The script of the code block <c>```js title="name"</c> in docs/scripting.md.</summary>
    private static string DocumentedScript(string repo, string name)
    {
        var docs = File.ReadAllText(Path.Combine(repo, "docs", "scripting.md"));
        var block = CodeBlock().Matches(docs).FirstOrDefault(m => m.Groups["title"].Value == name)
            ?? throw new InvalidOperationException($"docs/scripting.md has no ```js title=\"{name}\" block.");
        return block.Groups["code"].Value;
    }

    [GeneratedRegex("""^```js title="(?<title>[^"]+)"[^\n]*\n(?<code>.*?)\n```""", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CodeBlock();
}
