using System.Net;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Workflows;

/// <summary>
/// The lead-intake workflow of tests/fixtures/workflows/lead-intake.json on a simulated clock, end to end through
/// the API: a lead is created → scored → assigned → given a task due in 48 working hours → the owner is reminded
/// when it falls due → the manager is told a working day later. Each happens exactly once, across a restart.
/// </summary>
public sealed class LeadIntakeTests : IAsyncLifetime
{
    // Monday 16 June 2031, 09:00 in Shanghai: the start of a working day (ahead of the real date, see SimulatedClockTests).
    private static readonly DateTimeOffset Monday = new(2031, 6, 16, 1, 0, 0, TimeSpan.Zero);
    /// <summary>The entity the lead-intake workflow reads and writes.</summary>
    internal const string LeadEntity = """
        {"slug":"lead","label":{"zh-CN":"线索","en":"Lead"},"fields":[
          {"slug":"name","type":"text","label":{"en":"Name"}},
          {"slug":"budget","type":"number","label":{"en":"Budget"}},
          {"slug":"source","type":"select","options":[{"value":"web","label":{"en":"Web"}},{"value":"referral","label":{"en":"Referral"}}]},
          {"slug":"score","type":"number","label":{"en":"Score"}}]}
        """;

    private const string Password = "Secret123!";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "platform-lead-intake", Guid.NewGuid().ToString("N"));
    private PlatformFactory _server = null!;

    public Task InitializeAsync()
    {
        _server = Start(Monday);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task LeadIsScoredAssignedRemindedAndEscalated_ExactlyOnceEach_AcrossARestart()
    {
        using var admin = await _server.AdminAsync();
        await admin.CreateEntityAsync(LeadEntity);
        var rep1 = await UserAsync(admin, "rep1@example.com", "sales");
        var rep2 = await UserAsync(admin, "rep2@example.com", "sales");
        var manager = await UserAsync(admin, "manager@example.com", "management");
        await (await admin.PostAsync("/api/workflows", HttpJson.Content(File.ReadAllText(Fixture())))).ReadJsonAsync(HttpStatusCode.Created);
        await (await admin.PostAsync("/api/workflows/lead-intake/publish", null)).ReadJsonAsync(HttpStatusCode.OK);

        var acme = await admin.CreateRecordIdAsync("lead", new { name = "Acme", budget = 200_000, source = "referral" });
        var beta = await admin.CreateRecordIdAsync("lead", new { name = "Beta", budget = 5_000, source = "web" });
        await AdvanceAsync(admin, "00:00:01");

        // Scored and assigned round-robin within the sales team, each with a first-call task due in 48 working hours.
        var acmeLead = await admin.GetJsonAsync("/api/entities/lead/records/" + acme);
        var betaLead = await admin.GetJsonAsync("/api/entities/lead/records/" + beta);
        Assert.Equal(90, acmeLead.GetProperty("score").GetInt32());
        Assert.Equal(10, betaLead.GetProperty("score").GetInt32());
        Assert.Equal(rep1, acmeLead.GetProperty("ownerId").GetInt64());
        Assert.Equal(rep2, betaLead.GetProperty("ownerId").GetInt64());
        var acmeTask = Assert.Single(await TasksAsync(admin, rep1));
        var betaTask = Assert.Single(await TasksAsync(admin, rep2));
        Assert.Equal("First call: Acme", acmeTask.GetProperty("title").GetString());
        Assert.Equal(new DateTimeOffset(2031, 6, 23, 4, 0, 0, TimeSpan.Zero), acmeTask.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(acme, acmeTask.GetProperty("recordId").GetInt64());

        // Rep 2 makes the call in time: Beta's workflow ends without a reminder.
        await (await admin.PostAsync($"/api/tasks/{betaTask.GetProperty("id").GetInt64()}/complete", null)).ReadJsonAsync(HttpStatusCode.OK);
        await AdvanceAsync(admin, "00:00:01");

        // Saturday: nothing is due yet. The next Tuesday morning: Acme's task fell due on Monday at 12:00, so rep 1 was reminded.
        await AdvanceAsync(admin, "5.00:00:00");
        Assert.Empty(await TitlesAsync(rep1, "Reminder"));
        await AdvanceAsync(admin, "3.00:00:00");
        Assert.Equal(["Reminder: call Acme now (score 90)"], await TitlesAsync(rep1, "Reminder"));
        Assert.Empty(await TitlesAsync(manager, "Escalation"));

        // The server stops and starts again on the same file, its clock where it was.
        var now = (await admin.GetJsonAsync("/api/admin/clock")).GetProperty("now").GetDateTimeOffset();
        await _server.DisposeAsync();
        _server = Start(now);
        using var again = await _server.AdminAsync();

        await AdvanceAsync(again, "1.00:00:00");

        Assert.Equal(["Escalation: Acme has not been called"], await TitlesAsync(manager, "Escalation"));
        Assert.Equal(["Reminder: call Acme now (score 90)"], await TitlesAsync(rep1, "Reminder"));
        Assert.Empty(await TitlesAsync(rep2, "Reminder"));
        var instances = (await again.GetJsonAsync("/api/workflow-instances?definitionId=lead-intake")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, instances.Count);
        Assert.All(instances, i => Assert.Equal("Finished", i.GetProperty("subStatus").GetString()));
        Assert.Equal(["lead:" + acme, "lead:" + beta], instances.Select(i => i.GetProperty("correlationId").GetString()).Order());
    }

    private PlatformFactory Start(DateTimeOffset clock) => PlatformFactory.With(settings: new Dictionary<string, string?>
    {
        ["Platform:Storage:Path"] = Path.Combine(_folder, "platform.db"),
        ["Platform:TimeZone"] = "Asia/Shanghai",
        ["Platform:Clock:Mode"] = "Simulated",
        ["Platform:Clock:Start"] = clock.ToString("O"),
    });

    private static async Task AdvanceAsync(HttpClient admin, string by) =>
        await (await admin.PostJsonAsync("/api/admin/clock/advance", new { by })).ReadJsonAsync(HttpStatusCode.OK);

    private static async Task<long> UserAsync(HttpClient admin, string email, string team) =>
        (await (await admin.PostJsonAsync("/api/users", new { email, name = email.Split('@')[0], role = "member", password = Password, team }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();

    private static async Task<List<JsonElement>> TasksAsync(HttpClient admin, long assignee) =>
        [.. (await admin.GetJsonAsync($"/api/tasks?assignee={assignee}&status=open")).GetProperty("items").EnumerateArray()];

    /// <summary>The titles of a user's notifications that start with <paramref name="prefix"/>, read as that user.</summary>
    private async Task<List<string>> TitlesAsync(long userId, string prefix)
    {
        var email = await EmailAsync(userId);
        using var user = await _server.SignInAsync(email, Password);
        var items = (await user.GetJsonAsync("/api/notifications")).GetProperty("items").EnumerateArray();
        return [.. items.Select(n => n.GetProperty("title").GetString()!).Where(t => t.StartsWith(prefix, StringComparison.Ordinal))];
    }

    private async Task<string> EmailAsync(long userId)
    {
        using var admin = await _server.AdminAsync();
        var users = (await admin.GetJsonAsync("/api/users")).EnumerateArray();
        return users.Single(u => u.GetProperty("id").GetInt64() == userId).GetProperty("email").GetString()!;
    }

    private static string Fixture()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "fixtures", "workflows", "lead-intake.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("tests/fixtures/workflows/lead-intake.json not found above " + AppContext.BaseDirectory);
    }
}
