using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// The record an activity acts on: its <c>entity</c> and <c>recordId</c> inputs, or, where they are left
/// out, the record the workflow was started for (a record trigger's input). Naming only the entity picks the
/// workflow's record when it is of that entity.
/// </summary>
public static class RecordTarget
{
    public static async ValueTask<(string Entity, long RecordId)?> OptionalAsync(ActivityContext context, CancellationToken ct) =>
        (await ReadAsync(context, ct)).Target;

    public static async ValueTask<(string Entity, long RecordId)> RequiredAsync(ActivityContext context, CancellationToken ct)
    {
        var (entity, target) = await ReadAsync(context, ct);
        return target ?? throw ActivityInputs.Missing(entity is null ? RecordPayload.Entity : RecordPayload.RecordId);
    }

    private static async ValueTask<(string? Entity, (string, long)? Target)> ReadAsync(ActivityContext context, CancellationToken ct)
    {
        var entity = await context.TextAsync(RecordPayload.Entity, ct);
        var id = await context.IdAsync(RecordPayload.RecordId, ct);
        var own = RecordPayload.Target(context.Workflow.Input);
        return (entity, (entity, id) switch
        {
            (null, null) => own,
            (null, _) => throw ActivityInputs.Missing(RecordPayload.Entity),
            ({ } e, { } i) => (e, i),
            ({ } e, null) => own is { } o && o.Entity == e ? o : null,
        });
    }
}
