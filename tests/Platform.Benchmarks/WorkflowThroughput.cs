using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Platform.Engine.Identity;
using Platform.Engine.Workflows;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Runtime;

namespace Platform.Benchmarks;

/// <summary>
/// Started-to-finished per second for the lead-intake workflow: many <see cref="WorkflowRuntime.RunAsync"/> calls in
/// flight in this process (the writer group-commits them), one at a time for the latency of a lone start, the
/// interpreter alone without storage (where the time goes), and <c>POST /api/workflows/{id}/run</c> against the server.
/// </summary>
public static class WorkflowThroughput
{
    public static async Task InProcessAsync(InProcessEngine engine, string definitionId, WorkflowBenchOptions options, ResultTable results, CancellationToken ct)
    {
        var runtime = engine.Get<WorkflowRuntime>();
        Func<int, int, CancellationToken, Task> Start(IReadOnlyList<JsonObject> inputs) => async (_, i, c) =>
        {
            var run = await runtime.RunAsync(definitionId, inputs[i], null, Actor.System, c);
            if (!run.IsSuccess || run.Value.SubStatus != WorkflowSubStatus.Finished)
            {
                throw new InvalidOperationException($"A run did not finish: {(run.IsSuccess ? run.Value.SubStatus : run.Failure)}");
            }
        };
        Step($"Warm-up: {options.Runs / 4:N0} starts, {options.Concurrency} in flight (untimed)");
        await LoadRunner.RunAsync(options.Concurrency, options.Runs / 4, Start(Inputs(options.Runs / 4, 1)), ct);

        var rounds = new List<LatencyStats>();
        for (var round = 0; round < options.Rounds; round++)
        {
            Step($"Round {round + 1} of {options.Rounds}: {options.Runs:N0} starts, {options.Concurrency} in flight");
            var inputs = Inputs(options.Runs, round + 2);
            rounds.Add(await LoadRunner.RunAsync(options.Concurrency, options.Runs, Start(inputs), ct));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rounds[^1].PerSecond:N0}/s"));
        }
        var median = rounds.OrderBy(r => r.PerSecond).ElementAt(rounds.Count / 2);
        results.AddThroughput($"Lead intake started → finished, in-process `WorkflowRuntime.RunAsync`, {options.Concurrency} in flight", median,
            ResultTable.Goal.AtLeast(1_000), "instances",
            $"median of {rounds.Count} rounds ({string.Join(", ", rounds.Select(r => r.PerSecond.ToString("N0", CultureInfo.InvariantCulture)))}/s); latencies per start");

        var lone = Math.Min(options.Runs, 2_000);
        Step($"{lone:N0} starts one at a time");
        results.AddThroughput("Lead intake started → finished, in-process, one at a time", await LoadRunner.RunAsync(1, lone, Start(Inputs(lone, 99)), ct),
            null, "instances");

        Step("The interpreter alone (no database), one thread");
        results.AddThroughput("…of which the interpreter's burst alone (no database, state not stored), one thread",
            await InterpreterAloneAsync(engine, definitionId, lone * 5, ct), null, "bursts");
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
                var definition = await File.ReadAllBytesAsync(WorkflowBench.DefinitionPath(repo, "lead-intake.json"), ct);
                await apis[0].PostAsync("/api/workflows", definition, HttpStatusCode.Created, ct);
                await apis[0].PostAsync($"/api/workflows/{WorkflowBench.LeadIntake}/publish", [], HttpStatusCode.OK, ct);
                var bodies = Inputs(options.Runs, 7).Select(i => Encoding.UTF8.GetBytes(new JsonObject { ["input"] = i }.ToJsonString())).ToArray();
                var path = $"/api/workflows/{WorkflowBench.LeadIntake}/run";
                Func<int, int, CancellationToken, Task> Run = (worker, i, c) => apis[worker].PostAsync(path, bodies[i], HttpStatusCode.OK, c);
                Step($"Warm-up over HTTP: {options.Runs / 4:N0} runs (untimed)");
                await LoadRunner.RunAsync(options.HttpClients, options.Runs / 4, Run, ct);
                Step($"{options.Runs:N0} runs over HTTP, {options.HttpClients} clients");
                results.AddThroughput($"Lead intake started → finished, `POST /api/workflows/{{id}}/run`, {options.HttpClients} clients",
                    await LoadRunner.RunAsync(options.HttpClients, options.Runs, Run, ct), ResultTable.Goal.AtLeast(1_000), "instances",
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

    /// <summary>
    /// Bursts of the interpreter over a fresh state, as the runtime runs them but without a write: what is left of a
    /// start's cost is the database (reading the definition, writing the instance, its journal, the commit).
    /// </summary>
    private static async Task<LatencyStats> InterpreterAloneAsync(InProcessEngine engine, string definitionId, int bursts, CancellationToken ct)
    {
        var found = await engine.Get<WorkflowDefinitionService>().GetDefinitionAsync(definitionId, null, ct);
        var definition = found.IsSuccess ? found.Value : throw new InvalidOperationException($"{definitionId}: {found.Failure}");
        var interpreter = engine.Get<IWorkflowInterpreter>();
        var inputs = Inputs(bursts, 5);
        var environment = new WorkflowEnvironment("bench", definitionId, "bench", 1, TimeProvider.System, null, Actor.System);
        for (var i = 0; i < 2_000; i++)
        {
            await interpreter.StartAsync(definition, new WorkflowState(), environment, null, Inputs(1, i)[0], ct);
        }
        return await LoadRunner.RunAsync(1, bursts, async (_, i, c) =>
        {
            var burst = await interpreter.StartAsync(definition, new WorkflowState(), environment, null, inputs[i], c);
            if (burst.State.SubStatus != WorkflowSubStatus.Finished)
            {
                throw new InvalidOperationException($"The burst ended {burst.State.SubStatus}.");
            }
        }, ct);
    }

    /// <summary>Leads as a web form sends them: a score, and whether sales should call (about a third are hot).</summary>
    private static List<JsonObject> Inputs(int count, int seed)
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
