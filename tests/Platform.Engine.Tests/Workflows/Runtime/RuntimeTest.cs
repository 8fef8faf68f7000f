using System.Text.Json.Nodes;
using Dapper;
using Platform.Engine.Identity;
using Platform.Engine.Workflows;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Runtime;

namespace Platform.Engine.Tests.Workflows.Runtime;

/// <summary>An engine with the workflow runtime: publish definitions, raise stimuli, run due jobs as the scheduler does.</summary>
public abstract class RuntimeTest : EngineTest
{
    protected WorkflowRuntime Runtime => Engine.Get<WorkflowRuntime>();

    protected WorkflowScheduler Scheduler => Engine.Get<WorkflowScheduler>();

    protected async Task PublishAsync(string json)
    {
        var created = await Engine.Get<WorkflowDefinitionService>().CreateAsync(json, CancellationToken.None);
        Assert.True(created.IsSuccess, EngineFixture.Describe(created.Failure));
        var published = await Engine.Get<WorkflowDefinitionService>().PublishAsync(created.Value.DefinitionId, CancellationToken.None);
        Assert.True(published.IsSuccess, EngineFixture.Describe(published.Failure));
    }

    protected async Task<WorkflowInstance> RunAsync(string definitionId, JsonObject? input = null, string? correlationId = null)
    {
        var run = await Runtime.RunAsync(definitionId, input ?? [], correlationId, EngineFixture.Admin, CancellationToken.None);
        Assert.True(run.IsSuccess, EngineFixture.Describe(run.Failure));
        return run.Value;
    }

    /// <summary>Queues a stimulus in a write of its own and lets the scheduler deliver it.</summary>
    protected async Task RaiseAsync(Stimulus stimulus, bool deliver = true)
    {
        var written = await Engine.Database.WriteAsync<bool>(async scope =>
        {
            await Engine.Get<WorkflowStimuli>().RaiseInScopeAsync(scope, stimulus, CancellationToken.None);
            return true;
        }, CancellationToken.None);
        Assert.True(written.IsSuccess);
        if (deliver)
        {
            await Scheduler.RunDueAsync(CancellationToken.None);
        }
    }

    protected async Task<WorkflowInstanceDetails> InstanceAsync(string id)
    {
        var found = await Engine.Get<WorkflowInstanceService>().GetAsync(id, CancellationToken.None);
        Assert.True(found.IsSuccess, EngineFixture.Describe(found.Failure));
        return found.Value;
    }

    protected Task<IReadOnlyList<WorkflowInstance>> InstancesAsync(string? definitionId = null, string? status = null) =>
        Engine.Get<WorkflowInstanceService>().ListAsync(new InstanceFilter(status, definitionId), CancellationToken.None);

    protected Task<long> CountAsync(string table) =>
        Engine.Database.ReadAsync(c => c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}"), CancellationToken.None);

    /// <summary>The WriteLine activities that completed, in order, by id, read from the journal.</summary>
    protected static IReadOnlyList<string> CompletedWriteLines(WorkflowInstanceDetails details) =>
        [.. details.Journal.Where(j => j.ActivityType == "Elsa.WriteLine" && j.Event == JournalEvents.Completed)
            .Select(j => j.ActivityId)];

    protected static Actor Admin => EngineFixture.Admin;
}
