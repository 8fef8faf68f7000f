using System.Net;
using System.Text.Json.Nodes;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Workflows;

public sealed class HttpWorkflowTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task ElsasHttpHelloWorld_AnswersAtItsPath_OncePublished()
    {
        using var admin = await factory.AdminAsync();
        var sample = ElsaSamples.Read("HttpWorkflows__http-hello-world.json");
        var definitionId = JsonNode.Parse(sample)!["definitionId"]!.GetValue<string>();
        await (await admin.PostAsync("/api/workflows", HttpJson.Content(sample))).ReadJsonAsync(HttpStatusCode.Created);

        var beforePublish = await admin.GetAsync("/workflows/hello-world");
        await (await admin.PostAsync($"/api/workflows/{definitionId}/publish", null)).ReadJsonAsync(HttpStatusCode.OK);
        var answer = await admin.GetAsync("/workflows/hello-world");
        var wrongMethod = await admin.PostAsync("/workflows/hello-world", null);
        using var anonymous = factory.Anonymous();

        Assert.Equal(HttpStatusCode.NotFound, beforePublish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("Hello World!", await answer.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, wrongMethod.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/workflows/hello-world")).StatusCode);
        var finished = await (await admin.GetAsync($"/api/workflow-instances?definitionId={definitionId}&status=Finished")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, finished.GetProperty("items").GetArrayLength());
    }
}
