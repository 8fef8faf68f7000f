using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Tasks;

public sealed class TaskEndpointTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task GetTasks_FiltersDueTodayOverdueAndDone_ByTheServersClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        await using var app = PlatformFactory.With(clock, new Dictionary<string, string?> { ["Platform:TimeZone"] = "UTC" });
        using var admin = await app.AdminAsync();
        var past = await CreateAsync(admin, new { title = "late", dueAt = "2026-03-09T10:00:00Z" });
        var today = await CreateAsync(admin, new { title = "today", dueAt = "2026-03-10T15:00:00Z" });
        var later = await CreateAsync(admin, new { title = "later", dueAt = "2026-03-12T15:00:00Z" });
        var finished = await CreateAsync(admin, new { title = "finished" });
        await (await admin.PostAsync($"/api/tasks/{finished}/complete", null)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal([past, today, later], await IdsAsync(admin, "?status=open"));
        Assert.Equal([today], await IdsAsync(admin, "?assignee=me&status=due"));
        Assert.Equal([past], await IdsAsync(admin, "?status=overdue"));
        Assert.Equal([finished], await IdsAsync(admin, "?status=done"));

        clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal([past, today], await IdsAsync(admin, "?status=overdue"));
    }

    [Fact]
    public async Task PostTask_AssignsToAnotherUser_WhoSeesItAndANotification()
    {
        using var admin = await factory.AdminAsync();
        var (member, memberId) = await factory.UserAsync(admin);
        using var _ = member;

        var created = await (await admin.PostJsonAsync("/api/tasks", new { title = "Call Acme", assigneeId = memberId, description = "about the renewal" }))
            .ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal("open", created.GetProperty("status").GetString());
        Assert.Equal("user", created.GetProperty("source").GetString());
        Assert.Equal([created.GetProperty("id").GetInt64()], await IdsAsync(member, ""));
        Assert.Equal([created.GetProperty("id").GetInt64()], await IdsAsync(admin, $"?assignee={memberId}"));
        var notifications = await member.GetJsonAsync("/api/notifications");
        Assert.Equal(1, notifications.GetProperty("unread").GetInt64());
        Assert.Equal("New task: Call Acme", notifications.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task CompleteTask_Returns409_WhenTheTaskIsAlreadyDone()
    {
        using var admin = await factory.AdminAsync();
        var id = await CreateAsync(admin, new { title = "once" });
        await (await admin.PostAsync($"/api/tasks/{id}/complete", null)).ReadJsonAsync(HttpStatusCode.OK);

        await (await admin.PostAsync($"/api/tasks/{id}/complete", null)).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Tasks_Return403AndChangeNothing_WhenAMemberTouchesSomeoneElsesTasks()
    {
        using var admin = await factory.AdminAsync();
        var (member, _) = await factory.UserAsync(admin);
        using var _1 = member;
        var adminsTask = await CreateAsync(admin, new { title = "the admin's" });

        await (await member.PostAsync($"/api/tasks/{adminsTask}/complete", null)).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await member.GetAsync("/api/tasks?assignee=1")).ReadProblemAsync(HttpStatusCode.Forbidden);

        Assert.Contains(adminsTask, await IdsAsync(admin, "?status=open"));
    }

    [Theory]
    [InlineData("""{"title":""}""", "title")]
    [InlineData("""{"title":"x","assigneeId":987654}""", "assignee")]
    [InlineData("""{"title":"x","entity":"no_such_thing"}""", "entity")]
    public async Task PostTask_Returns400KeyedByFieldAndWritesNothing_WhenInvalid(string body, string key)
    {
        using var admin = await factory.AdminAsync();
        var before = await IdsAsync(admin, "");

        await (await admin.PostAsync("/api/tasks", HttpJson.Content(body))).ReadValidationErrorAsync(key);

        Assert.Equal(before, await IdsAsync(admin, ""));
    }

    [Fact]
    public async Task GetTasks_Returns400_WhenTheStatusIsUnknown()
    {
        using var admin = await factory.AdminAsync();

        await (await admin.GetAsync("/api/tasks?status=someday")).ReadValidationErrorAsync("status");
    }

    [Theory]
    [InlineData("GET", "/api/tasks")]
    [InlineData("POST", "/api/tasks")]
    [InlineData("POST", "/api/tasks/1/complete")]
    [InlineData("GET", "/api/notifications")]
    [InlineData("POST", "/api/notifications/read-all")]
    [InlineData("GET", "/api/notifications/stream")]
    public async Task TasksAndNotifications_Return401_WhenNotSignedIn(string method, string url)
    {
        using var anonymous = factory.Anonymous();

        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = HttpJson.Content("{}") });

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static async Task<long> CreateAsync(HttpClient client, object body) =>
        (await (await client.PostJsonAsync("/api/tasks", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();

    private static async Task<IReadOnlyList<long>> IdsAsync(HttpClient client, string query) =>
        [.. (await client.GetJsonAsync("/api/tasks" + query)).GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetInt64())];
}
