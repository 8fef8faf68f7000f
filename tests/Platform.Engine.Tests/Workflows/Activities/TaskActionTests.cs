using System.Text.Json.Nodes;
using Platform.Engine.Identity;
using Platform.Engine.Notifications;
using Platform.Engine.Workflows.Execution;
using static Platform.Engine.Tests.Workflows.Execution.ElsaJson;

namespace Platform.Engine.Tests.Workflows.Activities;

public sealed class TaskActionTests : ActivityTest
{
    private static readonly JsonObject TaskVariable = Variable("v-task", "task", "Object", null);
    private User _member = null!;
    private Dictionary<string, object?> _lead = null!;

    // The engine clock stands at Monday 2026-06-15 17:00 in the platform's zone (Asia/Shanghai), one hour
    // before the default working day (09:00–18:00, Monday to Friday) ends.
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync("""{"slug":"lead","label":{"en":"Lead"},"fields":[{"slug":"name","type":"text","required":true}]}""");
        var member = await Engine.Get<IdentityService>().CreateAsync(
            new UserInput { Email = "member@example.com", Name = "Member", Password = "Secret123!", Role = Roles.Member }, CancellationToken.None);
        Assert.True(member.IsSuccess, EngineFixture.Describe(member.Failure));
        _member = member.Value;
        _lead = await Engine.CreateAsync("lead", $$"""{"name":"Li","ownerId":{{_member.Id}}}""");
    }

    private TaskService Tasks => Engine.Get<TaskService>();

    [Fact]
    public async Task CreateTask_GoesToTheRecordOwnerDueAfterWorkingTime_WithTheTitleRenderedFromTheRecord()
    {
        await StartAsync(Chain(Node("task", "Platform.CreateTask", ("title", Literal("Call {{ record.name }}", "String")),
            ("dueIn", Literal("04:00:00", "TimeSpan")))), RecordInput("lead", _lead), correlationId: "lead:1");

        Assert.Equal(WorkflowSubStatus.Finished, Status);
        var task = Assert.Single((await Tasks.ListAsync(new TaskFilter(_member.Id, TaskStatuses.Open), CancellationToken.None)).Value!);
        Assert.Equal("Call Li", task.Title);
        // One hour on Monday, three on Tuesday from 09:00: Tuesday 12:00 in Shanghai.
        Assert.Equal(new DateTimeOffset(2026, 6, 16, 12, 0, 0, TimeSpan.FromHours(8)), task.DueAt);
        Assert.Equal(("lead", 1L, "workflow:instance-1", "lead:1"), (task.Entity, task.RecordId!.Value, task.Source, task.CorrelationId));
        Assert.Equal(task.Id, (long)OutputsOf("task")!["result"]!["id"]!);
        var told = Assert.Single((await Engine.Get<NotificationService>().ListAsync(_member.Id, CancellationToken.None)).Items);
        Assert.Equal("New task: Call Li", told.Title);
    }

    [Fact]
    public async Task CreateTask_GoesToTheNewOwner_WhenAnEarlierStepOfTheSameRunChangedTheOwner()
    {
        var update = Node("owner", "Platform.UpdateRecord", ("values", Expression("Object", """{"ownerId":1}""")));
        var task = Node("task", "Platform.CreateTask", ("title", Literal("Follow up", "String")));

        await StartAsync(Chain(update, task), RecordInput("lead", _lead));

        Assert.Equal(WorkflowSubStatus.Finished, Status);
        Assert.Equal(1, (long)OutputsOf("task")!["result"]!["assigneeId"]!);
    }

    [Fact]
    public async Task CreateTask_Faults_WhenItHasNoTitle()
    {
        await StartAsync(Chain(Node("task", "Platform.CreateTask", ("assigneeId", Literal("member@example.com", "String")))));

        Assert.Equal(WorkflowSubStatus.Faulted, Status);
        Assert.Contains("title: A task needs a title", Incident().Message);
    }

    [Fact]
    public async Task WaitForTask_WaitsOnTheTasksCompletion_AndGoesOnWithTheCompletedTask()
    {
        var create = Node("task", "Platform.CreateTask", ("title", Literal("Call", "String")));
        create["result"] = new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "v-task" } };
        var wait = Node("wait", "Platform.WaitForTask", ("taskId", ReadVariable(TaskVariable)));

        await StartAsync(Workflow([create, wait, WriteLine("after")], [Connect("task", "wait"), Connect("wait", "after")], [TaskVariable.DeepClone()]),
            RecordInput("lead", _lead));

        Assert.Equal(WorkflowSubStatus.Suspended, Status);
        var taskId = (long)State.Variables["v-task"]!["id"]!;
        var bookmark = Assert.Single(State.Bookmarks);
        Assert.Equal(new Stimulus("Platform.TaskCompleted", new JsonObject { ["taskId"] = taskId }).Hash, bookmark.Hash);

        await ResumeAsync("wait", new JsonObject { ["task"] = new JsonObject { ["id"] = taskId, ["status"] = "done" } });

        Assert.Equal(WorkflowSubStatus.Finished, Status);
        Assert.Equal("done", (string?)OutputsOf("wait")!["result"]!["status"]);
    }

    [Fact]
    public async Task WaitForTask_GoesOnAtOnce_WhenTheTaskIsAlreadyDone()
    {
        var task = (await Tasks.CreateAsync(new TaskInput { Title = "Done already" }, EngineFixture.Admin, CancellationToken.None)).Value!;
        await Tasks.CompleteAsync(task.Id, EngineFixture.Admin, CancellationToken.None);

        await StartAsync(Chain(Node("wait", "Platform.WaitForTask", ("taskId", Literal(task.Id, "Int64")))));

        Assert.Equal(WorkflowSubStatus.Finished, Status);
        Assert.Equal("done", (string?)OutputsOf("wait")!["result"]!["status"]);
    }

    [Fact]
    public async Task Notify_TellsEachRecipientOnce_WithTextsRenderedFromTheRecordAndVariables()
    {
        var score = Variable("v-score", "score", "Int32", "87");
        var notify = Node("tell", "Platform.Notify",
            ("to", Expression("Object", """["owner", "member@example.com", 1]""")),
            ("title", Literal("{{ record.name }} waits for a call", "String")),
            ("body", Literal("Score {{ variables.score }}", "String")));

        await StartAsync(Workflow([notify], [], [score]), RecordInput("lead", _lead));

        Assert.Equal(WorkflowSubStatus.Finished, Status);
        Assert.Equal([_member.Id, 1], OutputsOf("tell")!["result"]!.AsArray().Select(n => (long)n!));
        var told = Assert.Single((await Engine.Get<NotificationService>().ListAsync(_member.Id, CancellationToken.None)).Items);
        Assert.Equal(("Li waits for a call", "Score 87", "/entities/lead/records/1"), (told.Title, told.Body, told.Link));
        Assert.Single((await Engine.Get<NotificationService>().ListAsync(1, CancellationToken.None)).Items);
    }

    [Theory]
    [InlineData("nobody@example.com", "There is no user with the email nobody@example.com.")]
    [InlineData("owner", "\"owner\" needs a record")]
    public async Task Notify_FaultsNamingTheRecipient_WhenItCannotBeFound(string to, string reason)
    {
        await StartAsync(Chain(Node("tell", "Platform.Notify", ("to", Literal(to, "String")), ("title", Literal("Hello", "String")))));

        Assert.Equal(WorkflowSubStatus.Faulted, Status);
        Assert.Contains(reason, Incident().Message);
    }
}
