using System.Net;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Tasks;

public sealed class NotificationEndpointTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Stream_SendsTheUnreadCountOnConnectAndAfterANewNotification()
    {
        using var admin = await factory.AdminAsync();
        var (member, memberId) = await factory.UserAsync(admin);
        using var _ = member;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await member.SendAsync(
            new HttpRequestMessage(HttpMethod.Get, "/api/notifications/stream"), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        var first = await NextUnreadAsync(reader, timeout.Token);
        await (await admin.PostJsonAsync("/api/tasks", new { title = "Look at this", assigneeId = memberId })).ReadJsonAsync(HttpStatusCode.Created);
        var second = await NextUnreadAsync(reader, timeout.Token);

        Assert.Equal(0, first);
        Assert.Equal(1, second);
    }

    [Fact]
    public async Task ReadAndReadAll_LowerTheUnreadCount_OnlyForTheCallersOwnNotifications()
    {
        using var admin = await factory.AdminAsync();
        var (member, memberId) = await factory.UserAsync(admin);
        using var _ = member;
        for (var i = 0; i < 3; i++)
        {
            await (await admin.PostJsonAsync("/api/tasks", new { title = $"task {i}", assigneeId = memberId })).ReadJsonAsync(HttpStatusCode.Created);
        }
        var newest = (await member.GetJsonAsync("/api/notifications")).GetProperty("items")[0].GetProperty("id").GetInt64();

        await (await admin.PostAsync($"/api/notifications/{newest}/read", null)).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NoContent, (await member.PostAsync($"/api/notifications/{newest}/read", null)).StatusCode);
        var afterOne = await member.GetJsonAsync("/api/notifications");
        Assert.Equal(HttpStatusCode.NoContent, (await member.PostAsync("/api/notifications/read-all", null)).StatusCode);
        var afterAll = await member.GetJsonAsync("/api/notifications");

        Assert.Equal(2, afterOne.GetProperty("unread").GetInt64());
        Assert.Equal(JsonValueKind.String, afterOne.GetProperty("items")[0].GetProperty("readAt").ValueKind);
        Assert.Equal(0, afterAll.GetProperty("unread").GetInt64());
        Assert.Equal(3, afterAll.GetProperty("items").GetArrayLength());
    }

    // Reads events until the next "unread" one and returns its count.
    private static async Task<long> NextUnreadAsync(StreamReader reader, CancellationToken ct)
    {
        var isUnread = false;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line == "event: unread")
            {
                isUnread = true;
            }
            else if (isUnread && line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.GetProperty("unread").GetInt64();
            }
        }
        throw new InvalidOperationException("The stream ended.");
    }
}
