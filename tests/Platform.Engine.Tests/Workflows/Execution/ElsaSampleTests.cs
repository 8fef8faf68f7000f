using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Expressions;

namespace Platform.Engine.Tests.Workflows.Execution;

/// <summary>
/// Each Elsa export in tests/fixtures/elsa runs with the outcome Elsa's own test for it expects (see the fixtures'
/// README for where those tests are). Scripts in the samples are stood in for by <see cref="ScriptedJavaScript"/>.
/// </summary>
public sealed class ElsaSampleTests
{
    [Fact]
    public async Task HelloWorld_FinishesAndWritesHelloWorld()
    {
        var run = WorkflowRun.Sample("BasicWorkflows__hello-world.json");

        await run.StartAsync();

        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Equal(WorkflowStatus.Finished, run.State.Status);
        Assert.Equal(["Hello World!"], run.Lines);
        Assert.Empty(run.State.Contexts);
    }

    [Fact]
    public async Task WriteLine_WritesItsText()
    {
        var run = WorkflowRun.Sample("ImportAndExecute__writeline.json");

        await run.RunUntilEndAsync();

        Assert.Equal(["Dummy Text"], run.Lines);
    }

    [Fact]
    public async Task ImplicitLoop_LoopsBackOnceThenLeaves_WhenTheCounterPassesOne()
    {
        var run = WorkflowRun.Sample("ImportAndExecute__implicit-loop.json", Scripts.Counter);

        await run.RunUntilEndAsync();

        Assert.Equal(["Do something", "Retry", "Do something", "Done"], run.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Equal(2, run.State.Variables["b1198ecccf3f435abe462dc37012cda9"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("ExplicitJoins__join-any-1.json", new[] { "Start", "End" })]
    [InlineData("ExplicitJoins__join-all-1.json", new[] { "Start", "Line 1", "Line 2", "End" })]
    public async Task ExplicitJoins_CompleteTheWorkflow(string file, string[] lines)
    {
        var run = WorkflowRun.Sample(file);

        await run.RunUntilEndAsync();

        Assert.Equal(lines, run.Lines);
        Assert.Equal(WorkflowStatus.Finished, run.State.Status);
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
    }

    [Theory]
    [InlineData("FlowchartCompletion__workflow1.json", 3)]
    [InlineData("FlowchartCompletion__workflow2.json", 9)]
    [InlineData("FlowchartCompletion__workflow3.json", 9)]
    public async Task FlowchartCompletion_Finishes_AfterEveryLineRanOnce(string file, int lines)
    {
        var run = WorkflowRun.Sample(file);

        await run.RunUntilEndAsync();

        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Equal(lines, run.Lines.Count);
        Assert.Equal(lines, run.Lines.Distinct().Count());
    }

    [Fact]
    public async Task FlowchartCompletion_WaitsForBothDelays_BeforeTheLinesAfterThem()
    {
        var run = WorkflowRun.Sample("FlowchartCompletion__workflow3.json");

        await run.StartAsync();

        Assert.Equal(WorkflowSubStatus.Suspended, run.Status);
        Assert.Equal(["Elsa.Delay", "Elsa.Delay"], run.State.Bookmarks.Select(b => b.Name));
        Assert.DoesNotContain("WriteLine7", run.Lines);
        Assert.DoesNotContain("WriteLine9", run.Lines);
        var delay = run.State.Bookmarks.Single(b => b.ActivityId == "Delay1");
        Assert.Equal(run.Clock.GetUtcNow().AddSeconds(5), delay.DueAt);
    }

    [Fact]
    public async Task DecisionMerge_ReachesTheEnd_ThroughTheImplicitJoin()
    {
        var run = WorkflowRun.Sample("JoinBehaviors__decision-merge-join-none.json");

        await run.RunUntilEndAsync();

        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Equal(1, run.Count("d5b9c2affe09a93b", JournalEvents.Completed));
    }

    [Fact]
    public async Task ForkDecisionJoinWaitAll_Blocks_WhenTheDecisionTakesTheFaultBranch()
    {
        var run = WorkflowRun.Sample("JoinBehaviors__fork-decision-join-waitall.json", Scripts.ReturnFalse);

        await run.RunUntilEndAsync();

        Assert.Equal(["A", "C", "B", "D"], run.Lines);
        Assert.Equal(JournalEvents.Skipped, run.Journal.Single(e => e.ActivityId == "80847eb320f89c72").Event);
        Assert.Equal(WorkflowSubStatus.Faulted, run.Status);
        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal("cfffbc06a0b6eeb0", incident.ActivityId);
        Assert.Contains("that went south", incident.Message);
    }

    [Theory]
    [InlineData("JoinBehaviors__parallel-join.json", "Elsa.ParallelForEach", "1f8625e278b74aa3")]
    [InlineData("HttpWorkflows__http-hello-world.json", "Elsa.HttpEndpoint", "3048105347912af5")]
    public async Task SampleWithAnActivityWithoutHandler_Loads_AndFaultsCleanlyThere(string file, string type, string notRun)
    {
        // The HTTP activities are registered by the runtime, not here; ParallelForEach is not supported at all.
        var run = WorkflowRun.Sample(file);

        await run.StartAsync();

        Assert.Equal(WorkflowSubStatus.Faulted, run.Status);
        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal(type, incident.ActivityType);
        Assert.Equal($"Activity type \"{type}\" is not supported.", incident.Message);
        Assert.Equal(0, run.Count(notRun, JournalEvents.Started));
        Assert.Empty(run.State.Bookmarks);
    }

    [Fact]
    public async Task CronEveryHour_RunsTheLine_WhenItsTriggerStartsIt()
    {
        var run = WorkflowRun.Sample("ImportAndPublish__cron-every-hour.json");

        await run.StartAsync(triggerActivityId: "13658e4b3bfafaaf");

        Assert.Equal(["Hello every hour"], run.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
    }

    [Fact]
    public async Task CronEveryHour_IndexesItsExpression_AndFiresOnTheHour()
    {
        var run = WorkflowRun.Sample("ImportAndPublish__cron-every-hour.json");
        var (cron, payload) = await IndexAsync(run, "13658e4b3bfafaaf");

        Assert.Equal("Elsa.Cron", payload.Name);
        Assert.Equal("0 0 * * * *", payload.Payload["cronExpression"]!.GetValue<string>());
        var now = run.Clock.GetUtcNow().AddMinutes(1);
        Assert.Equal(new DateTimeOffset(2026, 6, 15, 10, 0, 0, TimeSpan.Zero), cron.NextOccurrence(payload.Payload, now, now));
    }

    [Fact]
    public async Task BadCronExpression_FailsToIndex_WithCronosReason()
    {
        var run = WorkflowRun.Sample("ImportAndPublish__bad-cron-expression.json");

        var error = await Assert.ThrowsAsync<ExpressionException>(() => IndexAsync(run, "13658e4b3bfafaaf"));

        Assert.StartsWith("Error when parsing cron expression: ", error.Message);
    }

    [Fact]
    public async Task TimerWorkflow_RunsTheLine_WhenItsTriggerStartsIt()
    {
        var run = WorkflowRun.Sample("ImportAndPublish__timer-workflow.json");

        await run.StartAsync(triggerActivityId: "89ab56281a99239");

        Assert.Equal(["Hello from timer"], run.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
    }

    [Fact]
    public async Task TimerWorkflow_WaitsOneInterval_WhenRunWithoutItsTrigger()
    {
        var run = WorkflowRun.Sample("ImportAndPublish__timer-workflow.json");

        await run.StartAsync();

        var bookmark = Assert.Single(run.State.Bookmarks);
        Assert.Equal("Elsa.Timer", bookmark.Name);
        Assert.Equal(run.Clock.GetUtcNow().AddMinutes(1), bookmark.DueAt);
        Assert.Empty(run.Lines);
        run.Clock.Advance(TimeSpan.FromMinutes(1));
        await run.ResumeAsync(bookmark.Id);
        Assert.Equal(["Hello from timer"], run.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
    }

    private static async Task<(IScheduledTrigger Trigger, TriggerPayload Payload)> IndexAsync(WorkflowRun run, string activityId)
    {
        var node = run.Definition.Root.Activities.Single(a => a.Id == activityId);
        var trigger = (IScheduledTrigger)Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<ActivityRegistry>(run.Services).FindTrigger(node.Type)!;
        var interpreter = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<WorkflowInterpreter>(run.Services);
        var input = interpreter.InputReader(run.Definition, node, run.Environment, null, CancellationToken.None);
        return (trigger, Assert.Single(await trigger.IndexAsync(node, input, CancellationToken.None)));
    }

    /// <summary>The scripts of the samples, as C#.</summary>
    private static class Scripts
    {
        public static Dictionary<string, Func<IExpressionScope, JsonNode?>> Counter => new()
        {
            ["getCounter() + 1"] = scope => scope.GetVariable("Counter")!.GetValue<long>() + 1,
            ["getCounter() > 1"] = scope => scope.GetVariable("Counter")!.GetValue<long>() > 1,
        };

        public static Dictionary<string, Func<IExpressionScope, JsonNode?>> ReturnFalse => new()
        {
            ["return false;"] = _ => false,
        };
    }
}
