using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Common;
using Platform.Engine.Identity;
using Platform.Engine.Notifications;
using Platform.Engine.Storage;

namespace Platform.Engine.Tests.Notifications;

public sealed class TaskServiceTests : EngineTest
{
    private readonly RecordingSink _sink = new();

    private TaskService Tasks => Engine.Get<TaskService>();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<ITaskCompletionSink>(_sink);

    // The engine clock stands at 2026-06-15 09:00 UTC, 17:00 in the platform's zone (Asia/Shanghai):
    // "today" runs from 06-14 16:00 UTC to 06-15 16:00 UTC.
    [Fact]
    public async Task List_SortsTasksIntoDueTodayAndOverdue_ByTheClockInThePlatformTimeZone()
    {
        var earlierToday = await CreateAsync("earlier today", At(6, 15, 8));
        var laterToday = await CreateAsync("later today", At(6, 15, 12));
        var tomorrow = await CreateAsync("tomorrow, local time", At(6, 15, 17));
        var yesterday = await CreateAsync("yesterday", At(6, 14, 10));
        var undated = await CreateAsync("undated", null);

        Assert.Equal([earlierToday.Id, laterToday.Id], await IdsAsync(TaskFilter.Due));
        Assert.Equal([yesterday.Id, earlierToday.Id], await IdsAsync(TaskFilter.Overdue));
        Assert.Equal([yesterday.Id, earlierToday.Id, laterToday.Id, tomorrow.Id, undated.Id], await IdsAsync(TaskStatuses.Open));
        Assert.True(laterToday.DueToday);
        Assert.False(laterToday.Overdue);

        Engine.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal([tomorrow.Id], await IdsAsync(TaskFilter.Due));
        Assert.Equal([yesterday.Id, earlierToday.Id, laterToday.Id, tomorrow.Id], await IdsAsync(TaskFilter.Overdue));
    }

    [Fact]
    public async Task Complete_MovesTheTaskToDoneAndRaisesTaskCompleted_WhenTheAssigneeCompletesIt()
    {
        var member = await MemberAsync();
        var task = await CreateAsync("call back", At(6, 14, 10), member);

        var done = await Tasks.CompleteAsync(task.Id, member, CancellationToken.None);

        Assert.True(done.IsSuccess, EngineFixture.Describe(done.Failure));
        Assert.Equal(TaskStatuses.Done, done.Value.Status);
        Assert.Equal(member.UserId, done.Value.DoneBy);
        Assert.Equal(Engine.Clock.GetUtcNow(), done.Value.DoneAt);
        Assert.False(done.Value.Overdue);
        Assert.Empty(await IdsAsync(TaskFilter.Overdue, member));
        Assert.Equal([task.Id], await IdsAsync(TaskStatuses.Done, member));
        var signal = Assert.Single(_sink.Signals);
        Assert.Equal(task.Id, signal.Task.Id);
        Assert.Equal(member.UserId, signal.CompletedBy);
    }

    [Fact]
    public async Task Complete_ReturnsConflictAndRaisesNothingMore_WhenTheTaskIsAlreadyDone()
    {
        var task = await CreateAsync("once", null);
        await Tasks.CompleteAsync(task.Id, EngineFixture.Admin, CancellationToken.None);

        var again = await Tasks.CompleteAsync(task.Id, EngineFixture.Admin, CancellationToken.None);

        Assert.IsType<ConflictFailure>(again.Failure);
        Assert.Single(_sink.Signals);
    }

    [Fact]
    public async Task Complete_IsForbiddenAndLeavesTheTaskOpen_WhenTheActorIsNeitherAssigneeNorAdmin()
    {
        var task = await CreateAsync("the admin's own", null);
        var member = await MemberAsync();

        var result = await Tasks.CompleteAsync(task.Id, member, CancellationToken.None);

        Assert.IsType<ForbiddenFailure>(result.Failure);
        Assert.Equal([task.Id], await IdsAsync(TaskStatuses.Open));
        Assert.Empty(_sink.Signals);
    }

    [Fact]
    public async Task Create_NotifiesTheAssignee_OnlyWhenSomeoneElseAssignsTheTask()
    {
        var member = await MemberAsync();
        var notifications = Engine.Get<NotificationService>();

        await CreateAsync("for the member", null, EngineFixture.Admin, member.UserId);
        await CreateAsync("for myself", null, member);

        var list = await notifications.ListAsync(member.UserId, CancellationToken.None);
        var only = Assert.Single(list.Items);
        Assert.Contains("for the member", only.Title, StringComparison.Ordinal);
        Assert.Equal("/tasks", only.Link);
        Assert.Equal(1, list.Unread);
        Assert.Equal(0, (await notifications.ListAsync(EngineFixture.Admin.UserId, CancellationToken.None)).Unread);
    }

