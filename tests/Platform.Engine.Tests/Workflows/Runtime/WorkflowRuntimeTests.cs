using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Runtime;
using static Platform.Engine.Tests.Workflows.Runtime.Flows;

namespace Platform.Engine.Tests.Workflows.Runtime;

public sealed class WorkflowRuntimeTests : RuntimeTest
{
    [Fact]
    public async Task Run_FinishesAFlowWithoutWaits_AndJournalsEveryActivity()
    {
        await PublishAsync(Chain("hello", null, WriteLine("a", "Hello"), WriteLine("b", "world")));

        var instance = await RunAsync("hello");

        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Finished), (instance.Status, instance.SubStatus));
        var details = await InstanceAsync(instance.Id);
        Assert.Equal(["a", "b"], CompletedWriteLines(details));
        Assert.Empty(details.Bookmarks);
        Assert.NotNull(details.Instance.FinishedAt);
    }

    [Fact]
    public async Task Run_RefusesADefinitionThatIsNotPublished()
    {
        var created = await Engine.Get<Platform.Engine.Workflows.WorkflowDefinitionService>()
            .CreateAsync(Chain("draft", null, WriteLine("a", "x")), CancellationToken.None);
        Assert.True(created.IsSuccess);

        var run = await Runtime.RunAsync("draft", [], null, Admin, CancellationToken.None);
        var missing = await Runtime.RunAsync("nope", [], null, Admin, CancellationToken.None);

        Assert.IsType<Platform.Engine.Common.ConflictFailure>(run.Failure);
        Assert.IsType<Platform.Engine.Common.NotFoundFailure>(missing.Failure);
        Assert.Equal(0, await CountAsync("sys_workflow_instances"));
    }

    [Fact]
    public async Task Delay_SuspendsOnATimer_ThatFiresOnceWhenDue()
    {
        await PublishAsync(Chain("wait", null, WriteLine("a", "before"), Delay("d", "01:00:00"), WriteLine("b", "after")));

        var instance = await RunAsync("wait");
        Assert.Equal(WorkflowSubStatus.Suspended, instance.SubStatus);
        var waiting = await InstanceAsync(instance.Id);
        var timer = Assert.Single(waiting.Bookmarks);
        Assert.Equal(Engine.Clock.GetUtcNow().AddHours(1), timer.DueAt);
        Assert.Equal(1, await CountAsync("sys_workflow_jobs"));

        Engine.Clock.Advance(TimeSpan.FromMinutes(59));
        await Scheduler.RunDueAsync(CancellationToken.None);
        Assert.Equal(WorkflowSubStatus.Suspended, (await InstanceAsync(instance.Id)).Instance.SubStatus);

        Engine.Clock.Advance(TimeSpan.FromMinutes(1));
        await Scheduler.RunDueAsync(CancellationToken.None);
        await Scheduler.RunDueAsync(CancellationToken.None);

        var done = await InstanceAsync(instance.Id);
        Assert.Equal(WorkflowSubStatus.Finished, done.Instance.SubStatus);
        Assert.Equal(["a", "b"], CompletedWriteLines(done));
        Assert.Equal(0, await CountAsync("sys_workflow_jobs"));
        Assert.Equal(0, await CountAsync("sys_workflow_bookmarks"));
    }

    [Fact]
    public async Task Timer_SurvivesARestart_AndFiresExactlyOnce()
    {
        await PublishAsync(Chain("restart", null, Delay("d", "2.00:00:00"), WriteLine("b", "after")));
        var instance = await RunAsync("restart");

        Engine = await Engine.RestartAsync();
        Engine.Clock.Advance(TimeSpan.FromDays(3));
        await Scheduler.RunDueAsync(CancellationToken.None);
        Engine = await Engine.RestartAsync();
        await Scheduler.RunDueAsync(CancellationToken.None);

        var done = await InstanceAsync(instance.Id);
        Assert.Equal(WorkflowSubStatus.Finished, done.Instance.SubStatus);
        Assert.Equal(["b"], CompletedWriteLines(done));
    }

    [Fact]
    public async Task Event_StartsPublishedWorkflows_AndResumesOnlyTheCorrelatedInstance()
    {
        await PublishAsync(Chain("follow-up", null, Event("start", "lead.created", trigger: true), Event("wait", "lead.contacted"), WriteLine("done", "contacted")));

        await RaiseAsync(new Stimulus("Elsa.Event", new JsonObject { ["eventName"] = "lead.created" }, [], "lead:1"));
        await RaiseAsync(new Stimulus("Elsa.Event", new JsonObject { ["eventName"] = "lead.created" }, [], "lead:2"));
        var started = await InstancesAsync("follow-up");
        Assert.Equal(2, started.Count);
        Assert.All(started, i => Assert.Equal(WorkflowSubStatus.Suspended, i.SubStatus));

        await RaiseAsync(new Stimulus("Elsa.Event", new JsonObject { ["eventName"] = "lead.contacted" }, [], "lead:2"));

        var after = (await InstancesAsync("follow-up")).ToDictionary(i => i.CorrelationId!);
        Assert.Equal(WorkflowSubStatus.Suspended, after["lead:1"].SubStatus);
        Assert.Equal(WorkflowSubStatus.Finished, after["lead:2"].SubStatus);
    }

    [Fact]
    public async Task Stimulus_RaisedInAWriteThatRollsBack_StartsNothing()
    {
        await PublishAsync(Chain("on-event", null, Event("start", "ping", trigger: true), WriteLine("a", "pong")));

        var written = await Engine.Database.WriteAsync<bool>(async scope =>
        {
            await Engine.Get<WorkflowStimuli>().RaiseInScopeAsync(scope, new Stimulus("Elsa.Event", new JsonObject { ["eventName"] = "ping" }), CancellationToken.None);
            return new Platform.Engine.Common.ConflictFailure("changed my mind");
        }, CancellationToken.None);
        await Scheduler.RunDueAsync(CancellationToken.None);

        Assert.False(written.IsSuccess);
        Assert.Empty(await InstancesAsync("on-event"));
    }

    [Fact]
    public async Task Cron_StartsOneInstancePerOccurrence_FromTheElsaExport()
    {
        await PublishAsync(File.ReadAllText(RepoFiles.PathOf("tests", "fixtures", "elsa", "ImportAndPublish__cron-every-hour.json")));
        Assert.Equal(1, await CountAsync("sys_workflow_jobs"));

        for (var hour = 0; hour < 3; hour++)
        {
            Engine.Clock.Advance(TimeSpan.FromHours(1));
            await Scheduler.RunDueAsync(CancellationToken.None);
        }

        var instances = await InstancesAsync();
        Assert.Equal(3, instances.Count);
        Assert.All(instances, i => Assert.Equal(WorkflowSubStatus.Finished, i.SubStatus));
        Assert.Equal(1, await CountAsync("sys_workflow_jobs"));
    }

    [Fact]
    public async Task Singleton_ActivationStrategy_StartsNoSecondInstanceWhileOneRuns()
    {
        var options = new JsonObject { ["activationStrategyType"] = "Elsa.Workflows.ActivationStrategies.SingletonStrategy, Elsa.Workflows.Core" };
        await PublishAsync(Chain("single", options, Event("start", "go", trigger: true), Delay("d", "01:00:00")));

        await RaiseAsync(new Stimulus("Elsa.Event", new JsonObject { ["eventName"] = "go" }));
        await RaiseAsync(new Stimulus("Elsa.Event", new JsonObject { ["eventName"] = "go" }));
        Assert.Single(await InstancesAsync("single"));

        Engine.Clock.Advance(TimeSpan.FromHours(1));
        await Scheduler.RunDueAsync(CancellationToken.None);
        await RaiseAsync(new Stimulus("Elsa.Event", new JsonObject { ["eventName"] = "go" }));
        Assert.Equal(2, (await InstancesAsync("single")).Count);
    }

    [Fact]
    public async Task Cancel_EndsTheInstance_AndDropsItsTimers()
    {
        await PublishAsync(Chain("cancel-me", null, Delay("d", "1.00:00:00"), WriteLine("b", "never")));
        var instance = await RunAsync("cancel-me");

        var cancelled = await Runtime.CancelAsync(instance.Id, CancellationToken.None);
        var again = await Runtime.CancelAsync(instance.Id, CancellationToken.None);
        Engine.Clock.Advance(TimeSpan.FromDays(2));
        await Scheduler.RunDueAsync(CancellationToken.None);

        Assert.Equal(WorkflowSubStatus.Cancelled, cancelled.Value!.SubStatus);
        Assert.IsType<Platform.Engine.Common.ConflictFailure>(again.Failure);
        Assert.Equal(0, await CountAsync("sys_workflow_jobs"));
        Assert.Empty(CompletedWriteLines(await InstanceAsync(instance.Id)));
    }

    [Fact]
    public async Task Fault_RecordsAnIncident_AndRetryRunsTheActivityAgain()
    {
        var fault = Node("boom", "Elsa.Fault", false, ("message", Literal("Out of coffee")));
        await PublishAsync(Chain("faulty", null, WriteLine("a", "start"), fault));

        var instance = await RunAsync("faulty");
        var details = await InstanceAsync(instance.Id);
        var incident = Assert.Single(details.Incidents);
        var retried = await Runtime.RetryAsync(instance.Id, incident.Id, CancellationToken.None);
        var nothing = await Runtime.RetryAsync(instance.Id, "no-such-incident", CancellationToken.None);

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Contains("Out of coffee", incident.Message);
        Assert.True(retried.IsSuccess, EngineFixture.Describe(retried.Failure));
        var after = await InstanceAsync(instance.Id);
        Assert.Equal(2, after.Journal.Count(j => j.ActivityId == "boom" && j.Event == JournalEvents.Faulted));
        Assert.Equal(["a"], CompletedWriteLines(after));
        Assert.IsType<Platform.Engine.Common.ConflictFailure>(nothing.Failure);
    }
}
