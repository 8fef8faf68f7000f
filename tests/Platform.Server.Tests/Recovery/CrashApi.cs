using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Recovery;

/// <summary>What the crash tests ask the child server, through its public API only.</summary>
internal static class CrashApi
{
    /// <summary>Generous: the machine may be busy, and a wait that ends early only costs a failure message.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static async Task PublishAsync(this HttpClient admin, string json)
    {
        var definitionId = JsonNode.Parse(json)!["definitionId"]!.GetValue<string>();
        await (await admin.PostAsync("/api/workflows", HttpJson.Content(json))).ReadJsonAsync(HttpStatusCode.Created);
        await (await admin.PostAsync($"/api/workflows/{definitionId}/publish", null)).ReadJsonAsync(HttpStatusCode.OK);
    }

    public static async Task<JsonElement> RunAsync(this HttpClient admin, string definitionId, object input) =>
        await (await admin.PostJsonAsync($"/api/workflows/{definitionId}/run", new { input })).ReadJsonAsync(HttpStatusCode.OK);

    public static async Task<DateTimeOffset> ClockAsync(this HttpClient admin) =>
        (await admin.GetJsonAsync("/api/admin/clock")).GetProperty("now").GetDateTimeOffset();

    /// <summary>The request that moves the simulated clock by <paramref name="by"/> and answers once the due work has run.</summary>
    public static Task<HttpResponseMessage> AdvanceAsync(this HttpClient admin, TimeSpan by) =>
        admin.PostJsonAsync("/api/admin/clock/advance", new { by = by.ToString("c", CultureInfo.InvariantCulture) });

    /// <summary>Moves the simulated clock to <paramref name="instant"/>, unless it is there already.</summary>
    public static async Task AdvanceToAsync(this HttpClient admin, DateTimeOffset instant)
    {
        var by = instant - await admin.ClockAsync();
        if (by > TimeSpan.Zero)
        {
            await (await admin.AdvanceAsync(by)).ReadJsonAsync(HttpStatusCode.OK);
        }
    }

    public static async Task<JsonElement[]> InstancesAsync(this HttpClient admin, string definitionId, string? correlationId = null)
    {
        var correlated = correlationId is null ? "" : "&correlationId=" + Uri.EscapeDataString(correlationId);
        return [.. (await admin.GetJsonAsync($"/api/workflow-instances?definitionId={definitionId}{correlated}&limit=500")).GetProperty("items").EnumerateArray()];
    }

    public static Task<JsonElement> InstanceAsync(this HttpClient admin, string id) => admin.GetJsonAsync($"/api/workflow-instances/{id}");

    /// <summary>How many journal lines of the instance say <paramref name="eventName"/> for the activity <paramref name="activityId"/>.</summary>
    public static int Journaled(this JsonElement instance, string activityId, string eventName) =>
        instance.GetProperty("journal").EnumerateArray().Count(j =>
            j.GetProperty("activityId").GetString() == activityId && j.GetProperty("event").GetString() == eventName);

    /// <summary>Outbox messages (newest first) that a workflow instance queued.</summary>
    public static async Task<JsonElement[]> OutboxOfAsync(this HttpClient admin, string instanceId) =>
        [.. (await admin.GetJsonAsync("/api/admin/outbox?limit=500")).GetProperty("items").EnumerateArray()
            .Where(m => m.GetProperty("source").GetString() == "workflow:" + instanceId)];

    /// <summary>The administrator's open tasks whose title starts with <paramref name="prefix"/>.</summary>
    public static async Task<JsonElement[]> TasksAsync(this HttpClient admin, string prefix) =>
        [.. (await admin.GetJsonAsync("/api/tasks?assignee=me&status=open")).GetProperty("items").EnumerateArray()
            .Where(t => t.GetProperty("title").GetString()!.StartsWith(prefix, StringComparison.Ordinal))];

    /// <summary>Asks until <paramref name="done"/> holds; fails with the server's last lines after <see cref="Patience"/>.</summary>
    public static async Task EventuallyAsync(this ChildServer server, string what, Func<Task<bool>> done)
    {
        var waited = Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(waited.Elapsed < Patience, $"Still not {what} after {Patience}. The server's last lines:\n{server.LogTail()}");
            await Task.Delay(200);
        }
    }

    /// <summary>Waits for <paramref name="task"/>, failing with the server's last lines after <see cref="Patience"/>.</summary>
    public static async Task<T> WithinPatienceAsync<T>(this Task<T> task, ChildServer server, string what)
    {
        try
        {
            return await task.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Still not {what} after {Patience}. The server's last lines:\n{server.LogTail()}");
            throw;
        }
    }
}
