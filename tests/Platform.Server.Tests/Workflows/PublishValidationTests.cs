using System.Net;
using System.Text.Json.Nodes;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Workflows;

/// <summary>Publishing refuses a workflow that cannot run as drawn, naming each activity to fix; the check alone saves nothing.</summary>
public sealed class PublishValidationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Publish_IsRefusedFieldByField_UntilTheActivitiesAreFixed()
    {
        using var admin = await factory.AdminAsync();
        var broken = Broken("check-publish");
        await (await admin.PostAsync("/api/workflows", HttpJson.Content(broken.ToJsonString()))).ReadJsonAsync(HttpStatusCode.Created);

        var refused = await (await admin.PostAsync("/api/workflows/check-publish/publish", null)).ReadJsonAsync(HttpStatusCode.BadRequest);
        var errors = refused.GetProperty("errors");
        Assert.True(errors.TryGetProperty("activities.script.condition", out var script));
        Assert.Contains("line 1", script[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("activities.lost", out _));
        Assert.True(errors.TryGetProperty("activities.wait.timeSpan", out _));
        var list = await admin.GetJsonAsync("/api/workflows");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, PublishedVersion(list, "check-publish"));

        var fixedFlow = WorkflowRunApiTests.Chain("check-publish", WorkflowRunApiTests.WriteLine("a", "Hello"), WorkflowRunApiTests.Delay("wait", "00:01:00"));
        await (await admin.PutAsync("/api/workflows/check-publish", HttpJson.Content(fixedFlow))).ReadJsonAsync(HttpStatusCode.OK);
        await (await admin.PostAsync("/api/workflows/check-publish/publish", null)).ReadJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Validate_AnswersTheSameErrors_WithoutSavingAnything()
    {
        using var admin = await factory.AdminAsync();

        var answer = await (await admin.PostAsync("/api/workflows/validate", HttpJson.Content(Broken("check-only").ToJsonString()))).ReadJsonAsync(HttpStatusCode.OK);
        var good = await (await admin.PostAsync("/api/workflows/validate",
            HttpJson.Content(WorkflowRunApiTests.Chain("check-good", WorkflowRunApiTests.WriteLine("a", "Hi"))))).ReadJsonAsync(HttpStatusCode.OK);

        Assert.False(answer.GetProperty("valid").GetBoolean());
        Assert.True(answer.GetProperty("errors").TryGetProperty("activities.lost", out _));
        Assert.True(good.GetProperty("valid").GetBoolean());
        await (await admin.GetAsync("/api/workflows/check-only")).ReadJsonAsync(HttpStatusCode.NotFound);
    }

    /// <summary>A decision whose script does not parse, a delay without its time span, and an activity nothing leads to.</summary>
    private static JsonObject Broken(string definitionId)
    {
        var document = JsonNode.Parse(WorkflowRunApiTests.Chain(definitionId, WorkflowRunApiTests.WriteLine("a", "Hello"),
            new JsonObject
            {
                ["id"] = "script", ["type"] = "Elsa.FlowDecision",
                ["condition"] = new JsonObject { ["typeName"] = "Boolean", ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "1 +* 2" } },
            },
            WorkflowRunApiTests.Delay("wait", "")))!.AsObject();
        document["root"]!["activities"]!.AsArray().Add(WorkflowRunApiTests.WriteLine("lost", "Never"));
        return document;
    }

    private static System.Text.Json.JsonValueKind PublishedVersion(System.Text.Json.JsonElement list, string definitionId) =>
        list.EnumerateArray().Single(w => w.GetProperty("definitionId").GetString() == definitionId).GetProperty("publishedVersion").ValueKind;
}
