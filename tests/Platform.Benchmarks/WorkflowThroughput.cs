using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Platform.Engine.Storage;
using Platform.Engine.Identity;
using Platform.Engine.Workflows;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Runtime;

namespace Platform.Benchmarks;

/// <summary>
/// Started-to-finished per second for two six-activity lead-intake workflows: one of Elsa built-ins only (the
/// interpreter and the runtime's own writes), and the CRM one (a JavaScript score, a decision, an owner assigned, a
/// first-call task, a notification: the platform's writes too). In this process with many
/// <see cref="WorkflowRuntime.RunAsync"/> calls in flight (the writer group-commits them), one at a time, the
/// interpreter alone without storage (where the time goes), and <c>POST /api/workflows/{id}/run</c> against the server.
/// </summary>
public static class WorkflowThroughput
{
    /// <summary>Measures in this process; answers the built-in workflow's rate, which the timer seeding sizes itself by.</summary>
    public static async Task<double> InProcessAsync(InProcessEngine engine, string repo, WorkflowBenchOptions options, ResultTable results, CancellationToken ct)
    {
        var runtime = engine.Get<WorkflowRuntime>();
        var elsa = await engine.PublishAsync(await File.ReadAllTextAsync(WorkflowBench.DefinitionPath(repo, "lead-intake-elsa.json"), ct), ct);
        var builtIns = await RoundsAsync(runtime, elsa, i => Scores(options.Runs, i), options, ct);
        results.AddThroughput($"Lead intake of Elsa built-ins (Input score → decision → SetVariable → WriteLine → Finish), in-process, {options.Concurrency} in flight",
            builtIns.Median, null, "instances", builtIns.Detail);

        Step($"Preparing {options.Runs:N0} leads and 8 reps for the CRM workflow");
        var leads = await WorkflowLeads.PrepareAsync(engine, options.Runs, ct);
        var crm = await engine.PublishAsync(await File.ReadAllTextAsync(WorkflowBench.DefinitionPath(repo, "lead-intake-crm.json"), ct), ct);
        var platform = await RoundsAsync(runtime, crm, _ => [.. leads.Select(l => JsonNode.Parse(l)!.AsObject())], options, ct);
        results.AddThroughput($"**Lead intake, CRM** (JavaScript score → decision → AssignOwner → CreateTask → Notify), in-process, {options.Concurrency} in flight",
            platform.Median, ResultTable.Goal.AtLeast(1_000), "instances", platform.Detail);

        await PrintActivityTimesAsync(engine, crm, ct);

        var lone = Math.Min(options.Runs, 2_000);
        Step($"{lone:N0} CRM lead intakes one at a time");
        var inputs = leads.Take(lone).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        results.AddThroughput("Lead intake, CRM, in-process, one at a time", await LoadRunner.RunAsync(1, lone, Start(runtime, crm, inputs), ct), null, "instances");

        Step("The interpreter alone (no database), one thread");
        results.AddThroughput("…the built-ins workflow's burst in the interpreter alone (no database, state not stored), one thread",
            await InterpreterAloneAsync(engine, elsa, lone * 5, ct), null, "bursts");
        return builtIns.Median.PerSecond;
    }

    public static async Task OverHttpAsync(string repo, string folder, WorkflowBenchOptions options, ResultTable results, CancellationToken ct)
    {
        Step($"Starting the server on a new database in {folder}");
        await using var server = await ServerHost.StartAsync(repo, folder, [], ct);
        CpuMonitor.Watch(server.ProcessId);
        try
        {
            var key = await PlatformApi.CreateApiKeyAsync(server.Address, ct);
            var apis = Enumerable.Range(0, options.HttpClients).Select(_ => new PlatformApi(server.Address, key)).ToArray();
            try
            {
                Step($"Preparing {options.Runs:N0} leads and 8 reps over the API");
                var bodies = (await WorkflowLeads.PrepareAsync(apis[0], options.Runs, ct)).Select(WorkflowLeads.RunBody).ToArray();
                await apis[0].PostAsync("/api/workflows", await File.ReadAllBytesAsync(WorkflowBench.DefinitionPath(repo, "lead-intake-crm.json"), ct),
                    HttpStatusCode.Created, ct);
                await apis[0].PostAsync($"/api/workflows/{WorkflowBench.LeadIntake}/publish", [], HttpStatusCode.OK, ct);
                var path = $"/api/workflows/{WorkflowBench.LeadIntake}/run";
                Func<int, int, CancellationToken, Task> run = (worker, i, c) => apis[worker].PostAsync(path, bodies[i], HttpStatusCode.OK, c);
                Step($"Warm-up over HTTP: {options.Runs / 4:N0} runs (untimed)");
                await LoadRunner.RunAsync(options.HttpClients, options.Runs / 4, run, ct);
                Step($"{options.Runs:N0} runs over HTTP, {options.HttpClients} clients");
                results.AddThroughput($"**Lead intake, CRM**, `POST /api/workflows/{{id}}/run`, {options.HttpClients} clients",
                    await LoadRunner.RunAsync(options.HttpClients, options.Runs, run, ct), ResultTable.Goal.AtLeast(1_000), "instances",
                    "the answer is the finished instance");
            }
            finally
            {
                foreach (var api in apis)
                {
                    api.Dispose();
                }
            }
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            Console.Error.WriteLine("Server log (last lines):\n" + server.LogTail());
            throw;
        }
    }

