using System.Text.Json.Nodes;
using Dapper;
using Platform.Engine.Forms;
using Platform.Engine.Notifications;
using Platform.Engine.Records;
using Platform.Engine.Records.Rules;
using Platform.Engine.Scripting;
using Platform.Engine.Tests.Workflows.Runtime;
using Platform.Engine.Workflows.Execution;
using static Platform.Engine.Tests.Workflows.Runtime.Flows;

namespace Platform.Engine.Tests.Workflows.Activities;

/// <summary>Record and task events reaching published workflows through the runtime, end to end.</summary>
public sealed class RecordTriggerTests : RuntimeTest
{
    private static readonly TimeSpan Local = TimeSpan.FromHours(8);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync("""
            {"slug":"lead","label":{"en":"Lead"},"fields":[{"slug":"name","type":"text","required":true},
              {"slug":"status","type":"select","options":[{"value":"new"},{"value":"contacted"},{"value":"lost"}]},
              {"slug":"stage","type":"stage","stages":[{"value":"captured"},{"value":"qualified"}]},
              {"slug":"close","type":"date"}]}
            """);
        await Engine.EntityAsync("""{"slug":"note","label":{"en":"Note"},"fields":[{"slug":"text","type":"text"}]}""");
    }

    [Fact]
    public async Task RecordCreated_StartsThePublishedWorkflowOncePerLead_CorrelatedToItWithTheRecordAsInput()
    {
        await PublishAsync(Chain("intake", null, Trigger("created", "Platform.RecordCreated", ("entity", "lead")), WriteLine("hello", "hi")));

        await Engine.CreateAsync("lead", """{"name":"王伟"}""");
        await Scheduler.RunDueAsync(CancellationToken.None);
        await Scheduler.RunDueAsync(CancellationToken.None);

        var instance = Assert.Single(await InstancesAsync("intake"));
        Assert.Equal((WorkflowSubStatus.Finished, "lead:1", "lead", 1L), (instance.SubStatus, instance.CorrelationId, instance.Entity, instance.RecordId!.Value));
        var details = await InstanceAsync(instance.Id);
        Assert.Equal("王伟", (string?)details.Input["record"]!["name"]);
        Assert.Equal(["hello"], CompletedWriteLines(details));
    }

    [Fact]
    public async Task RecordEvents_QueueNothing_WhenNoWorkflowListensOrTheWriteRollsBack()
    {
        await PublishAsync(Chain("intake", null, Trigger("created", "Platform.RecordCreated", ("entity", "lead")), WriteLine("hello", "hi")));
        var refused = await Engine.Get<RuleService>().CreateAsync("lead",
            new EntityRule { Slug = "refuse", Kind = ScriptKinds.AfterSave, Script = "if (record.name === 'bad') throw new Error('no');" }, CancellationToken.None);
        Assert.True(refused.IsSuccess);

        await Engine.CreateAsync("note", """{"text":"nobody listens"}""");
        var failed = await Engine.Records.CreateAsync("lead", EngineFixture.Parse("""{"name":"bad"}"""), Admin, CancellationToken.None);

        Assert.False(failed.IsSuccess);
        Assert.Equal(0, await CountAsync("sys_workflow_jobs"));
    }

    [Fact]
    public async Task FormSubmitted_StartsTheWorkflowOfThatForm_WithTheFormAndTheRecordAsInput()
    {
        var forms = Engine.Get<FormService>();
        var form = Platform.Engine.Common.Json.Deserialize<FormDefinition>("""
            {"slug":"contact-us","public":true,"layout":{"sections":[{"id":"a","fields":["name"]}]},"submission":{"ownerId":1}}
            """);
        Assert.True((await forms.CreateAsync("lead", form, CancellationToken.None)).IsSuccess);
        Assert.True((await forms.PublishAsync("lead", "contact-us", Admin, CancellationToken.None)).IsSuccess);
        await PublishAsync(Chain("web", null, Trigger("form", "Platform.FormSubmitted", ("form", "contact-us")), WriteLine("w", "x")));

        var receipt = await Engine.Get<FormSubmissionService>().SubmitAsync("contact-us", EngineFixture.Parse("""{"data":{"name":"Zhao"}}"""), CancellationToken.None);
        Assert.True(receipt.IsSuccess, EngineFixture.Describe(receipt.Failure));
        await Scheduler.RunDueAsync(CancellationToken.None);

        var input = (await InstanceAsync(Assert.Single(await InstancesAsync("web")).Id)).Input;
        Assert.Equal(("contact-us", "Zhao"), ((string?)input["form"]!["slug"], (string?)input["record"]!["name"]));
    }

    [Fact]
    public async Task RecordUpdated_StartsOnlyForTheChangeItsConditionsName()
    {
        await PublishAsync(Chain("lost", null,
            Trigger("updated", "Platform.RecordUpdated", ("entity", "lead"), ("field", "status"), ("from", "new"), ("to", "lost")), WriteLine("w", "x")));
        var lead = await Engine.CreateAsync("lead", """{"name":"Li","status":"new"}""");

        await UpdateAsync((long)lead["id"]!, """{"name":"Li Wei"}""");
        await UpdateAsync((long)lead["id"]!, """{"status":"lost"}""");
        await UpdateAsync((long)lead["id"]!, """{"status":"new"}""");

        var instance = Assert.Single(await InstancesAsync("lost"));
        var changes = (await InstanceAsync(instance.Id)).Input["changes"]!.ToJsonString();
        Assert.Equal("""[{"field":"status","old":"new","new":"lost"}]""", changes);
    }

    [Fact]
    public async Task StageChanged_StartsWhenTheRecordEntersTheWatchedStage_WithTheFieldNamed()
    {
        await PublishAsync(Chain("qualified", null,
            Trigger("stage", "Platform.StageChanged", ("entity", "lead"), ("to", "qualified")), WriteLine("w", "x")));
        var lead = await Engine.CreateAsync("lead", """{"name":"Li","stage":"captured"}""");

        await UpdateAsync((long)lead["id"]!, """{"status":"contacted"}""");
        await UpdateAsync((long)lead["id"]!, """{"stage":"qualified"}""");

        var instance = Assert.Single(await InstancesAsync("qualified"));
        Assert.Equal("stage", (string?)(await InstanceAsync(instance.Id)).Input["field"]);
    }

    [Fact]
    public async Task DateReached_FiresOncePerRecordAtTheMomentBeforeItsDate_FollowingTheDateAsItChanges()
    {
        await PublishAsync(Chain("closing", null,
            Trigger("due", "Platform.DateReached", ("entity", "lead"), ("field", "close"), ("offset", "-1.00:00:00"), ("time", "09:00")),
            WriteLine("w", "x")));
        var lead = await Engine.CreateAsync("lead", """{"name":"Li","close":"2026-06-20"}""");
        var dropped = await Engine.CreateAsync("lead", """{"name":"Wang","close":"2026-06-20"}""");
        Assert.Equal([new DateTimeOffset(2026, 6, 19, 9, 0, 0, Local), new DateTimeOffset(2026, 6, 19, 9, 0, 0, Local)], await DueTimesAsync());

        await UpdateAsync((long)lead["id"]!, """{"close":"2026-06-25"}""");
        var deleted = await Engine.Records.DeleteAsync("lead", (long)dropped["id"]!, null, Admin, CancellationToken.None);
        Assert.True(deleted.IsSuccess);
        Assert.Equal([new DateTimeOffset(2026, 6, 24, 9, 0, 0, Local)], await DueTimesAsync());

        Engine.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 24, 9, 0, 0, Local));
        await Scheduler.RunDueAsync(CancellationToken.None);
        await Scheduler.RunDueAsync(CancellationToken.None);

        var instance = Assert.Single(await InstancesAsync("closing"));
        Assert.Equal(("lead:1", WorkflowSubStatus.Finished), (instance.CorrelationId, instance.SubStatus));
        Assert.Equal("2026-06-25", (string?)(await InstanceAsync(instance.Id)).Input["record"]!["close"]);
        Assert.Empty(await DueTimesAsync());
    }

    [Fact]
    public async Task WaitForTask_ResumesTheWorkflow_WhenTheAssigneeCompletesTheTask()
    {
        var createTask = Node("task", "Platform.CreateTask", false, ("title", Literal("Call {{ record.name }}")), ("assigneeId", Literal(1, "Int64")));
        createTask["result"] = new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "v-task" } };
        var wait = Node("wait", "Platform.WaitForTask", false, ("taskId", new JsonObject
        {
            ["typeName"] = "Object",
            ["expression"] = new JsonObject { ["type"] = "Variable", ["value"] = """{"id":"v-task","name":"task"}""" },
        }));
        var document = JsonNode.Parse(Chain("call", null, Trigger("created", "Platform.RecordCreated", ("entity", "lead")), createTask, wait,
            WriteLine("after", "done")))!.AsObject();
        document["variables"] = new JsonArray(new JsonObject { ["id"] = "v-task", ["name"] = "task", ["typeName"] = "Object" });
        await PublishAsync(document.ToJsonString());

        await Engine.CreateAsync("lead", """{"name":"Li"}""");
        await Scheduler.RunDueAsync(CancellationToken.None);
        var instance = Assert.Single(await InstancesAsync("call"));
        Assert.Equal(WorkflowSubStatus.Suspended, instance.SubStatus);
        var task = Assert.Single((await Engine.Get<TaskService>().ListAsync(new TaskFilter(1, TaskStatuses.Open), CancellationToken.None)).Value!);
        Assert.Equal(("Call Li", "lead:1"), (task.Title, task.CorrelationId));

        Assert.True((await Engine.Get<TaskService>().CompleteAsync(task.Id, Admin, CancellationToken.None)).IsSuccess);
        await Scheduler.RunDueAsync(CancellationToken.None);

        var done = await InstanceAsync(instance.Id);
        Assert.Equal(WorkflowSubStatus.Finished, done.Instance.SubStatus);
        Assert.Equal(["after"], CompletedWriteLines(done));
    }

    [Fact]
    public async Task Schedule_StartsAnInstanceAtTheNextWorkingOccurrence_WhenTheCronFallsOnAHoliday()
    {
        var saved = await Engine.Get<WorkingCalendarService>().SaveAsync(
            new WorkingCalendarSettings { Holidays = [new CalendarDay(new DateOnly(2026, 6, 22), "holiday")] }, CancellationToken.None);
        Assert.True(saved.IsSuccess, EngineFixture.Describe(saved.Failure));
        await PublishAsync(Chain("weekly", null, Trigger("monday", "Platform.Schedule", ("cron", "0 9 * * 1"), ("workingTimeOnly", true)), WriteLine("w", "x")));

        Assert.Equal([new DateTimeOffset(2026, 6, 23, 9, 0, 0, Local)], await DueTimesAsync());

        Engine.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 23, 9, 0, 0, Local));
        await Scheduler.RunDueAsync(CancellationToken.None);

        Assert.Single(await InstancesAsync("weekly"));
        Assert.Equal([new DateTimeOffset(2026, 6, 29, 9, 0, 0, Local)], await DueTimesAsync());
    }

    private static JsonObject Trigger(string id, string type, params (string Name, object Value)[] inputs) =>
        Node(id, type, true, [.. inputs.Select(i => (i.Name, (JsonNode)Literal(i.Value, i.Value is bool ? "Boolean" : "String")))]);

    private async Task UpdateAsync(long id, string json)
    {
        var updated = await Engine.Records.UpdateAsync("lead", id, EngineFixture.Parse(json), null, Admin, CancellationToken.None);
        Assert.True(updated.IsSuccess, EngineFixture.Describe(updated.Failure));
        await Scheduler.RunDueAsync(CancellationToken.None);
    }

    private async Task<IReadOnlyList<DateTimeOffset>> DueTimesAsync() =>
        [.. (await Engine.Database.ReadAsync(c => c.QueryAsync<string>("SELECT due_at FROM sys_workflow_jobs ORDER BY due_at, id"), CancellationToken.None))
            .Select(Platform.Engine.Common.Timestamps.Parse)];
}
