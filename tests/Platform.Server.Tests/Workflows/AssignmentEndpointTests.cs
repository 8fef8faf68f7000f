using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Storage;
using Platform.Engine.Workflows.Assignment;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Workflows;

public sealed class AssignmentEndpointTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task GetAssignments_ListsEachAssignmentNewestFirst_WithTheReasonInBothLanguages()
    {
        using var admin = await factory.AdminAsync();
        var lead = await admin.CreateLeadEntityAsync();
        var team = Seed.Slug("team");
        var alice = await UserAsync(admin, "Alice", team);
        var bob = await UserAsync(admin, "Bob", team);
        var id = await admin.CreateRecordIdAsync(lead, new { name = "Acme" });
        await AssignAsync(lead, id, team);
        await AssignAsync(lead, id, team);

        var history = (await admin.GetJsonAsync($"/api/entities/{lead}/records/{id}/assignments")).EnumerateArray().ToList();

        Assert.Equal([bob, alice], history.Select(h => h.GetProperty("userId").GetInt64()));
        Assert.Equal(["Bob", "Alice"], history.Select(h => h.GetProperty("userName").GetString()));
        Assert.All(history, h => Assert.Equal("roundRobin", h.GetProperty("strategy").GetString()));
        Assert.Equal("Round-robin: Bob is next in turn among the available candidates (2).", history[0].GetProperty("reason").GetProperty("en").GetString());
        Assert.Equal("轮流分配：在可分配的候选人（2 位）中轮到 Bob。", history[0].GetProperty("reason").GetProperty("zh-CN").GetString());
        Assert.Equal([alice, bob], history[0].GetProperty("candidates").EnumerateArray().Select(c => c.GetInt64()));
        Assert.Equal("wf-http", history[0].GetProperty("workflowInstanceId").GetString());
        Assert.Equal(bob, (await admin.GetJsonAsync($"/api/entities/{lead}/records/{id}")).GetProperty("ownerId").GetInt64());
    }

    [Fact]
    public async Task Timeline_ShowsTheAssignment_NextToTheAuditedOwnerChange()
    {
        using var admin = await factory.AdminAsync();
        var lead = await admin.CreateLeadEntityAsync();
        var team = Seed.Slug("team");
        var alice = await UserAsync(admin, "Alice", team);
        var id = await admin.CreateRecordIdAsync(lead, new { name = "Acme" });
        await AssignAsync(lead, id, team);

        var timeline = (await admin.GetJsonAsync($"/api/entities/{lead}/records/{id}/timeline")).EnumerateArray().ToList();

        var assignment = Assert.Single(timeline, i => i.GetProperty("kind").GetString() == "assignment").GetProperty("assignment");
        Assert.Equal(alice, assignment.GetProperty("ownerId").GetInt64());
        Assert.Equal("Alice", assignment.GetProperty("ownerName").GetString());
        Assert.StartsWith("Round-robin: Alice", assignment.GetProperty("reason").GetProperty("en").GetString());
        var change = Assert.Single(timeline, i => i.TryGetProperty("action", out var action) && action.GetString() == "update");
        Assert.Equal("ownerId", change.GetProperty("changes")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task GetAssignments_Is404_ForAnUnknownRecordOrEntity_And401_WithoutSignIn()
    {
        using var admin = await factory.AdminAsync();
        var lead = await admin.CreateLeadEntityAsync();
        var id = await admin.CreateRecordIdAsync(lead, new { name = "Acme" });
        using var anonymous = factory.Anonymous();

        Assert.Empty((await admin.GetJsonAsync($"/api/entities/{lead}/records/{id}/assignments")).EnumerateArray());
        var missing = await (await admin.GetAsync($"/api/entities/{lead}/records/{id + 1000}/assignments")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal($"Record {id + 1000} was not found.", missing.GetProperty("detail").GetString());
        await (await admin.GetAsync($"/api/entities/nothing_here/records/{id}/assignments")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await anonymous.GetAsync($"/api/entities/{lead}/records/{id}/assignments")).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static async Task<long> UserAsync(HttpClient admin, string name, string team)
    {
        var email = $"{name.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        var user = await (await admin.PostJsonAsync("/api/users", new { email, name, role = "member", password = "Secret123!", team }))
            .ReadJsonAsync(HttpStatusCode.Created);
        return user.GetProperty("id").GetInt64();
    }

    /// <summary>Assigns as a workflow does: inside a write of its own, through the engine.</summary>
    private async Task AssignAsync(string entity, long id, string team)
    {
        var assignments = factory.Services.GetRequiredService<OwnerAssignmentService>();
        var request = new AssignmentRequest
        {
            Entity = entity, RecordId = id, Candidates = new AssignmentCandidates { Team = team }, WorkflowInstanceId = "wf-http",
        };
        var decided = await factory.Services.GetRequiredService<Database>()
            .WriteAsync(scope => assignments.AssignInScopeAsync(scope, request, CancellationToken.None), CancellationToken.None);
        Assert.True(decided.IsSuccess, decided.Failure?.Detail);
    }
}
