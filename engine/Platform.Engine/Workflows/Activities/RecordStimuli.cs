using System.Text.Json.Nodes;
using Platform.Engine.Entities;
using Platform.Engine.Records;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// What a record event means to workflows: the stimuli it sends (name and payload as the record triggers
/// index them, the record payload as input, correlated to the record), and how it moves the scheduled fires
/// of <c>Platform.DateReached</c> triggers.
/// </summary>
public static class RecordStimuli
{
    /// <summary>
    /// The stimuli of <paramref name="recordEvent"/>: created, updated (plus one stage change per stage field
    /// that moved), deleted, or a form submission. <paramref name="entity"/> tells which fields are stage fields.
    /// </summary>
    public static IReadOnlyList<Stimulus> For(RecordEvent recordEvent, EntityDefinition? entity)
    {
        var input = RecordPayload.From(recordEvent);
        var byEntity = new JsonObject { [RecordPayload.Entity] = recordEvent.Entity };
        switch (recordEvent.Kind)
        {
            case RecordEventKinds.Created:
                return [Stimulus(RecordCreatedActivity.Name, byEntity, input, recordEvent)];
            case RecordEventKinds.Deleted:
                return [Stimulus(RecordDeletedActivity.Name, byEntity, input, recordEvent)];
            case RecordEventKinds.FormSubmitted when recordEvent.Form is { } form:
                return [Stimulus(FormSubmittedActivity.Name, new JsonObject { [FormSubmittedActivity.Form] = form.Slug }, input, recordEvent)];
            case RecordEventKinds.Updated:
                var stimuli = new List<Stimulus> { Stimulus(RecordUpdatedActivity.Name, byEntity, input, recordEvent) };
                foreach (var change in recordEvent.Changes ?? [])
                {
                    if (entity?.Field(change.Field)?.Type == FieldTypeNames.Stage)
                    {
                        var stageInput = (JsonObject)input.DeepClone();
                        stageInput[StageChangedActivity.Field] = change.Field;
                        var payload = new JsonObject { [RecordPayload.Entity] = recordEvent.Entity, [StageChangedActivity.Field] = change.Field };
                        stimuli.Add(Stimulus(StageChangedActivity.Name, payload, stageInput, recordEvent));
                    }
                }
                return stimuli;
            default:
                return [];
        }
    }

    /// <summary>
    /// How <paramref name="recordEvent"/> moves the fires of the published DateReached rules
    /// (<paramref name="rules"/>, trigger payloads): every fire of the record is dropped, and on a create, an
    /// update or a restore scheduled again for the date as saved when that moment is still ahead of
    /// <paramref name="now"/>. Rescheduling on every save keeps the fire's input current and also picks up
    /// records saved before the rule was published.
    /// </summary>
    public static IReadOnlyList<DateFire> DateFires(RecordEvent recordEvent, IEnumerable<JsonObject> rules, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (recordEvent.Kind is not (RecordEventKinds.Created or RecordEventKinds.Updated or RecordEventKinds.Deleted or RecordEventKinds.Restored))
        {
            return [];
        }
        var fires = new List<DateFire>();
        foreach (var payload in rules.DistinctBy(p => BookmarkHash.Compute(DateReachedActivity.Name, p)))
        {
            if (DateRule.FromPayload(payload) is not { } rule || rule.Entity != recordEvent.Entity)
            {
                continue;
            }
            var key = $"{DateReachedActivity.Name}:{BookmarkHash.Compute(DateReachedActivity.Name, payload)}:{recordEvent.Entity}:{recordEvent.RecordId}";
            var due = recordEvent.Kind == RecordEventKinds.Deleted ? null : rule.DueAt(RecordPayload.ToJson(recordEvent.Record.GetValueOrDefault(rule.Field)), zone);
            if (due is null || due <= now)
            {
                fires.Add(new DateFire(key, null, null));
                continue;
            }
            var input = RecordPayload.From(recordEvent with { Changes = null });
            input["field"] = rule.Field;
            input["dueAt"] = Common.Timestamps.Format(due.Value);
            fires.Add(new DateFire(key, due, Stimulus(DateReachedActivity.Name, (JsonObject)payload.DeepClone(), input, recordEvent)));
        }
        return fires;
    }

    private static Stimulus Stimulus(string name, JsonObject payload, JsonObject input, RecordEvent recordEvent) =>
        new(name, payload, input, RecordPayload.CorrelationId(recordEvent.Entity, recordEvent.RecordId));
}
