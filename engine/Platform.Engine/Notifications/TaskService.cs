using System.Globalization;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Records;
using Platform.Engine.Storage;

namespace Platform.Engine.Notifications;

/// <summary>
/// Creates, lists and completes tasks. Completing one raises <see cref="TaskCompleted"/> to every
/// <see cref="ITaskCompletionSink"/> in the same write.
/// </summary>
public sealed class TaskService(
    Database database,
    TaskStore store,
    UserStore users,
    EntityCatalog catalog,
    RecordReader records,
    NotificationService notifications,
    IEnumerable<ITaskCompletionSink> sinks,
    TimeProvider clock,
    LocalCalendar calendar)
{
    public const int TitleMax = 200;
    public const int DescriptionMax = 4000;
    public const int ListLimit = 500;

    /// <summary>
    /// Lists tasks for <paramref name="assignee"/> (<c>me</c> or a user id; only admins may name someone else)
    /// with a status of <see cref="TaskFilter.Statuses"/>.
    /// </summary>
    public async Task<Result<IReadOnlyList<WorkTask>>> ListAsync(string? assignee, string? status, Actor actor, CancellationToken ct)
    {
        long assigneeId;
        if (string.IsNullOrEmpty(assignee) || assignee == "me")
        {
            assigneeId = actor.UserId;
        }
        else if (!long.TryParse(assignee, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out assigneeId))
        {
            return ValidationFailure.For("assignee", Texts.Get("task.assigneeFilter"));
        }
        if (assigneeId != actor.UserId && !actor.IsAdmin)
        {
            return new ForbiddenFailure(Texts.Get("task.othersTasks"));
        }
        return await ListAsync(new TaskFilter(assigneeId, string.IsNullOrEmpty(status) ? TaskStatuses.Open : status), ct);
    }

    public async Task<Result<IReadOnlyList<WorkTask>>> ListAsync(TaskFilter filter, CancellationToken ct)
    {
        var (from, until) = DayBounds();
        var now = clock.GetUtcNow();
        var rows = filter.Status switch
        {
            TaskStatuses.Open => await store.ListAsync(filter.AssigneeId, TaskStatuses.Open, null, null, ListLimit, ct),
            TaskFilter.Due => await store.ListAsync(filter.AssigneeId, TaskStatuses.Open, from, until, ListLimit, ct),
            TaskFilter.Overdue => await store.ListAsync(filter.AssigneeId, TaskStatuses.Open, DateTimeOffset.MinValue, now, ListLimit, ct),
            TaskStatuses.Done => await store.ListAsync(filter.AssigneeId, TaskStatuses.Done, null, null, ListLimit, ct),
            _ => null,
        };
        return rows is null
            ? ValidationFailure.For("status", Texts.Get("task.status"))
            : Result<IReadOnlyList<WorkTask>>.Ok([.. rows.Select(ToTask)]);
    }

    public async Task<Result<WorkTask>> CreateAsync(TaskInput input, Actor actor, CancellationToken ct)
    {
        var errors = await CheckRecordAsync(input, ct);
        return await database.WriteAsync(scope => CreateInScopeAsync(scope, input, actor, errors, ct), ct);
    }

    /// <summary>Creates a task inside a caller's write (a workflow step); the linked record is not checked here.</summary>
    public Task<Result<WorkTask>> CreateInScopeAsync(WriteScope scope, TaskInput input, Actor actor, CancellationToken ct) =>
        CreateInScopeAsync(scope, input, actor, new ValidationErrors(), ct);

    private async Task<Result<WorkTask>> CreateInScopeAsync(WriteScope scope, TaskInput input, Actor actor, ValidationErrors errors, CancellationToken ct)
    {
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > TitleMax)
        {
            errors.Add("title", Texts.Get("task.title", TitleMax));
        }
        if (input.Description is { Length: > DescriptionMax })
        {
            errors.Add("description", Texts.Get("task.description", DescriptionMax));
        }
        var assignee = input.AssigneeId ?? actor.UserId;
        var assigneeUser = await users.FindAsync(scope, assignee, ct);
        if (assigneeUser is not { Active: true })
        {
            errors.Add("assignee", Texts.Get("task.assignee", assignee));
        }
        if (errors.Any)
        {
            return errors.ToFailure();
        }
        var row = new TaskStore.TaskRow
        {
            Title = title!,
            Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description,
            AssigneeId = assignee,
            DueAt = input.DueAt is { } due ? Timestamps.Format(due) : null,
            Status = TaskStatuses.Open,
            Entity = input.Entity,
            RecordId = input.RecordId,
            Source = string.IsNullOrEmpty(input.Source) ? "user" : input.Source,
            CorrelationId = input.CorrelationId,
            CreatedAt = Timestamps.Format(clock.GetUtcNow()),
            CreatedBy = actor.UserId,
        };
        row = row with { Id = await store.InsertAsync(scope, row, ct) };
        // Someone else's to-do would go unseen until they open their inbox: tell them.
        if (assignee != actor.UserId)
        {
            await notifications.NotifyInScopeAsync(scope, new NotificationInput(
                assignee, InLanguageOf(assigneeUser!, () => Texts.Get("task.assigned", row.Title)), row.Description, "/tasks", row.Entity, row.RecordId), ct);
        }
        return ToTask(row);
    }

    /// <summary>A task read inside a caller's write (a workflow waiting on it); null when there is none.</summary>
    public async Task<WorkTask?> FindInScopeAsync(WriteScope scope, long id, CancellationToken ct) =>
        await store.FindAsync(scope, id, ct) is { } row ? ToTask(row) : null;

    public Task<Result<WorkTask>> CompleteAsync(long id, Actor actor, CancellationToken ct) =>
        database.WriteAsync<WorkTask>(async scope =>
        {
            if (await store.FindAsync(scope, id, ct) is not { } row)
            {
                return new NotFoundFailure(Texts.Get("task.notFound", id));
            }
            if (row.AssigneeId != actor.UserId && !actor.IsAdmin)
            {
                return new ForbiddenFailure(Texts.Get("task.notYours"));
            }
            var at = clock.GetUtcNow();
            if (!await store.CompleteAsync(scope, id, actor.UserId, at, ct))
            {
                return new ConflictFailure(Texts.Get("task.alreadyDone"));
            }
            var task = ToTask(row with { Status = TaskStatuses.Done, DoneAt = Timestamps.Format(at), DoneBy = actor.UserId });
            foreach (var sink in sinks)
            {
                await sink.OnCompletedAsync(scope, new TaskCompleted(task, actor.UserId), ct);
            }
            return task;
        }, ct);

    private async Task<ValidationErrors> CheckRecordAsync(TaskInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrEmpty(input.Entity))
        {
            if (input.RecordId is not null)
            {
                errors.Add("entity", Texts.Get("task.recordWithoutEntity"));
            }
        }
        else if (await catalog.FindAsync(input.Entity, ct) is null)
        {
            errors.Add("entity", Texts.Get("entity.notFound", input.Entity));
        }
        else if (input.RecordId is { } recordId && !(await records.GetAsync(input.Entity, recordId, ct)).IsSuccess)
        {
            errors.Add("recordId", Texts.Get("task.record", input.Entity, recordId));
        }
        return errors;
    }

    // A notification is read by its recipient: written in their chosen language, else in the caller's.
    private static string InLanguageOf(User user, Func<string> text)
    {
        var saved = CultureInfo.CurrentUICulture;
        if (!string.IsNullOrEmpty(user.Locale))
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(user.Locale);
        }
        try
        {
            return text();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    // Today in the platform's time zone, as the UTC instants it starts and ends at.
    private (DateTimeOffset From, DateTimeOffset Until) DayBounds()
    {
        var today = calendar.Today().ToDateTime(TimeOnly.MinValue);
        var start = TimeZoneInfo.ConvertTimeToUtc(today, calendar.Zone);
        return (start, TimeZoneInfo.ConvertTimeToUtc(today.AddDays(1), calendar.Zone));
    }

    private WorkTask ToTask(TaskStore.TaskRow row)
    {
        var now = clock.GetUtcNow();
        var (from, until) = DayBounds();
        DateTimeOffset? due = row.DueAt is null ? null : Timestamps.Parse(row.DueAt);
        var open = row.Status == TaskStatuses.Open;
        return new WorkTask(
            row.Id, row.Title, row.Description, row.AssigneeId, due, row.Status,
            row.DoneAt is null ? null : Timestamps.Parse(row.DoneAt), row.DoneBy, row.Entity, row.RecordId,
            row.Source, row.CorrelationId, Timestamps.Parse(row.CreatedAt), row.CreatedBy,
            DueToday: open && due >= from && due < until,
            Overdue: open && due < now);
    }
}
