using System.Net;
using System.Text.Json.Nodes;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Workflows;

public sealed class WorkflowRoundTripTests
{
    [Theory]
    [MemberData(nameof(ElsaSamples.Files), MemberType = typeof(ElsaSamples))]
    public async Task PostThenGet_ReturnsTheSampleByteForByte_ForEveryElsaSample(string file)
    {
        // Two samples share a definitionId, so each gets a server of its own.
        await using var factory = new PlatformFactory();
        using var admin = await factory.AdminAsync();
        var text = ElsaSamples.Read(file);
        var definitionId = JsonNode.Parse(text)!["definitionId"]!.GetValue<string>();

        var created = await admin.PostAsync("/api/workflows", HttpJson.Content(text));
        var read = await admin.GetAsync($"/api/workflows/{definitionId}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/workflows/{definitionId}", created.Headers.Location?.OriginalString);
        Assert.Equal(text, await created.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("application/json", read.Content.Headers.ContentType?.MediaType);
        Assert.Equal(text, await read.Content.ReadAsStringAsync());
    }
}
