using System.Globalization;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Records;
using Platform.Engine.Storage;
using Platform.Engine.Workflows.Activities;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Runtime;

namespace Platform.Engine.Workflows.DryRun;

/// <summary>
/// Tries a workflow's latest version (the draft) against real records without keeping anything: every record
/// runs through the real interpreter and activities inside one write that is rolled back at the end, on a
/// clock of its own that jumps to each timer until the horizon. What the bursts wrote (field changes, tasks,
/// notifications, e-mails and webhooks in the outbox) is read back inside that write before it is undone, and
/// HTTP requests are noted instead of sent. The records share the write, so a round-robin assignment turns
/// from one record to the next exactly as it would for real.
/// </summary>
public sealed class WorkflowDryRunService(
    Database database,
    WorkflowDefinitionStore definitions,
    EntityCatalog entities,
    RecordReader reader,
    ViewStore views,
    UserStore users,
    IWorkflowInterpreter interpreter,
    ActivityRegistry registry,
    DryRunEffectStore effects,
    TimeProvider clock)
{
    /// <summary>Timer resumes per record before the run stops (a workflow that waits a minute in a loop for a week).</summary>
    public const int MaxResumes = 500;

    public async Task<Result<DryRunReport>> RunAsync(string definitionId, DryRunRequest request, Actor actor, CancellationToken ct)
    {
        if (await definitions.FindAsync(definitionId, null, ct) is not { } version)
        {
            return new NotFoundFailure(Texts.Get("workflow.notFound", definitionId));
        }
        var checkedRequest = await CheckAsync(request, ct);
        if (!checkedRequest.IsSuccess)
        {
            return checkedRequest.Failure;
        }
        var (entity, horizon) = checkedRequest.Value;
        var targets = await TargetsAsync(entity, request, ct);
        if (!targets.IsSuccess)
        {
            return targets.Failure;
        }
        var definition = WorkflowParser.Parse(version.Json);
        var trigger = TriggerFor(definition, entity.Slug);
        DryRunReport? report = null;
        var write = await database.WriteAsync<bool>(async scope =>
        {
            var startedAt = clock.GetUtcNow();
            var records = new List<DryRunRecord>();
            var errors = new ValidationErrors();
            foreach (var id in targets.Value.Ids)
            {
                var record = await reader.GetInScopeAsync(scope, entity.Slug, id, ct);
                if (!record.IsSuccess)
                {
                    errors.Add("recordIds", Texts.Get("record.notFound", id));
                    continue;
                }
                var run = new RecordRun(effects, interpreter, users, scope, definition, version, entity, id, record.Value, actor, startedAt, horizon);
                records.Add(await run.RunAsync(trigger, ct));
            }
            if (errors.Any)
            {
                return errors.ToFailure();
            }
            var activities = definition.Root.Activities.Select(a => (a.Id, a.Name)).ToList();
            report = new DryRunReport(definitionId, version.Version, entity.Slug, horizon.ToString("c", CultureInfo.InvariantCulture), startedAt,
                targets.Value.Matched, records, DryRunTotals.Of(records, activities));
            // Undo every write of the run: a failure result rolls the write back.
            return new RolledBack();
        }, ct);
        if (report is null)
        {
            return write.Failure!;
        }
        return report;
    }

    private async Task<Result<(EntityDefinition Entity, TimeSpan Horizon)>> CheckAsync(DryRunRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        EntityDefinition? entity = null;
        if (string.IsNullOrWhiteSpace(request.Entity))
        {
            errors.Add("entity", Texts.Get("dryRun.entity.required"));
        }
        else if ((entity = await entities.FindAsync(request.Entity, ct)) is null)
        {
            errors.Add("entity", Texts.Get("entity.notFound", request.Entity));
        }
        var byIds = request.RecordIds is { Count: > 0 };
        var byView = !string.IsNullOrWhiteSpace(request.ViewId);
        if (byIds == byView)
        {
            errors.Add(byIds ? "viewId" : "recordIds", Texts.Get("dryRun.records.oneOf"));
        }
        else if (byIds && (request.RecordIds!.Count > DryRunRequest.MaxRecords || request.RecordIds.Distinct().Count() != request.RecordIds.Count))
        {
            errors.Add("recordIds", Texts.Get("dryRun.records.limit", DryRunRequest.MaxRecords));
        }
        var horizon = DryRunRequest.DefaultHorizon;
        if (request.Horizon is { } text
            && (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out horizon) || horizon <= TimeSpan.Zero || horizon > DryRunRequest.MaxHorizon))
        {
            errors.Add("horizon", Texts.Get("dryRun.horizon", (int)DryRunRequest.MaxHorizon.TotalDays));
        }
        return errors.Any ? errors.ToFailure() : (entity!, horizon);
    }

    /// <summary>The records to run: the ids given, or the first ones the saved view lists (with how many it lists in all).</summary>
    private async Task<Result<(IReadOnlyList<long> Ids, int Matched)>> TargetsAsync(EntityDefinition entity, DryRunRequest request, CancellationToken ct)
    {
        if (request.RecordIds is { Count: > 0 } ids)
        {
            return (ids, ids.Count);
        }
        var view = (await views.ListAsync(entity.Slug, ct)).FirstOrDefault(v => v.Id == request.ViewId);
        if (view is null)
        {
            return ValidationFailure.For("viewId", Texts.Get("view.notFound", request.ViewId!));
        }
        var page = await reader.ListAsync(entity.Slug, new RecordQuery
        {
            Filter = view.Filter, Sort = view.Sort, Q = view.Q, Limit = DryRunRequest.MaxRecords, Count = true, Fields = [SystemFields.Id],
        }, ct);
        if (!page.IsSuccess)
        {
            return page.Failure;
        }
        var found = page.Value.Items.Select(i => Convert.ToInt64(i[SystemFields.Id], CultureInfo.InvariantCulture)).ToList();
        return (found, (int)(page.Value.Total ?? found.Count));
    }

    /// <summary>The record trigger of the flowchart that watches the entity; null starts at Elsa's start node.</summary>
    private string? TriggerFor(WorkflowDefinition definition, string entity) =>
        definition.Root.Activities.FirstOrDefault(a => registry.Find(a.Type) is RecordTrigger
            && InputValues.Text(WorkflowTriggers.StaticInput(a, RecordPayload.Entity)) == entity)?.Id;

    /// <summary>The failure that carries a finished dry run out of its write so that the write is undone.</summary>
    private sealed record RolledBack() : Failure("The dry run's writes are rolled back.");

    /// <summary>One record's run: its own clock, its bursts, and what each burst wrote.</summary>
    private sealed class RecordRun(
        DryRunEffectStore effects, IWorkflowInterpreter interpreter, UserStore users, WriteScope scope, WorkflowDefinition definition, WorkflowVersion version, EntityDefinition entity,
        long recordId, Dictionary<string, object?> record, Actor actor, DateTimeOffset start, TimeSpan horizon)
    {
        private readonly SimulatedClock _clock = new(start);
        private readonly DryRunCapture _capture = new();
        private readonly List<DryRunStep> _path = [];
        private readonly List<DryRunChange> _changes = [];
        private readonly List<DryRunCreated> _created = [];
        private readonly List<DryRunAssignment> _assignments = [];
        private readonly List<DryRunTask> _tasks = [];
        private readonly List<DryRunNotification> _notifications = [];
        private readonly List<DryRunMessage> _messages = [];
        private readonly Dictionary<long, string?> _userNames = [];

        public async Task<DryRunRecord> RunAsync(string? trigger, CancellationToken ct)
        {
            var environment = new WorkflowEnvironment("dry-run-" + Guid.NewGuid().ToString("N"), version.DefinitionId, version.Id, version.Version,
                _clock, scope, actor, _capture);
            var input = RecordPayload.From(new RecordEvent(RecordEventKinds.Created, entity.Slug, recordId, start, actor.UserId, record, []));
            var state = new WorkflowState { CorrelationId = RecordPayload.CorrelationId(entity.Slug, recordId) };
            var mark = await effects.MarkAsync(scope, ct);
            var burst = await interpreter.StartAsync(definition, state, environment, trigger, input, ct);
            mark = await CollectAsync(burst, mark, ct);
            var raised = new Queue<Stimulus>(burst.Raised);
            var resumes = 0;
            var stoppedEarly = false;
            var end = start + horizon;
            while (burst.State.Status != WorkflowStatus.Finished)
            {
                // An event the run raised for itself resumes its own waiting bookmark at once, as the runtime would deliver it.
                var (bookmark, stimulus) = NextRaised(raised, burst.State);
                bookmark ??= burst.State.Bookmarks.Where(b => b.DueAt is { } due && due <= end).MinBy(b => b.DueAt);
                if (bookmark is null)
                {
                    break;
                }
                if (++resumes > MaxResumes)
                {
                    stoppedEarly = true;
                    break;
                }
                if (bookmark.DueAt is { } at)
                {
                    _clock.MoveTo(at);
                }
                burst = await interpreter.ResumeAsync(definition, burst.State, environment, bookmark.Id, stimulus?.Input, ct);
                mark = await CollectAsync(burst, mark, ct);
                foreach (var next in burst.Raised)
                {
                    raised.Enqueue(next);
                }
            }
            _messages.AddRange(_capture.Requests.Select(r => new DryRunMessage("http", r.Url, r.Method, r.At)));
            var final = burst.State;
            var names = definition.Root.Descendants().GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
            return new DryRunRecord(
                recordId, entity.EffectiveDisplayField is { } display && record.TryGetValue(display, out var title) ? title?.ToString() : null,
                final.Status, final.SubStatus, _path, _changes, _created, _assignments, _tasks, _notifications, [.. _messages.OrderBy(m => m.At)],
                [.. final.Bookmarks.Select(b => new DryRunWait(b.ActivityId, names.GetValueOrDefault(b.ActivityId), b.Name, b.DueAt))],
                [.. final.Incidents.Select(i => new DryRunIncident(i.ActivityId, i.Message, i.Line, i.Column))],
                stoppedEarly);
        }

        private static (Bookmark? Bookmark, Stimulus? Stimulus) NextRaised(Queue<Stimulus> raised, WorkflowState state)
        {
            while (raised.TryDequeue(out var stimulus))
            {
                if (state.Bookmarks.Find(b => b.Hash == stimulus.Hash) is { } bookmark)
                {
                    return (bookmark, stimulus);
                }
            }
            return (null, null);
        }

        /// <summary>Notes a burst's journal and the rows it wrote, at the run's clock; answers the mark for the next burst.</summary>
        private async Task<DryRunMark> CollectAsync(BurstResult burst, DryRunMark mark, CancellationToken ct)
        {
            // The root flowchart's own lines are left out: the path is the activities people drew.
            _path.AddRange(burst.Journal
                .Where(j => j.ActivityId != definition.Root.Id)
                .Where(j => j.Event is JournalEvents.Completed or JournalEvents.Suspended or JournalEvents.Faulted or JournalEvents.Canceled)
                .Select(j => new DryRunStep(j.ActivityId, j.ActivityName, j.ActivityType, j.Event, j.At, j.Outcomes)));
            var now = _clock.GetUtcNow();
            var written = await effects.SinceAsync(scope, mark, ct);
            foreach (var line in written.Audit)
            {
                if (line.Action == AuditActions.Create)
                {
                    _created.Add(new DryRunCreated(line.Entity, line.RecordId, now));
                }
                else if (line.Action == AuditActions.Update && line.Entity == entity.Slug && line.RecordId == recordId)
                {
                    await AddChangesAsync(line.Changes, now, ct);
                }
            }
            _tasks.AddRange(written.Tasks.Select(t => new DryRunTask(t.Title, t.AssigneeId, t.AssigneeName,
                t.DueAt is null ? null : Timestamps.Parse(t.DueAt), now)));
            _notifications.AddRange(written.Notifications.Select(n => new DryRunNotification(n.UserId, n.UserName, n.Title, now)));
            _messages.AddRange(written.Outbox.Select(m => Message(m, now)));
            _assignments.AddRange(written.Assignments.Where(a => a.Entity == entity.Slug && a.RecordId == recordId)
                .Select(a => new DryRunAssignment(a.UserId, a.UserName, a.Strategy, now)));
            return await effects.MarkAsync(scope, ct);
        }

        private async Task AddChangesAsync(string json, DateTimeOffset now, CancellationToken ct)
        {
            foreach (var change in (JsonNode.Parse(json) as JsonArray ?? []).OfType<JsonObject>())
            {
                var field = change["field"]?.GetValue<string>() ?? "";
                var definition = entity.Field(field);
                var isUser = field is SystemFields.OwnerId or SystemFields.CreatedBy || definition?.Type == FieldTypeNames.User;
                var to = Plain(change["new"]);
                string? toText = null;
                if (isUser && to is not null && long.TryParse(Convert.ToString(to, CultureInfo.InvariantCulture), out var userId))
                {
                    toText = await UserNameAsync(userId, ct);
                }
                var label = definition is not null
                    ? Languages.Pick(definition.Label, Languages.Current) ?? field
                    : Texts.Get(field == SystemFields.OwnerId ? "dryRun.field.owner" : "dryRun.field.other", field);
                _changes.Add(new DryRunChange(field, label, Plain(change["old"]), to, toText, now));
            }
        }

        private async Task<string?> UserNameAsync(long id, CancellationToken ct)
        {
            if (!_userNames.TryGetValue(id, out var name))
            {
                _userNames[id] = name = (await users.FindAsync(scope, id, ct))?.Name;
            }
            return name;
        }

        /// <summary>A value of the audit line as a plain number, text or flag (JSON for anything else).</summary>
        // The arms are cast to object: JsonNode converts implicitly from each of them and would otherwise be the switch's type.
        private static object? Plain(JsonNode? value) => value?.GetValueKind() switch
        {
            null or System.Text.Json.JsonValueKind.Null => null,
            System.Text.Json.JsonValueKind.Number => long.TryParse(value.ToJsonString(), CultureInfo.InvariantCulture, out var l)
                ? (object)l
                : double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture),
            System.Text.Json.JsonValueKind.True => (object)true,
            System.Text.Json.JsonValueKind.False => (object)false,
            System.Text.Json.JsonValueKind.String => (object)value.GetValue<string>(),
            _ => value.DeepClone(),
        };

        private static DryRunMessage Message(DryRunEffectStore.OutboxRow row, DateTimeOffset now)
        {
            var payload = JsonNode.Parse(row.Payload) as JsonObject ?? [];
            return row.Kind == Notifications.Outbox.OutboxKinds.Email
                ? new DryRunMessage(row.Kind, string.Join(", ", (payload["to"] as JsonArray ?? []).Select(a => a?.ToString())), payload["subject"]?.ToString(), now)
                : new DryRunMessage(row.Kind, payload["url"]?.ToString() ?? "", payload["event"]?.ToString(), now);
        }
    }
}