    /// <summary>Where a burst's time goes, by activity: the durations the journal keeps (wall clock, inside the write).</summary>
    private static async Task PrintActivityTimesAsync(InProcessEngine engine, string definitionId, CancellationToken ct)
    {
        var rows = await engine.Get<Database>().ReadAsync(async c => await c.QueryAsync<(string Type, long Count, double Ms)>("""
            SELECT j.activity_id, COUNT(*), AVG(json_extract(j.detail, '$.durationMs'))
            FROM sys_workflow_journal j JOIN sys_workflow_instances i ON i.id = j.instance_id
            WHERE i.definition_id = @definitionId AND j.event = 'Completed' GROUP BY j.activity_id ORDER BY 3 DESC
            """, new { definitionId }), ct);
        Console.WriteLine("  time per activity (journal, average of completed runs): " + string.Join(", ",
            rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Type} {r.Ms * 1000:N0} µs ×{r.Count:N0}"))));
    }

    private sealed record Rounds(LatencyStats Median, string Detail);

    /// <summary>An untimed warm-up of a quarter of the runs, then the timed rounds; the median round and the range.</summary>
    private static async Task<Rounds> RoundsAsync(WorkflowRuntime runtime, string definitionId, Func<int, List<JsonObject>> inputs,
        WorkflowBenchOptions options, CancellationToken ct)
    {
        Step($"{definitionId}: warm-up of {options.Runs / 4:N0} starts, {options.Concurrency} in flight (untimed)");
        await LoadRunner.RunAsync(options.Concurrency, options.Runs / 4, Start(runtime, definitionId, inputs(0)), ct);
        var rounds = new List<LatencyStats>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            Step($"{definitionId}: round {round} of {options.Rounds}, {options.Runs:N0} starts");
            rounds.Add(await LoadRunner.RunAsync(options.Concurrency, options.Runs, Start(runtime, definitionId, inputs(round)), ct));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rounds[^1].PerSecond:N0}/s"));
        }
        var median = rounds.OrderBy(r => r.PerSecond).ElementAt(rounds.Count / 2);
        return new Rounds(median, string.Create(CultureInfo.InvariantCulture,
            $"median of {rounds.Count} rounds ({string.Join(", ", rounds.Select(r => r.PerSecond.ToString("N0", CultureInfo.InvariantCulture)))}/s); latencies per start"));
    }

    private static Func<int, int, CancellationToken, Task> Start(WorkflowRuntime runtime, string definitionId, IReadOnlyList<JsonObject> inputs) =>
        async (_, i, c) =>
        {
            var run = await runtime.RunAsync(definitionId, inputs[i], null, Actor.System, c);
            if (!run.IsSuccess || run.Value.SubStatus != WorkflowSubStatus.Finished)
            {
                throw new InvalidOperationException($"A run of {definitionId} did not finish: {(run.IsSuccess ? run.Value.SubStatus : run.Failure)}");
            }
        };

    /// <summary>
    /// Bursts of the interpreter over a fresh state, as the runtime runs them but without a write: what is left of a
    /// start's cost is the database (reading the definition, writing the instance, its journal, the commit).
    /// </summary>
    private static async Task<LatencyStats> InterpreterAloneAsync(InProcessEngine engine, string definitionId, int bursts, CancellationToken ct)
    {
        var found = await engine.Get<WorkflowDefinitionService>().GetDefinitionAsync(definitionId, null, ct);
        var definition = found.IsSuccess ? found.Value : throw new InvalidOperationException($"{definitionId}: {found.Failure}");
        var interpreter = engine.Get<IWorkflowInterpreter>();
        var environment = new WorkflowEnvironment("bench", definitionId, "bench", 1, TimeProvider.System, null, Actor.System);
        foreach (var input in Scores(2_000, 5))
        {
            await interpreter.StartAsync(definition, new WorkflowState(), environment, null, input, ct);
        }
        var inputs = Scores(bursts, 6);
        return await LoadRunner.RunAsync(1, bursts, async (_, i, c) =>
        {
            var burst = await interpreter.StartAsync(definition, new WorkflowState(), environment, null, inputs[i], c);
            if (burst.State.SubStatus != WorkflowSubStatus.Finished)
            {
                throw new InvalidOperationException($"The burst ended {burst.State.SubStatus}.");
            }
        }, ct);
    }

    /// <summary>The built-ins workflow's input: a score, and whether sales should call (about a third are hot).</summary>
    private static List<JsonObject> Scores(int count, int seed)
    {
        var random = new Random(seed);
        var inputs = new List<JsonObject>(count);
        for (var i = 0; i < count; i++)
        {
            var score = random.Next(0, 100);
            inputs.Add(new JsonObject { ["score"] = score, ["hot"] = score >= 67 });
        }
        return inputs;
    }

    private static void Step(string text) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {text}");
}
