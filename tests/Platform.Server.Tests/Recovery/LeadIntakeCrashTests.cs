using System.Net;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;
using Platform.Server.Tests.Workflows;
using static Platform.Server.Tests.Recovery.CrashWorkflows;

namespace Platform.Server.Tests.Recovery;

/// <summary>
/// The lead-intake workflow of tests/fixtures/workflows/lead-intake.json (a lead is created → scored → assigned →
/// given a first-call task → its owner reminded when the task falls due → the manager told a working day later),
/// with the server killed while the reminders fall due: each lead is still assigned, reminded and escalated
/// exactly once.
/// </summary>
[Collection(CrashServerCollection.Collection)]
public sealed class LeadIntakeCrashTests(CrashServerFixture fixture)
{
    private const string Password = "Secret123!";

    private ChildServer Server => fixture.Server;

    [Fact]
    public async Task LeadIntake_AssignsRemindsAndEscalatesOnceEach_WhenTheServerIsKilledAsTheRemindersFallDue()
    {
        var admin = Server.Admin;
        await admin.CreateEntityAsync(LeadIntakeTests.LeadEntity);
        await UserAsync(admin, "crash-rep1@example.com", "sales");
        await UserAsync(admin, "crash-rep2@example.com", "sales");
        await UserAsync(admin, "manager@example.com", "management");
        await admin.PublishAsync(File.ReadAllText(ChildServer.RepositoryFile("tests", "fixtures", "workflows", "lead-intake.json")));

        // The first lead tells when reminders fall due. A gate timed for that instant and set before the second
        // lead's timer holds the writer then, with the second lead's reminder queued behind it.
        var probe = await admin.CreateRecordIdAsync("lead", new { name = "Probe", budget = 5_000, source = "web" });
        var remindAt = await WaitingUntilAsync(admin, probe, "due");
        var now = await admin.ClockAsync();
        await admin.PublishAsync(Chain("crash-intake-gate", Delay("wait", (remindAt - now).ToString("c")), Call("gate", fixture.Gate.At("intake"))));
        await admin.RunAsync("crash-intake-gate", new { });
        var acme = await admin.CreateRecordIdAsync("lead", new { name = "Acme", budget = 200_000, source = "referral" });
        Assert.Equal(remindAt, await WaitingUntilAsync(admin, acme, "due"));

        var held = fixture.Gate.HoldNext();
        var advance = admin.AdvanceAsync(remindAt - now + TimeSpan.FromMinutes(1));
        await held.WithinPatienceAsync(Server, "at the gate");
        await Server.KillAsync();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => advance);
        fixture.Gate.ReleaseHeld();
        await Server.StartAsync();
        admin = Server.Admin;
        Assert.Equal(remindAt, await admin.ClockAsync());
        var escalateAt = new[] { await WaitingUntilAsync(admin, probe, "grace"), await WaitingUntilAsync(admin, acme, "grace") }.Max();
        await admin.AdvanceToAsync(escalateAt + TimeSpan.FromMinutes(1));
        await Server.EventuallyAsync("through both lead-intake workflows", async () =>
            (await admin.InstancesAsync("lead-intake")).Count(i => i.GetProperty("subStatus").GetString() == "Finished") == 2);

        foreach (var (lead, name, score) in new[] { (probe, "Probe", 10), (acme, "Acme", 90) })
        {
            var record = await admin.GetJsonAsync($"/api/entities/lead/records/{lead}");
            var owner = record.GetProperty("ownerId").GetInt64();
            var assignments = (await admin.GetJsonAsync($"/api/entities/lead/records/{lead}/assignments")).EnumerateArray().ToList();
            Assert.Equal(owner, Assert.Single(assignments).GetProperty("userId").GetInt64());
            var tasks = (await admin.GetJsonAsync($"/api/tasks?assignee={owner}&status=open")).GetProperty("items").EnumerateArray();
            Assert.Single(tasks, t => t.GetProperty("title").GetString() == $"First call: {name}");
            Assert.Equal([$"Reminder: call {name} now (score {score})"], await TitlesAsync(await EmailOfAsync(admin, owner), $"Reminder: call {name}"));
            Assert.Equal([$"Escalation: {name} has not been called"], await TitlesAsync("manager@example.com", $"Escalation: {name}"));
            var page = await admin.InstanceAsync(Assert.Single(await admin.InstancesAsync("lead-intake", $"lead:{lead}")).GetProperty("id").GetString()!);
            Assert.Equal((1, 1, 1, 1), (page.Journaled("assign", "Completed"), page.Journaled("task", "Completed"),
                page.Journaled("remind", "Completed"), page.Journaled("escalate", "Completed")));
        }
    }

    /// <summary>When the lead's workflow will go on from the timer of <paramref name="activityId"/>, once it waits there.</summary>
    private async Task<DateTimeOffset> WaitingUntilAsync(HttpClient admin, long lead, string activityId)
    {
        DateTimeOffset? dueAt = null;
        await Server.EventuallyAsync($"waiting at {activityId} for lead {lead}", async () =>
        {
            if (await admin.InstancesAsync("lead-intake", $"lead:{lead}") is not [var instance])
            {
                return false;
            }
            var bookmarks = (await admin.InstanceAsync(instance.GetProperty("id").GetString()!)).GetProperty("bookmarks").EnumerateArray();
            dueAt = bookmarks.Where(b => b.GetProperty("activityId").GetString() == activityId)
                .Select(b => (DateTimeOffset?)b.GetProperty("dueAt").GetDateTimeOffset()).FirstOrDefault();
            return dueAt is not null;
        });
        return dueAt!.Value;
    }

    private static async Task UserAsync(HttpClient admin, string email, string team) =>
        await (await admin.PostJsonAsync("/api/users", new { email, name = email.Split('@')[0], role = "member", password = Password, team }))
            .ReadJsonAsync(HttpStatusCode.Created);

    private static async Task<string> EmailOfAsync(HttpClient admin, long userId) =>
        (await admin.GetJsonAsync("/api/users")).EnumerateArray().Single(u => u.GetProperty("id").GetInt64() == userId).GetProperty("email").GetString()!;

    /// <summary>The titles of a user's notifications that start with <paramref name="prefix"/>, read as that user.</summary>
    private async Task<string[]> TitlesAsync(string email, string prefix)
    {
        using var user = await Server.SignInAsync(email, Password);
        var items = (await user.GetJsonAsync("/api/notifications")).GetProperty("items").EnumerateArray();
        return [.. items.Select(n => n.GetProperty("title").GetString()!).Where(t => t.StartsWith(prefix, StringComparison.Ordinal))];
    }
}