    [Fact]
    public async Task Create_WritesTheNotificationInTheAssigneesLanguage_WhenTheyHaveChosenOne()
    {
        var user = await Engine.Get<IdentityService>().CreateAsync(
            new UserInput { Email = "zh@example.com", Name = "中文用户", Password = "Secret123!", Role = Roles.Member, Locale = "zh-CN" }, CancellationToken.None);
        Assert.True(user.IsSuccess, EngineFixture.Describe(user.Failure));
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            await CreateAsync("Call Acme", null, EngineFixture.Admin, user.Value.Id);

            var list = await Engine.Get<NotificationService>().ListAsync(user.Value.Id, CancellationToken.None);
            Assert.Equal("新任务：Call Acme", Assert.Single(list.Items).Title);
            Assert.Equal("en", CultureInfo.CurrentUICulture.Name);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public async Task Create_RejectsKeyedByFieldAndWritesNothing_WhenTitleAssigneeOrRecordAreWrong()
    {
        await Engine.EntityAsync("""{"slug":"lead","label":{"en":"Lead"},"fields":[{"slug":"name","type":"text"}]}""");

        var result = await Tasks.CreateAsync(
            new TaskInput { Title = " ", AssigneeId = 999, Entity = "lead", RecordId = 42 }, EngineFixture.Admin, CancellationToken.None);
        var noEntity = await Tasks.CreateAsync(
            new TaskInput { Title = "x", RecordId = 1 }, EngineFixture.Admin, CancellationToken.None);

        var errors = Assert.IsType<ValidationFailure>(result.Failure).Errors;
        Assert.Equal(["assignee", "recordId", "title"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["entity"], Assert.IsType<ValidationFailure>(noEntity.Failure).Errors.Keys);
        Assert.Empty(await IdsAsync(TaskStatuses.Open));
    }

    [Fact]
    public async Task Create_LinksTheRecord_WhenItExists()
    {
        await Engine.EntityAsync("""{"slug":"lead","label":{"en":"Lead"},"fields":[{"slug":"name","type":"text"}]}""");
        var lead = await Engine.CreateAsync("lead", """{"name":"Acme"}""");

        var task = await Tasks.CreateAsync(
            new TaskInput { Title = "Call Acme", Entity = "lead", RecordId = (long)lead["id"]! }, EngineFixture.Admin, CancellationToken.None);

        Assert.True(task.IsSuccess, EngineFixture.Describe(task.Failure));
        Assert.Equal(("lead", (long)lead["id"]!, "user"), (task.Value.Entity, task.Value.RecordId!.Value, task.Value.Source));
    }

    private static DateTimeOffset At(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    private async Task<WorkTask> CreateAsync(string title, DateTimeOffset? due, Actor? actor = null, long? assignee = null)
    {
        var result = await Tasks.CreateAsync(new TaskInput { Title = title, DueAt = due, AssigneeId = assignee }, actor ?? EngineFixture.Admin, CancellationToken.None);
        Assert.True(result.IsSuccess, EngineFixture.Describe(result.Failure));
        return result.Value;
    }

    private async Task<IReadOnlyList<long>> IdsAsync(string status, Actor? actor = null)
    {
        var result = await Tasks.ListAsync(new TaskFilter((actor ?? EngineFixture.Admin).UserId, status), CancellationToken.None);
        Assert.True(result.IsSuccess, EngineFixture.Describe(result.Failure));
        return [.. result.Value.Select(t => t.Id)];
    }

    private async Task<Actor> MemberAsync()
    {
        var user = await Engine.Get<IdentityService>().CreateAsync(
            new UserInput { Email = "member@example.com", Name = "Member", Password = "Secret123!", Role = Roles.Member }, CancellationToken.None);
        Assert.True(user.IsSuccess, EngineFixture.Describe(user.Failure));
        return new Actor(user.Value.Id, Roles.Member);
    }

    private sealed class RecordingSink : ITaskCompletionSink
    {
        public List<TaskCompleted> Signals { get; } = [];

        public Task OnCompletedAsync(WriteScope scope, TaskCompleted signal, CancellationToken ct)
        {
            Signals.Add(signal);
            return Task.CompletedTask;
        }
    }
}
