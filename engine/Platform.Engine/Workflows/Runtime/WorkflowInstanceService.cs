using System.Text.Json.Nodes;
using Platform.Engine.Common;

namespace Platform.Engine.Workflows.Runtime;

/// <summary>Reads instances for lists and the instance page; the runtime does every change.</summary>
public sealed class WorkflowInstanceService(WorkflowInstanceStore instances, WorkflowJournalStore journal, WorkflowDefinitionStore definitions)
{
    private const int MaxJournal = 2_000;

    public Task<IReadOnlyList<WorkflowInstance>> ListAsync(InstanceFilter filter, CancellationToken ct) =>
        instances.ListAsync(filter with { Limit = Math.Clamp(filter.Limit, 1, 500) }, ct);

    public async Task<Result<WorkflowInstanceDetails>> GetAsync(string id, CancellationToken ct)
    {
        if (await instances.FindAsync(id, ct) is not { } found)
        {
            return new NotFoundFailure(Texts.Get("workflowInstance.notFound", id));
        }
        var state = WorkflowStateJson.Read(found.State);
        var version = await definitions.FindAsync(found.Instance.DefinitionId, found.Instance.Version, ct);
        var declared = version is null ? [] : WorkflowParser.Parse(version.Json).Variables;
        var variables = new JsonObject();
        foreach (var (key, value) in state.Variables)
        {
            var name = declared.FirstOrDefault(v => v.Id == key)?.Name ?? key;
            variables[name] = value?.DeepClone();
        }
        return new WorkflowInstanceDetails(
            found.Instance, variables, state.Input, state.Output, state.Bookmarks, state.Incidents,
            await journal.ListAsync(id, MaxJournal, ct), state.Contexts);
    }
}
