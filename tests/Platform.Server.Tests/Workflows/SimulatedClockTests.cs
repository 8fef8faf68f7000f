using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Workflows;

/// <summary>A server started with <c>Platform:Clock:Mode=Simulated</c>: time moves only when an administrator advances it.</summary>
public sealed class SimulatedClockTests : IAsyncLifetime
{
    private readonly PlatformFactory _factory = PlatformFactory.With(settings: new Dictionary<string, string?>
    {
        ["Platform:Clock:Mode"] = "Simulated",
        // Ahead of the real date: cookies carry expiry dates on this clock, and an HTTP client drops expired ones.
        ["Platform:Clock:Start"] = "2031-06-16T01:00:00Z",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Advance_RunsTheTimersThatFallDue_BeforeItAnswers()
    {
        using var admin = await _factory.AdminAsync();
        await WorkflowRunApiTests.PublishAsync(admin,
            WorkflowRunApiTests.Chain("clock-wait", WorkflowRunApiTests.Delay("d", "2.00:00:00"), WorkflowRunApiTests.WriteLine("b", "escalate")), "clock-wait");
        var run = await (await admin.PostJsonAsync("/api/workflows/clock-wait/run", new { })).ReadJsonAsync(HttpStatusCode.OK);
        var id = run.GetProperty("id").GetString();

        var early = await (await admin.PostJsonAsync("/api/admin/clock/advance", new { by = "1.23:00:00" })).ReadJsonAsync(HttpStatusCode.OK);
        var stillWaiting = await (await admin.GetAsync($"/api/workflow-instances/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        var late = await (await admin.PostJsonAsync("/api/admin/clock/advance", new { by = "01:00:00" })).ReadJsonAsync(HttpStatusCode.OK);
        var done = await (await admin.GetAsync($"/api/workflow-instances/{id}")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("Suspended", run.GetProperty("subStatus").GetString());
        Assert.Equal(new DateTimeOffset(2031, 6, 18, 0, 0, 0, TimeSpan.Zero), early.GetProperty("now").GetDateTimeOffset());
        Assert.Equal("Suspended", stillWaiting.GetProperty("subStatus").GetString());
        Assert.Equal(new DateTimeOffset(2031, 6, 18, 1, 0, 0, TimeSpan.Zero), late.GetProperty("now").GetDateTimeOffset());
        Assert.Equal("Finished", done.GetProperty("subStatus").GetString());
    }

    [Theory]
    [InlineData("""{"by":"-1.00:00:00"}""")]
    [InlineData("""{"by":"soon"}""")]
    [InlineData("""{}""")]
    public async Task Advance_RefusesABadSpan_KeyedByBy(string body)
    {
        using var admin = await _factory.AdminAsync();

        var problem = await (await admin.PostAsync("/api/admin/clock/advance", HttpJson.Content(body))).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("by", out _));
        var clock = await (await admin.GetAsync("/api/admin/clock")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(new DateTimeOffset(2031, 6, 16, 1, 0, 0, TimeSpan.Zero), clock.GetProperty("now").GetDateTimeOffset());
    }

    [Fact]
    public async Task Advance_IsForAdministrators()
    {
        using var admin = await _factory.AdminAsync();
        var (member, _) = await _factory.UserAsync(admin);

        await (await member.PostJsonAsync("/api/admin/clock/advance", new { by = "1.00:00:00" })).ReadProblemAsync(HttpStatusCode.Forbidden);
    }
}
