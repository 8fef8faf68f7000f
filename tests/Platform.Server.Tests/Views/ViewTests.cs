using System.Net;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Views;

public sealed class ViewTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task CreateView_Returns201AndIsListed_WhenValid()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        var response = await admin.PostJsonAsync($"/api/entities/{slug}/views", """
            {"name":"Web leads","filter":{"field":"source","op":"eq","value":"web"},"columns":["name","email"],"sort":"-budget,name","q":"acme"}
            """);

        var view = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = view.GetProperty("id").GetString()!;
        Assert.False(string.IsNullOrEmpty(id));
        Assert.EndsWith($"/api/entities/{slug}/views/{id}", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var listed = Assert.Single((await admin.GetJsonAsync($"/api/entities/{slug}/views")).EnumerateArray());
        Assert.Equal(id, listed.GetProperty("id").GetString());
        Assert.Equal("Web leads", listed.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Object, listed.GetProperty("filter").ValueKind);
        Assert.Equal("web", listed.GetProperty("filter").GetProperty("value").GetString());
        Assert.Equal(["name", "email"], listed.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!));
        Assert.Equal("-budget,name", listed.GetProperty("sort").GetString());
        Assert.Equal("acme", listed.GetProperty("q").GetString());
    }

    [Fact]
    public async Task PatchView_ChangesOnlyTheGivenProperties_WhenSomeAreSent()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var id = await CreateViewAsync(admin, slug);

        var patched = await (await admin.PatchJsonAsync($"/api/entities/{slug}/views/{id}",
            """{"name":"Renamed","filter":{"field":"budget","op":"gte","value":100}}""")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("Renamed", patched.GetProperty("name").GetString());
        var listed = Assert.Single((await admin.GetJsonAsync($"/api/entities/{slug}/views")).EnumerateArray());
        Assert.Equal("Renamed", listed.GetProperty("name").GetString());
        Assert.Equal("budget", listed.GetProperty("filter").GetProperty("field").GetString());
        Assert.Equal("name", listed.GetProperty("sort").GetString());
    }

    [Fact]
    public async Task DeleteView_Returns204AndUnlistsIt_WhenItExists()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var id = await CreateViewAsync(admin, slug);

        var response = await admin.DeleteAsync($"/api/entities/{slug}/views/{id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(0, (await admin.GetJsonAsync($"/api/entities/{slug}/views")).GetArrayLength());
        await (await admin.DeleteAsync($"/api/entities/{slug}/views/{id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PatchJsonAsync($"/api/entities/{slug}/views/{id}", new { name = "x" })).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"name":"Bad","filter":{"field":"nope","op":"eq","value":1}}""", "filter")]
    [InlineData("""{"name":"Bad","filter":{"field":"budget","op":"eq","value":"lots"}}""", "filter")]
    [InlineData("""{"name":"Bad","filter":{"field":"budget"}}""", "filter")]
    [InlineData("""{"name":"Bad","sort":"nope"}""", "sort")]
    [InlineData("""{"name":"Bad","columns":["name","nope"]}""", "columns")]
    [InlineData("""{"name":""}""", "name")]
    public async Task CreateView_Returns400AndSavesNothing_WhenAPartIsInvalid(string body, string key)
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        await (await admin.PostJsonAsync($"/api/entities/{slug}/views", body)).ReadValidationErrorAsync(key);

        Assert.Equal(0, (await admin.GetJsonAsync($"/api/entities/{slug}/views")).GetArrayLength());
    }

    [Fact]
    public async Task PatchView_Returns400AndKeepsTheView_WhenTheNewFilterIsInvalid()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var id = await CreateViewAsync(admin, slug);

        await (await admin.PatchJsonAsync($"/api/entities/{slug}/views/{id}", """{"filter":{"field":"nope","op":"eq","value":1}}""")).ReadValidationErrorAsync("filter");

        var listed = Assert.Single((await admin.GetJsonAsync($"/api/entities/{slug}/views")).EnumerateArray());
        Assert.Equal("source", listed.GetProperty("filter").GetProperty("field").GetString());
    }

    [Fact]
    public async Task ViewFilter_SelectsTheSameRecords_WhenUsedAsAListFilter()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var web = await admin.CreateRecordIdAsync(slug, new { name = "W", source = "web" });
        await admin.CreateRecordIdAsync(slug, new { name = "F", source = "fair" });
        await CreateViewAsync(admin, slug);

        var view = (await admin.GetJsonAsync($"/api/entities/{slug}/views"))[0];
        var page = await admin.ListAsync(slug, Seed.Filter(view.GetProperty("filter").GetRawText()) + "&sort=" + view.GetProperty("sort").GetString());

        Assert.Equal([web], page.Ids());
    }

    [Fact]
    public async Task Views_Return404Problem_WhenEntityDoesNotExist()
    {
        using var admin = await factory.AdminAsync();

        await (await admin.GetAsync("/api/entities/no_entity/views")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostJsonAsync("/api/entities/no_entity/views", new { name = "x" })).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<string> CreateViewAsync(HttpClient admin, string slug)
    {
        var view = await (await admin.PostJsonAsync($"/api/entities/{slug}/views",
            """{"name":"Web","filter":{"field":"source","op":"eq","value":"web"},"sort":"name"}""")).ReadJsonAsync(HttpStatusCode.Created);
        return view.GetProperty("id").GetString()!;
    }
}
