using System.Globalization;

namespace Platform.Benchmarks;

/// <summary>
/// The workflow runtime's figures for docs/performance.md: started-to-finished per second for a six-activity
/// lead-intake workflow (in-process and over HTTP), the lag of timer firing with 100,000 pending timers, and the
/// storage a suspended instance takes. The definitions are the Elsa JSON files in <c>workflows/</c> beside this file.
/// </summary>
public static class WorkflowBench
{
    public const string LeadIntake = "bench-lead-intake";

    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        WorkflowBenchOptions options;
        try
        {
            options = WorkflowBenchOptions.Parse(args.Skip(1));
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        var repo = RepoRoot.Find();
        var started = DateTimeOffset.Now;
        var loadBefore = MachineInfo.LoadAverage();
        var code = MachineInfo.CodeVersion();
        Console.WriteLine($"Load average before the run: {loadBefore}");
        var results = new ResultTable();
        double startsPerSecond;
        await using (var engine = await InProcessEngine.StartAsync("workflow", ct))
        {
            startsPerSecond = await WorkflowThroughput.InProcessAsync(engine, repo, options, results, ct);
        }
        if (options.HttpClients > 0)
        {
            if (!options.NoBuild)
            {
                Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] Building the server (Release)");
                await ServerHost.BuildAsync(repo, ct);
            }
            var folder = Path.Combine(Path.GetTempPath(), "platform-workflow-http-bench-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(folder);
            try
            {
                await WorkflowThroughput.OverHttpAsync(repo, folder, options, results, ct);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        await using (var engine = await InProcessEngine.StartAsync("timer", ct))
        {
            var definitionId = await engine.PublishAsync(await File.ReadAllTextAsync(DefinitionPath(repo, "follow-up.json"), ct), ct);
            await WorkflowTimers.RunAsync(engine, definitionId, options, startsPerSecond, results, ct);
        }

        var command = "dotnet run -c Release --project tests/Platform.Benchmarks -- " + string.Join(' ', args);
        Console.WriteLine();
        Console.WriteLine(results.ToConsole());
        Console.WriteLine("Markdown for docs/performance.md:");
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Run {started:yyyy-MM-dd HH:mm zzz}, {(DateTimeOffset.Now - started).TotalMinutes:0.0} min: `{command.TrimEnd()}`  "));
        Console.WriteLine("Machine: " + MachineInfo.Describe() + "  ");
        Console.WriteLine("Code: commit " + code + "  ");
        Console.WriteLine($"Load average (1 / 5 / 15 min) before the run: {loadBefore}, after: {MachineInfo.LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine(results.ToMarkdown());
        return 0;
    }

    public static string DefinitionPath(string repo, string file) => Path.Combine(repo, "tests", "Platform.Benchmarks", "workflows", file);
}
