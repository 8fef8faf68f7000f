using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;
using static Platform.Server.Tests.Recovery.CrashWorkflows;

namespace Platform.Server.Tests.Recovery;

/// <summary>
/// The real server, killed with SIGKILL before and in the middle of a burst, then started again on the same
/// database: nothing that was due is lost, nothing runs twice, and the outside world (webhook receivers, the
/// mail server, people's task lists) sees each message once; a message that was sent just before the kill may
/// be sent again, but only with the same idempotency key.
/// </summary>
[Collection(CrashServerCollection.Collection)]
public sealed class CrashRecoveryTests(CrashServerFixture fixture, ITestOutputHelper output)
{
    // More than one group commit holds (64 writes): some share the held burst's transaction, the rest wait behind it.
    private const int FiringTimers = 70;
    private const int WaitingTimers = 30;

    private ChildServer Server => fixture.Server;

    [Fact]
    public async Task DelayTimers_FireExactlyOnceEach_WhenTheServerIsKilledWhileTheyFire()
    {
        var admin = Server.Admin;
        await admin.PublishAsync(TimerFlow("crash-timers-1h", "01:00:00"));
        await admin.PublishAsync(TimerFlow("crash-timers-2h", "02:00:00"));
        await admin.PublishAsync(Chain("crash-timers-gate", Delay("wait", "01:00:00"), Call("gate", fixture.Gate.At("timers")), WriteLine("done", "past the gate")));
        var start = await admin.ClockAsync();
        // Set first, this timer is the first of those due at the hour: its burst, held at the gate, keeps the
        // others behind it (or in its transaction) until the kill.
        await admin.RunAsync("crash-timers-gate", new { });
        var leads = FiringTimers + WaitingTimers;
        for (var lead = 1; lead <= leads; lead++)
        {
            await admin.RunAsync(lead <= FiringTimers ? "crash-timers-1h" : "crash-timers-2h", new { lead });
        }

        var held = fixture.Gate.HoldNext();
        var advance = admin.AdvanceAsync(TimeSpan.FromHours(1));
        await held.WithinPatienceAsync(Server, "at the gate");
        await Server.KillAsync();
        var sentBeforeTheKill = fixture.Inbox.Webhooks("crash.timer").Length;
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => advance);
        fixture.Gate.ReleaseHeld();
        await Server.StartAsync();
        admin = Server.Admin;
        var resumedAt = await admin.ClockAsync();
        await admin.AdvanceToAsync(start + TimeSpan.FromHours(2));
        await Server.EventuallyAsync("past every timer", async () =>
            (await TimerInstancesAsync(admin)).Count(i => Status(i) == "Finished") == leads
            && fixture.Inbox.Webhooks("crash.timer").Select(Deliveries.Key).Distinct().Count() == leads
            && fixture.Smtp.Mails("Timer ").Select(m => m.Key).Distinct().Count() == leads
            && (await admin.TasksAsync("Timer task ")).Length == leads
            && Status(Assert.Single(await admin.InstancesAsync("crash-timers-gate"))) == "Finished");

