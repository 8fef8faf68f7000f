using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Records;
using Platform.Engine.Storage;
using Platform.Engine.Workflows.Runtime;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// Turns record events into workflow stimuli inside the write that raised them, so a workflow starts (or a
/// waiting one resumes) exactly when the change commits, and never for a change that rolled back. It also
/// keeps each record's <c>Platform.DateReached</c> fires in step with its dates.
/// </summary>
internal sealed class WorkflowRecordEvents(EntityCatalog catalog, WorkflowStimuli stimuli, WorkflowListeners listeners, LocalCalendar local,
    TimeProvider clock) : IRecordEventSink
{
    public async Task OnRecordEventAsync(WriteScope scope, RecordEvent recordEvent, CancellationToken ct)
    {
        var entity = await catalog.FindAsync(recordEvent.Entity, ct);
        foreach (var stimulus in RecordStimuli.For(recordEvent, entity))
        {
            if (await listeners.HearAsync(scope, stimulus, ct))
            {
                await stimuli.RaiseInScopeAsync(scope, stimulus, ct);
            }
        }
        var rules = await listeners.PayloadsAsync(scope, DateReachedActivity.Name, ct);
        foreach (var fire in RecordStimuli.DateFires(recordEvent, rules, local.Zone, clock.GetUtcNow()))
        {
            await stimuli.CancelScheduledInScopeAsync(scope, fire.Key, ct);
            if (fire is { DueAt: { } due, Stimulus: { } stimulus })
            {
                await stimuli.ScheduleInScopeAsync(scope, stimulus, due, fire.Key, ct);
            }
        }
    }
}
