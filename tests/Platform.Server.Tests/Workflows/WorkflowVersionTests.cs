using System.Net;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Workflows;

public sealed class WorkflowVersionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Url = "/api/workflows";

    [Fact]
    public async Task Put_EditsVersion1InPlace_WhileItIsAnUnpublishedDraft()
    {
        using var admin = await factory.AdminAsync();
        await Create(admin, "draft-only", "First");

        var saved = await admin.PutAsync($"{Url}/draft-only", HttpJson.Content(WorkflowDefinitionTests.Document("draft-only", "Second")));

        Assert.Equal(WorkflowDefinitionTests.Document("draft-only", "Second"), await saved.Content.ReadAsStringAsync());
        Assert.Equal((1, null), await Versions(admin, "draft-only"));
        Assert.Contains("\"Second\"", await admin.GetStringAsync($"{Url}/draft-only?version=1"));
    }

    [Fact]
    public async Task Publish_MakesTheDraftThePublishedVersion()
    {
        using var admin = await factory.AdminAsync();
        await Create(admin, "to-publish", "Ready");

        var published = await (await admin.PostAsync($"{Url}/to-publish/publish", null)).ReadJsonAsync(HttpStatusCode.OK);

        var listed = (await admin.GetJsonAsync(Url)).EnumerateArray().Single(w => w.GetProperty("definitionId").GetString() == "to-publish");
        Assert.Equal(1, published.GetProperty("publishedVersion").GetInt32());
        Assert.Equal((1, 1), await Versions(admin, "to-publish"));
        Assert.Equal(listed.GetProperty("updatedAt").GetDateTimeOffset(), published.GetProperty("updatedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Put_StartsVersion2AndKeepsVersion1Published_WhenTheLatestVersionIsPublished()
    {
        using var admin = await factory.AdminAsync();
        await Create(admin, "live", "Live one");
        await (await admin.PostAsync($"{Url}/live/publish", null)).ReadJsonAsync(HttpStatusCode.OK);

        await (await admin.PutAsync($"{Url}/live", HttpJson.Content(WorkflowDefinitionTests.Document("live", "Next one")))).ReadJsonAsync(HttpStatusCode.OK);
        await (await admin.PutAsync($"{Url}/live", HttpJson.Content(WorkflowDefinitionTests.Document("live", "Next one, fixed")))).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal((2, 1), await Versions(admin, "live"));
        Assert.Contains("\"Next one, fixed\"", await admin.GetStringAsync($"{Url}/live"));
        Assert.Contains("\"Live one\"", await admin.GetStringAsync($"{Url}/live?version=1"));
    }

    [Fact]
    public async Task Publish_MovesThePublishedVersionAndKeepsTheEarlierOne_WhenADraftFollowsAPublishedVersion()
    {
        using var admin = await factory.AdminAsync();
        await Create(admin, "moving", "Old");
        await (await admin.PostAsync($"{Url}/moving/publish", null)).ReadJsonAsync(HttpStatusCode.OK);
        await (await admin.PutAsync($"{Url}/moving", HttpJson.Content(WorkflowDefinitionTests.Document("moving", "New")))).ReadJsonAsync(HttpStatusCode.OK);

        await (await admin.PostAsync($"{Url}/moving/publish", null)).ReadJsonAsync(HttpStatusCode.OK);
        await (await admin.PostAsync($"{Url}/moving/publish", null)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal((2, 2), await Versions(admin, "moving"));
        Assert.Contains("\"Old\"", await admin.GetStringAsync($"{Url}/moving?version=1"));
        Assert.Contains("\"New\"", await admin.GetStringAsync($"{Url}/moving?version=2"));
    }

    [Fact]
    public async Task List_ShowsNameVersionsAndUpdatedAt_OfEachDefinition()
    {
        using var admin = await factory.AdminAsync();
        using var member = (await factory.UserAsync(admin)).Client;
        await Create(admin, "listed", "审批流程");

        var listed = Assert.Single((await member.GetJsonAsync(Url)).EnumerateArray(), w => w.GetProperty("definitionId").GetString() == "listed");

        Assert.Equal("审批流程", listed.GetProperty("name").GetString());
        Assert.Equal(1, listed.GetProperty("latestVersion").GetInt32());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("publishedVersion").ValueKind);
        Assert.True(listed.GetProperty("updatedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    private static async Task Create(HttpClient admin, string definitionId, string name) =>
        await (await admin.PostAsync(Url, HttpJson.Content(WorkflowDefinitionTests.Document(definitionId, name)))).ReadJsonAsync(HttpStatusCode.Created);

    private static async Task<(int Latest, int? Published)> Versions(HttpClient admin, string definitionId)
    {
        var row = (await admin.GetJsonAsync(Url)).EnumerateArray().Single(w => w.GetProperty("definitionId").GetString() == definitionId);
        var published = row.GetProperty("publishedVersion");
        return (row.GetProperty("latestVersion").GetInt32(), published.ValueKind == JsonValueKind.Null ? null : published.GetInt32());
    }
}