        Assert.Equal(0, sentBeforeTheKill);
        Assert.Equal(start + TimeSpan.FromHours(1), resumedAt);
        foreach (var instance in await TimerInstancesAsync(admin))
        {
            var page = await admin.InstanceAsync(instance.GetProperty("id").GetString()!);
            Assert.Equal((1, 1, 1, 1),
                (page.Journaled("wait", "Resumed"), page.Journaled("hook", "Completed"), page.Journaled("mail", "Completed"), page.Journaled("call", "Completed")));
        }
        var hooks = fixture.Inbox.Webhooks("crash.timer");
        Assert.All(hooks, h => Assert.True(h.IsSignedWith(CrashServerFixture.WebhookSecret)));
        var keysByLead = hooks.GroupBy(h => JsonNode.Parse(h.Body)!["lead"]!.GetValue<int>()).ToDictionary(g => g.Key, g => g.Select(Deliveries.Key).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, leads), keysByLead.Keys.Order());
        Assert.All(keysByLead.Values, keys => Assert.Equal(1, keys));
        var mails = fixture.Smtp.Mails("Timer ");
        Assert.Equal(leads, mails.Select(m => m.Recipients.Single()).Distinct().Count());
        Assert.All(mails.GroupBy(m => m.Recipients.Single()), g => Assert.Single(g.Select(m => m.Key).Distinct()));
        Assert.Equal(2, fixture.Gate.Calls("timers"));
        var tasks = await admin.TasksAsync("Timer task ");
        Assert.Equal(Enumerable.Range(1, leads).Select(lead => $"Timer task {lead}").Order(), tasks.Select(t => t.GetProperty("title").GetString()).Order());
        output.WriteLine($"{hooks.Length - leads} webhooks and {mails.Length - leads} e-mails went out a second time, each with its first key.");
    }

    [Fact]
    public async Task BurstKilledInItsSlowScript_LeavesNothingBehind_AndRunsOnceMoreAfterTheRestart()
    {
        var admin = Server.Admin;
        await admin.PublishAsync(Chain("crash-burst",
            OnEvent("arrived", "crash.lead"),
            Email("welcome", "owner@example.com", "Burst: lead arrived"),
            Webhook("announce", fixture.Inbox.Url, "crash.burst.arrived"),
            ToDo("firstCall", "Burst task: first call", ChildServer.AdminEmail),
            Call("gate", fixture.Gate.At("burst")),
            Script("score", SlowScore),
            Webhook("assigned", fixture.Inbox.Url, "crash.burst.assigned"),
            Email("assignedMail", "owner@example.com", "Burst: lead assigned"),
            ToDo("offer", "Burst task: send the offer", ChildServer.AdminEmail),
            WriteLine("done", "burst finished")));
        await admin.PublishAsync(Chain("crash-burst-start", Publish("publish", "crash.lead")));
        // A day on: the event is queued at an instant the restarted server has to come back to.
        await admin.AdvanceToAsync(await admin.ClockAsync() + TimeSpan.FromDays(1));
        var killedAt = await admin.ClockAsync();

        fixture.Gate.AnswerNext(HttpStatusCode.Accepted);
        var publisher = await admin.RunAsync("crash-burst-start", new { lead = 7 });
        await Server.EventuallyAsync("at the gate", () => Task.FromResult(fixture.Gate.Calls("burst") == 1));
        // Past the gate, the script cannot end before the sandbox's 30 s limit: the kill comes while it runs.
        await Task.Delay(500);
        await Server.KillAsync();
        var leftBeforeTheKill = (fixture.Inbox.Webhooks("crash.burst.arrived").Length, fixture.Smtp.Mails("Burst: ").Length);
        await Server.StartAsync();
        admin = Server.Admin;
        var resumedAt = await admin.ClockAsync();
        JsonElement[] burst = [];
        await Server.EventuallyAsync("through the burst again", async () =>
            (burst = await admin.InstancesAsync("crash-burst")).Length == 1 && Status(burst[0]) == "Finished"
            && fixture.Inbox.Webhooks("crash.burst.assigned").Length > 0 && fixture.Smtp.Mails("Burst: ").Length >= 2);
        var id = burst[0].GetProperty("id").GetString()!;
        await Server.EventuallyAsync("done with the outbox", async () => (await admin.OutboxOfAsync(id)).All(m => m.GetProperty("status").GetString() == "sent"));

        Assert.Equal("Finished", Status(publisher));
        Assert.Equal((0, 0), leftBeforeTheKill);
        Assert.Equal(killedAt, resumedAt);
        var tasks = await admin.TasksAsync("Burst task: ");
        Assert.Equal(["Burst task: first call", "Burst task: send the offer"], tasks.Select(t => t.GetProperty("title").GetString()).Order());
        Assert.All(tasks, t => Assert.Equal("workflow:" + id, t.GetProperty("source").GetString()));
        var page = await admin.InstanceAsync(id);
        Assert.All(new[] { "arrived", "welcome", "announce", "firstCall", "gate", "score", "assigned", "assignedMail", "offer", "done" },
            activity => Assert.Equal(1, page.Journaled(activity, "Completed")));
        Assert.Equal(0, page.GetProperty("incidents").GetArrayLength());
        output.WriteLine($"The script took {ScriptMilliseconds(page)} ms on the run after the restart.");
        Assert.Equal(2, fixture.Gate.Calls("burst"));
        var hooks = fixture.Inbox.Webhooks("crash.burst.arrived").Concat(fixture.Inbox.Webhooks("crash.burst.assigned")).ToArray();
        Assert.Equal(2, hooks.Length);
        Assert.All(hooks, h => Assert.True(h.IsSignedWith(CrashServerFixture.WebhookSecret)));
        var mails = fixture.Smtp.Mails("Burst: ");
        Assert.Equal(["Burst: lead arrived", "Burst: lead assigned"], mails.Select(m => m.Subject).Order());
        var outbox = await admin.OutboxOfAsync(id);
        Assert.Equal(4, outbox.Length);
        Assert.Equal(outbox.Select(m => m.GetProperty("idempotencyKey").GetString()).Order(), hooks.Select(Deliveries.Key).Concat(mails.Select(m => m.Key)).Order());
    }

    [Theory]
    [InlineData("webhook")]
    [InlineData("email")]
    public async Task MessageSentJustBeforeTheKill_GoesOutAgainOnlyWithTheSameKey(string kind)
    {
        var admin = Server.Admin;
        var definitionId = "crash-sent-" + kind;
        await admin.PublishAsync(Chain(definitionId,
            kind == "webhook" ? Webhook("send", fixture.Inbox.Url, "crash.sent") : Email("send", "sales@example.com", "Sent before the kill")));
        Func<string[]> keys = kind == "webhook"
            ? () => [.. fixture.Inbox.Webhooks("crash.sent").Select(Deliveries.Key)]
            : () => [.. fixture.Smtp.Mails("Sent before the kill").Select(m => m.Key)];

        // Held by the receiver, the message has arrived whole but the server has not heard back: it cannot have marked it sent.
        Task arrived = kind == "webhook" ? fixture.Inbox.HoldNext() : fixture.Smtp.HoldNextAcceptance();
        var run = await admin.RunAsync(definitionId, new { lead = 9 });
        await arrived.WaitAsync(CrashApi.Patience);
        await Server.KillAsync();
        fixture.Inbox.ReleaseHeld();
        fixture.Smtp.ReleaseHeld();
        await Server.StartAsync();
        admin = Server.Admin;
        var id = run.GetProperty("id").GetString()!;
        JsonElement[] outbox = [];
        await Server.EventuallyAsync("sent after the restart", async () =>
            (outbox = await admin.OutboxOfAsync(id)) is [var only] && only.GetProperty("status").GetString() == "sent");

        var message = Assert.Single(outbox);
        Assert.Equal(1, message.GetProperty("attempts").GetInt32());
        Assert.Equal([message.GetProperty("idempotencyKey").GetString()!, message.GetProperty("idempotencyKey").GetString()!], keys());
        output.WriteLine($"The {kind} went out twice, both times with the key {keys()[0]}.");
    }

    /// <summary>
    /// Works out a score the slow way (about a second on a quiet machine). The gate's answer just before it says
    /// how long it takes: 202 while the test means to kill the server, and then it goes on until the server dies
    /// (the sandbox would stop it after 30 s), 200 on the run after the restart.
    /// </summary>
    private const string SlowScore = """
        let score = 0;
        for (let i = 0; i < 100000; i++) { score = (score + i * 7) % 1000; }
        const killing = getOutputFrom('gate', 'statusCode') === 202;
        while (killing) { score = (score + 1) % 1000; }
        return score;
        """;

    private string TimerFlow(string definitionId, string wait) => Chain(definitionId,
        Delay("wait", wait), Webhook("hook", fixture.Inbox.Url, "crash.timer"), Email("mail", "lead-{{ input.lead }}@example.com", "Timer {{ input.lead }}"),
        ToDo("call", "Timer task {{ input.lead }}", ChildServer.AdminEmail));

    private static double ScriptMilliseconds(JsonElement page) => page.GetProperty("journal").EnumerateArray()
        .Where(j => j.GetProperty("activityId").GetString() == "score")
        .Sum(j => j.TryGetProperty("durationMs", out var ms) && ms.ValueKind == JsonValueKind.Number ? ms.GetDouble() : 0);

    private async Task<JsonElement[]> TimerInstancesAsync(HttpClient admin) =>
        [.. await admin.InstancesAsync("crash-timers-1h"), .. await admin.InstancesAsync("crash-timers-2h")];

    private static string? Status(JsonElement instance) => instance.GetProperty("subStatus").GetString();
}
