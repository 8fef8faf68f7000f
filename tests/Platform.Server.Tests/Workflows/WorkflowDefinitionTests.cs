using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Workflows;

public sealed class WorkflowDefinitionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Url = "/api/workflows";

    [Fact]
    public async Task Post_KeepsUnknownActivityTypesAndProperties_WhenReadBack()
    {
        using var admin = await factory.AdminAsync();
        var text = """
            {"definitionId":"fax-flow","name":"传真","acme:owner":{"team":"ops"},
             "root":{"id":"r","type":"Elsa.Flowchart","layout":"grid","activities":[
               {"id":"x","type":"Acme.SendFax","version":3,"faxNumber":{"typeName":"String","expression":{"type":"Literal","value":"+86 10 1234"}},"pages":[1,2]}],
             "connections":[]}}
            """;

        await (await admin.PostAsync(Url, HttpJson.Content(text))).ReadJsonAsync(HttpStatusCode.Created);
        var read = await admin.GetStringAsync($"{Url}/fax-flow");

        Assert.Equal(text, read);
    }

    [Fact]
    public async Task Post_GeneratesADefinitionId_WhenTheBodyHasNone()
    {
        using var admin = await factory.AdminAsync();
        var text = """{"name":"No id","root":{"id":"r","type":"Elsa.Flowchart","activities":[],"unknown":true}}""";

        var created = await (await admin.PostAsync(Url, HttpJson.Content(text))).ReadJsonAsync(HttpStatusCode.Created);
        var definitionId = created.GetProperty("definitionId").GetString()!;
        var read = JsonNode.Parse(await admin.GetStringAsync($"{Url}/{definitionId}"))!.AsObject();

        Assert.False(string.IsNullOrWhiteSpace(definitionId));
        read.Remove("definitionId");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), read), read.ToJsonString());
    }

    [Fact]
    public async Task Post_Returns409_WhenTheDefinitionIdIsTaken()
    {
        using var admin = await factory.AdminAsync();
        await (await admin.PostAsync(Url, HttpJson.Content(Document("taken", "First")))).ReadJsonAsync(HttpStatusCode.Created);

        await (await admin.PostAsync(Url, HttpJson.Content(Document("taken", "Second")))).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("First", await admin.GetStringAsync($"{Url}/taken"));
    }

    [Theory]
    [InlineData("{not json", "body")]
    [InlineData("[1,2]", "body")]
    [InlineData("\"text\"", "body")]
    [InlineData("""{"definitionId":"bad-1","name":"No root"}""", "root")]
    [InlineData("""{"definitionId":"bad-2","root":[]}""", "root")]
    [InlineData("""{"definitionId":"bad-3","root":{"id":"r"}}""", "root.type")]
    [InlineData("""{"definitionId":"bad 4","root":{"type":"Elsa.Flowchart"}}""", "definitionId")]
    [InlineData("""{"definitionId":5,"root":{"type":"Elsa.Flowchart"}}""", "definitionId")]
    [InlineData("""{"definitionId":"bad-6","name":5,"root":{"type":"Elsa.Flowchart"}}""", "name")]
    public async Task Post_Returns400KeyedByFieldAndSavesNothing_WhenTheDocumentIsBad(string body, string key)
    {
        using var admin = await factory.AdminAsync();

        await (await admin.PostAsync(Url, HttpJson.Content(body))).ReadValidationErrorAsync(key);

        var list = await admin.GetJsonAsync(Url);
        Assert.DoesNotContain(list.EnumerateArray(), w => w.GetProperty("definitionId").GetString()!.StartsWith("bad", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Put_Returns400AndKeepsTheDraft_WhenTheBodyNamesAnotherDefinition()
    {
        using var admin = await factory.AdminAsync();
        await (await admin.PostAsync(Url, HttpJson.Content(Document("mine", "Mine")))).ReadJsonAsync(HttpStatusCode.Created);

        await (await admin.PutAsync($"{Url}/mine", HttpJson.Content(Document("theirs", "Theirs")))).ReadValidationErrorAsync("definitionId");

        Assert.Contains("\"Mine\"", await admin.GetStringAsync($"{Url}/mine"));
    }

    [Fact]
    public async Task WorkflowEndpoints_Return404_WhenTheDefinitionDoesNotExist()
    {
        using var admin = await factory.AdminAsync();
        await (await admin.PostAsync(Url, HttpJson.Content(Document("one-version", "One")))).ReadJsonAsync(HttpStatusCode.Created);

        await (await admin.GetAsync($"{Url}/nothing")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"{Url}/one-version?version=2")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PutAsync($"{Url}/nothing", HttpJson.Content(Document("nothing", "x")))).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsync($"{Url}/nothing/publish", null)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WorkflowWrites_Return403AndChangeNothing_WhenCallerIsAMember()
    {
        using var admin = await factory.AdminAsync();
        using var member = (await factory.UserAsync(admin)).Client;
        await (await admin.PostAsync(Url, HttpJson.Content(Document("guarded", "Guarded")))).ReadJsonAsync(HttpStatusCode.Created);

        await (await member.PostAsync(Url, HttpJson.Content(Document("sneaky", "Sneaky")))).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PutAsync($"{Url}/guarded", HttpJson.Content(Document("guarded", "Changed")))).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostAsync($"{Url}/guarded/publish", null)).ReadProblemAsync(HttpStatusCode.Forbidden);

        var list = await member.GetJsonAsync(Url);
        var guarded = Assert.Single(list.EnumerateArray(), w => w.GetProperty("definitionId").GetString() == "guarded");
        Assert.Equal(JsonValueKind.Null, guarded.GetProperty("publishedVersion").ValueKind);
        Assert.DoesNotContain(list.EnumerateArray(), w => w.GetProperty("definitionId").GetString() == "sneaky");
        Assert.Contains("\"Guarded\"", await member.GetStringAsync($"{Url}/guarded"));
    }

    [Theory]
    [InlineData("GET", Url)]
    [InlineData("POST", Url)]
    [InlineData("GET", Url + "/any")]
    [InlineData("PUT", Url + "/any")]
    [InlineData("POST", Url + "/any/publish")]
    public async Task WorkflowEndpoints_Return401Problem_WhenNotSignedIn(string method, string url)
    {
        using var anonymous = factory.Anonymous();

        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = HttpJson.Content(Document("any", "Any")) });

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    internal static string Document(string definitionId, string name) =>
        $$$"""{"definitionId":"{{{definitionId}}}","name":"{{{name}}}","root":{"id":"r","type":"Elsa.Flowchart","activities":[],"connections":[]}}""";
}
