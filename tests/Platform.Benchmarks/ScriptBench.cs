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
            $"{Environment.ProcessorCount} cores, one thread used; after a 2 s warm-up of each, {rounds} rounds of {seconds} s of each in turn.");
        Console.WriteLine("Machine: " + MachineInfo.Describe());
        Console.WriteLine("Code: commit " + MachineInfo.CodeVersion() + "; load average before: " + MachineInfo.LoadAverage());
        var defaults = new ScriptOptions();
        var bantOnly = records.Select(r => new ScriptInput
        {
            Record = r.Record.Where(p => p.Key is "budget" or "need" or "contact_role" or "timeline").ToDictionary(p => p.Key, p => p.Value),
        }).ToList();
        // The same evaluation a hundred times in one engine: what the script itself costs once the engine's
        // built-ins it touches exist.
        var hundred = "let r;\nfor (let i = 0; i < 100; i++) {\n  r = (() => {\n" + script + "\n  })();\n}\nreturn r;";
        var configurations = new Configuration[]
        {
            new("**default limits** (250 ms, 100,000 statements, 8 MB, depth 64)", Sandbox(defaults), script, records),
            new("without the memory limit", Sandbox(Copy(defaults, o => o.MemoryBytes = 0)), script, records),
            new("without the statement limit", Sandbox(Copy(defaults, o => o.MaxStatements = 0)), script, records),
            new("without the time limit", Sandbox(Copy(defaults, o => o.TimeoutMilliseconds = 0)), script, records),
            new("without all three (depth 64 and cancellation only)",
                Sandbox(Copy(defaults, o => { o.MemoryBytes = 0; o.MaxStatements = 0; o.TimeoutMilliseconds = 0; })), script, records),
            new("default limits, a record of the four BANT fields only and no user", Sandbox(defaults), script, bantOnly),
            new("default limits, `return 1;` on an empty record (a fresh engine and nothing else)", Sandbox(defaults), "return 1;", [new ScriptInput()]),
            new("default limits, each run a text not parsed before (parse cache missed)", Sandbox(defaults), script, records, Unique: true),
            new("default limits, the script 100 times in one run (per run; a hundredth of it per evaluation)", Sandbox(defaults), hundred, records),
        };
        foreach (var configuration in configurations)
        {
            Measure(configuration, TimeSpan.FromSeconds(2));
        }
        var figures = configurations.ToDictionary(c => c, _ => new List<Figure>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var configuration in configurations)
            {
                figures[configuration].Add(Measure(configuration, TimeSpan.FromSeconds(seconds)));
            }
        }
        Console.WriteLine("Load average after: " + MachineInfo.LoadAverage());
        Console.WriteLine();
        Console.WriteLine("| BANT script through ScriptSandbox.Run | evaluations/s (median of rounds) | range over rounds | µs each | CPU µs each (process) | evaluations per CPU second | allocated each |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (configuration, rows) in figures)
        {
            Console.WriteLine(Row(configuration.Name, rows));
        }
        Console.WriteLine();
        return 0;
    }

    private sealed record Configuration(string Name, ScriptSandbox Sandbox, string Script, IReadOnlyList<ScriptInput> Inputs, bool Unique = false);

    private sealed record Figure(long Count, TimeSpan Elapsed, TimeSpan Cpu, long Allocated)
    {
        public double PerSecond => Count / Elapsed.TotalSeconds;
    }

    private static Figure Measure(Configuration configuration, TimeSpan duration)
    {
        var (sandbox, script, records, unique) = (configuration.Sandbox, configuration.Script, configuration.Inputs, configuration.Unique);
        GC.Collect();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
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
        clock.Stop();
        return new Figure(count, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }

    private static string Row(string name, List<Figure> figures)
    {
        var rates = figures.Select(f => f.PerSecond).Order().ToList();
        var median = rates[rates.Count / 2];
        var bytes = figures.Sum(f => f.Allocated) / (double)figures.Sum(f => f.Count);
        var cpu = figures.Sum(f => f.Cpu.TotalMicroseconds) / figures.Sum(f => f.Count);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {median:N0} | {rates[0]:N0}–{rates[^1]:N0} | {1_000_000 / median:0.0} | {cpu:0.0} | {1_000_000 / cpu:N0} | {bytes / 1024:0.0} KB |");
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
