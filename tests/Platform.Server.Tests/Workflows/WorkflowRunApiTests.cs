using System.Net;
using System.Text.Json.Nodes;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Workflows;

public sealed class WorkflowRunApiTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    internal static string Chain(string definitionId, params JsonObject[] nodes)
    {
        var connections = new JsonArray();
        for (var i = 1; i < nodes.Length; i++)
        {
            connections.Add(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = nodes[i - 1]["id"]!.GetValue<string>(), ["port"] = "Done" },
                ["target"] = new JsonObject { ["activity"] = nodes[i]["id"]!.GetValue<string>(), ["port"] = "In" },
            });
        }
        return new JsonObject
        {
            ["definitionId"] = definitionId,
            ["name"] = definitionId,
            ["root"] = new JsonObject
            {
                ["id"] = "flow", ["type"] = "Elsa.Flowchart", ["activities"] = new JsonArray([.. nodes]), ["connections"] = connections,
            },
        }.ToJsonString();
    }

    internal static JsonObject WriteLine(string id, string text) => Node(id, "Elsa.WriteLine", "text", "String", text);

    internal static JsonObject Delay(string id, string span) => Node(id, "Elsa.Delay", "timeSpan", "TimeSpan", span);

    private static JsonObject Node(string id, string type, string input, string typeName, string value) => new()
    {
        ["id"] = id,
        ["type"] = type,
        [input] = new JsonObject { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } },
    };

    internal static async Task PublishAsync(HttpClient admin, string json, string definitionId)
    {
        await (await admin.PostAsync("/api/workflows", HttpJson.Content(json))).ReadJsonAsync(HttpStatusCode.Created);
        await (await admin.PostAsync($"/api/workflows/{definitionId}/publish", null)).ReadJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Run_AnswersTheInstanceWithElsasStatusNames_AndTheInstancePageShowsTheJournal()
    {
        using var admin = await factory.AdminAsync();
        await PublishAsync(admin, Chain("api-hello", WriteLine("a", "Hello"), WriteLine("b", "world")), "api-hello");

        var run = await (await admin.PostJsonAsync("/api/workflows/api-hello/run", new { input = new { leadId = 7 }, correlationId = "lead:7" })).ReadJsonAsync(HttpStatusCode.OK);
        var id = run.GetProperty("id").GetString();
        var page = await (await admin.GetAsync($"/api/workflow-instances/{id}")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("Finished", run.GetProperty("status").GetString());
        Assert.Equal("Finished", run.GetProperty("subStatus").GetString());
        Assert.Equal("lead:7", page.GetProperty("correlationId").GetString());
        Assert.Equal(7, page.GetProperty("input").GetProperty("leadId").GetInt32());
        var completed = page.GetProperty("journal").EnumerateArray()
            .Where(j => j.GetProperty("event").GetString() == "Completed" && j.GetProperty("activityType").GetString() == "Elsa.WriteLine")
            .Select(j => j.GetProperty("activityId").GetString());
        Assert.Equal(["a", "b"], completed);
    }

    [Fact]
    public async Task Run_Returns409ForADraft_404ForAnUnknownWorkflow_AndWritesNothing()
    {
        using var admin = await factory.AdminAsync();
        await (await admin.PostAsync("/api/workflows", HttpJson.Content(Chain("api-draft", WriteLine("a", "x"))))).ReadJsonAsync(HttpStatusCode.Created);

        await (await admin.PostJsonAsync("/api/workflows/api-draft/run", new { })).ReadProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostJsonAsync("/api/workflows/api-none/run", new { })).ReadProblemAsync(HttpStatusCode.NotFound);
        var list = await (await admin.GetAsync("/api/workflow-instances?definitionId=api-draft")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Instances_FilterByStatusDefinitionAndCorrelation_AndCancelEndsAWaitingOne()
    {
        using var admin = await factory.AdminAsync();
        await PublishAsync(admin, Chain("api-wait", Delay("d", "1.00:00:00"), WriteLine("b", "later")), "api-wait");
        var first = await (await admin.PostJsonAsync("/api/workflows/api-wait/run", new { correlationId = "c-1" })).ReadJsonAsync(HttpStatusCode.OK);
        await (await admin.PostJsonAsync("/api/workflows/api-wait/run", new { correlationId = "c-2" })).ReadJsonAsync(HttpStatusCode.OK);
        var id = first.GetProperty("id").GetString();

        var suspended = await (await admin.GetAsync("/api/workflow-instances?status=Suspended&definitionId=api-wait")).ReadJsonAsync(HttpStatusCode.OK);
        var correlated = await (await admin.GetAsync("/api/workflow-instances?correlationId=c-1")).ReadJsonAsync(HttpStatusCode.OK);
        var page = await (await admin.GetAsync($"/api/workflow-instances/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        var cancelled = await (await admin.PostAsync($"/api/workflow-instances/{id}/cancel", null)).ReadJsonAsync(HttpStatusCode.OK);
        await (await admin.PostAsync($"/api/workflow-instances/{id}/cancel", null)).ReadProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostAsync($"/api/workflow-instances/{id}/retry", null)).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(2, suspended.GetProperty("items").GetArrayLength());
        Assert.Equal(id, Assert.Single(correlated.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("Elsa.Delay", Assert.Single(page.GetProperty("bookmarks").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("Cancelled", cancelled.GetProperty("subStatus").GetString());
        Assert.Equal("Finished", cancelled.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Instances_AreForAdministrators_AndTheClockRouteIs404WithoutTheSimulatedSetting()
    {
        using var admin = await factory.AdminAsync();
        var (member, _) = await factory.UserAsync(admin);
        using var anonymous = factory.Anonymous();

        await (await member.GetAsync("/api/workflow-instances")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/workflow-instances")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync("/api/workflows/x/run", new { })).StatusCode);
        await (await admin.PostJsonAsync("/api/admin/clock/advance", new { by = "1.00:00:00" })).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync("/api/workflow-instances/nope")).ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
