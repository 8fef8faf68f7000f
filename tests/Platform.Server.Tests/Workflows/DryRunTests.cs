using System.Net;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Workflows;

/// <summary>
/// A dry run of the lead-intake draft against real leads: every step, change, task and notification is reported
/// with the instant it would happen on a clock that jumps to each timer, and nothing is left behind — no instance,
/// no record change, no task, no notification, no outbox message, and the round-robin cursor where it was.
/// </summary>
public sealed class DryRunTests : IAsyncLifetime
{
    // Monday 16 June 2031, 09:00 in Shanghai (as in LeadIntakeTests).
    private static readonly DateTimeOffset Monday = new(2031, 6, 16, 1, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "platform-dry-run", Guid.NewGuid().ToString("N"));
    private PlatformFactory _server = null!;

    public Task InitializeAsync()
    {
        _server = LeadIntakeTests.Simulated(_folder, Monday);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task DryRun_ReportsPathChangesTasksAndNotificationsWithTheirTimes_AndLeavesNothingBehind()
    {
        using var admin = await _server.AdminAsync();
        var (rep1, rep2, manager) = await SetUpAsync(admin);
        var acme = await admin.CreateRecordIdAsync("lead", new { name = "Acme", budget = 200_000, source = "referral" });
        var beta = await admin.CreateRecordIdAsync("lead", new { name = "Beta", budget = 5_000, source = "web" });

        var report = await (await admin.PostJsonAsync("/api/workflows/lead-intake/dry-run",
            new { entity = "lead", recordIds = new[] { acme, beta }, horizon = "10.00:00:00" })).ReadJsonAsync(HttpStatusCode.OK);

        var records = report.GetProperty("records").EnumerateArray().ToList();
        var first = records[0];
        Assert.Equal(acme, first.GetProperty("recordId").GetInt64());
        Assert.Equal("Acme", first.GetProperty("title").GetString());
        Assert.Equal("Finished", first.GetProperty("status").GetString());
        var path = first.GetProperty("path").EnumerateArray().Where(s => s.GetProperty("event").GetString() == "Completed")
            .Select(s => s.GetProperty("activityId").GetString()).ToList();
        Assert.Equal(["created", "score", "saveScore", "assign", "task", "due", "remind", "grace", "escalate", "join", "end"], path);
        var changes = first.GetProperty("changes").EnumerateArray().ToList();
        Assert.Contains(changes, c => c.GetProperty("field").GetString() == "score" && c.GetProperty("to").GetInt32() == 90);
        var owner = changes.Single(c => c.GetProperty("field").GetString() == "ownerId");
        var assignment = Assert.Single(first.GetProperty("assignments").EnumerateArray());
        Assert.Equal(owner.GetProperty("to").GetInt64(), assignment.GetProperty("userId").GetInt64());
        Assert.Equal("roundRobin", assignment.GetProperty("strategy").GetString());
        var task = Assert.Single(first.GetProperty("tasks").EnumerateArray());
        Assert.Equal("First call: Acme", task.GetProperty("title").GetString());
        Assert.Equal(owner.GetProperty("to").GetInt64(), task.GetProperty("assigneeId").GetInt64());
        Assert.Equal(new DateTimeOffset(2031, 6, 23, 4, 0, 0, TimeSpan.Zero), task.GetProperty("dueAt").GetDateTimeOffset());
        var notifications = first.GetProperty("notifications").EnumerateArray().ToList();
        var reminder = notifications.Single(n => n.GetProperty("title").GetString()!.StartsWith("Reminder", StringComparison.Ordinal));
        var escalation = notifications.Single(n => n.GetProperty("title").GetString()!.StartsWith("Escalation", StringComparison.Ordinal));
        // The reminder comes when the task falls due, the escalation a working day later, on the run's own clock.
        Assert.Equal(new DateTimeOffset(2031, 6, 23, 4, 0, 0, TimeSpan.Zero), reminder.GetProperty("at").GetDateTimeOffset());
        Assert.True(escalation.GetProperty("at").GetDateTimeOffset() > reminder.GetProperty("at").GetDateTimeOffset());
        Assert.Equal(manager, escalation.GetProperty("userId").GetInt64());

        // Round robin turns from one record to the next as it would for real: one lead each.
        var totals = report.GetProperty("totals");
        Assert.Equal(2, totals.GetProperty("records").GetInt32());
        Assert.Equal(2, totals.GetProperty("finished").GetInt32());
        var owners = totals.GetProperty("owners").EnumerateArray().ToList();
        Assert.Equal([rep1, rep2], owners.Select(o => o.GetProperty("userId").GetInt64()).Order());
        Assert.All(owners, o => Assert.Equal(1, o.GetProperty("count").GetInt32()));
        Assert.Equal(2, totals.GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("activityId").GetString() == "escalate")
            .GetProperty("count").GetInt32());

        // Nothing was kept.
        Assert.Empty((await admin.GetJsonAsync("/api/workflow-instances")).GetProperty("items").EnumerateArray());
        Assert.Empty((await admin.GetJsonAsync("/api/tasks?assignee=" + rep1)).GetProperty("items").EnumerateArray());
        Assert.Empty((await admin.GetJsonAsync("/api/tasks?assignee=" + rep2)).GetProperty("items").EnumerateArray());
        Assert.Empty((await admin.GetJsonAsync("/api/admin/outbox")).GetProperty("items").EnumerateArray());
        var lead = await admin.GetJsonAsync("/api/entities/lead/records/" + acme);
        Assert.Equal(JsonValueKind.Null, lead.GetProperty("score").ValueKind);
        Assert.Equal(1, lead.GetProperty("version").GetInt32());
        Assert.Empty((await admin.GetJsonAsync($"/api/entities/lead/records/{acme}/assignments")).EnumerateArray());

        // The real run afterwards starts the round robin where it was before the dry run.
        await (await admin.PostAsync("/api/workflows/lead-intake/publish", null)).ReadJsonAsync(HttpStatusCode.OK);
        var gamma = await admin.CreateRecordIdAsync("lead", new { name = "Gamma", budget = 1, source = "web" });
        await (await admin.PostJsonAsync("/api/admin/clock/advance", new { by = "00:00:01" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(owners.OrderBy(o => o.GetProperty("userId").GetInt64()).First().GetProperty("userId").GetInt64(),
            (await admin.GetJsonAsync("/api/entities/lead/records/" + gamma)).GetProperty("ownerId").GetInt64());
    }

    [Fact]
    public async Task DryRun_OnASavedView_RunsTheRecordsTheViewLists()
    {
        using var admin = await _server.AdminAsync();
        await SetUpAsync(admin);
        await admin.CreateRecordIdAsync("lead", new { name = "Acme", budget = 200_000, source = "referral" });
        var web1 = await admin.CreateRecordIdAsync("lead", new { name = "Web one", budget = 10, source = "web" });
        var web2 = await admin.CreateRecordIdAsync("lead", new { name = "Web two", budget = 20, source = "web" });
        var view = await (await admin.PostJsonAsync("/api/entities/lead/views",
            new { name = "Web leads", filter = new { field = "source", op = "eq", value = "web" } })).ReadJsonAsync(HttpStatusCode.Created);

        var report = await (await admin.PostJsonAsync("/api/workflows/lead-intake/dry-run",
            new { entity = "lead", viewId = view.GetProperty("id").GetString(), horizon = "1.00:00:00" })).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal([web1, web2], report.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("recordId").GetInt64()).Order());
        Assert.Equal(2, report.GetProperty("matched").GetInt32());
        // A day is not enough for the task to fall due: both wait at the horizon, the timer's instant named.
        Assert.Equal(2, report.GetProperty("totals").GetProperty("waiting").GetInt32());
        var waiting = report.GetProperty("records")[0].GetProperty("waiting").EnumerateArray().ToList();
        Assert.Contains(waiting, w => w.GetProperty("activityId").GetString() == "due"
            && w.GetProperty("dueAt").GetDateTimeOffset() == new DateTimeOffset(2031, 6, 23, 4, 0, 0, TimeSpan.Zero));
        Assert.Contains(waiting, w => w.GetProperty("activityId").GetString() == "waitTask");
    }

    [Fact]
    public async Task DryRun_RefusesBadRequests_FieldByField()
    {
        using var admin = await _server.AdminAsync();
        await SetUpAsync(admin);
        var acme = await admin.CreateRecordIdAsync("lead", new { name = "Acme", budget = 1, source = "web" });

        var both = await (await admin.PostJsonAsync("/api/workflows/lead-intake/dry-run",
            new { entity = "lead", recordIds = new[] { acme }, viewId = "v", horizon = "soon" })).ReadJsonAsync(HttpStatusCode.BadRequest);
        var errors = both.GetProperty("errors");
        Assert.True(errors.TryGetProperty("viewId", out _));
        Assert.True(errors.TryGetProperty("horizon", out _));
        var missing = await (await admin.PostJsonAsync("/api/workflows/lead-intake/dry-run",
            new { entity = "lead", recordIds = new[] { acme, 999_999 } })).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("999999", missing.GetProperty("errors").GetProperty("recordIds")[0].GetString(), StringComparison.Ordinal);
        await (await admin.PostJsonAsync("/api/workflows/nope/dry-run", new { entity = "lead", recordIds = new[] { acme } }))
            .ReadJsonAsync(HttpStatusCode.NotFound);
        var noEntity = await (await admin.PostJsonAsync("/api/workflows/lead-intake/dry-run", new { entity = "ghost", recordIds = new[] { 1 } }))
            .ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noEntity.GetProperty("errors").TryGetProperty("entity", out _));
        // The refused dry run with a missing record ran the other one inside the same write: nothing of it stayed.
        Assert.Equal(1, (await admin.GetJsonAsync("/api/entities/lead/records/" + acme)).GetProperty("version").GetInt32());
    }

    private static async Task<(long Rep1, long Rep2, long Manager)> SetUpAsync(HttpClient admin)
    {
        await admin.CreateEntityAsync(LeadIntakeTests.LeadEntity);
        var rep1 = await LeadIntakeTests.UserAsync(admin, "rep1@example.com", "sales");
        var rep2 = await LeadIntakeTests.UserAsync(admin, "rep2@example.com", "sales");
        var manager = await LeadIntakeTests.UserAsync(admin, "manager@example.com", "management");
        await (await admin.PostAsync("/api/workflows", HttpJson.Content(File.ReadAllText(LeadIntakeTests.Fixture())))).ReadJsonAsync(HttpStatusCode.Created);
        return (rep1, rep2, manager);
    }
}
