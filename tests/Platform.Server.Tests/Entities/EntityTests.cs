using System.Net;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Entities;

public sealed class EntityTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task CreateEntity_Returns201WithEveryField_WhenBodyIsTheIssueExample()
    {
        using var admin = await factory.AdminAsync();

        var response = await admin.PostJsonAsync("/api/entities", """
            {"slug":"lead","label":{"zh-CN":"线索","en":"Lead"},"fields":[{"slug":"email","type":"email","label":{"en":"Email"},"required":false}, {"slug":"source","type":"select","options":[{"value":"web","label":{"en":"Web"}}]}]}
            """);

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("/api/entities/lead", response.Headers.Location?.OriginalString);
        foreach (var entity in new[] { created, await admin.GetJsonAsync("/api/entities/lead") })
        {
            Assert.Equal("lead", entity.GetProperty("slug").GetString());
            Assert.Equal("线索", entity.GetProperty("label").GetProperty("zh-CN").GetString());
            Assert.Equal("Lead", entity.GetProperty("label").GetProperty("en").GetString());
            var fields = entity.GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(["email", "source"], fields.Select(f => f.GetProperty("slug").GetString()));
            Assert.Equal(["email", "select"], fields.Select(f => f.GetProperty("type").GetString()));
            Assert.False(fields[0].GetProperty("required").GetBoolean());
            var option = Assert.Single(fields[1].GetProperty("options").EnumerateArray());
            Assert.Equal("web", option.GetProperty("value").GetString());
            Assert.Equal("Web", option.GetProperty("label").GetProperty("en").GetString());
        }
        var all = await admin.GetJsonAsync("/api/entities");
        Assert.Contains(all.EnumerateArray(), e => e.GetProperty("slug").GetString() == "lead");
        var record = await admin.CreateRecordAsync("lead", new { email = "zs@example.com", source = "web" });
        Assert.Equal("web", record.GetProperty("source").GetString());
    }

    [Fact]
    public async Task GetEntity_Returns404Problem_WhenItDoesNotExist()
    {
        using var admin = await factory.AdminAsync();

        var problem = await (await admin.GetAsync("/api/entities/nothing_here")).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("nothing_here", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenameEntity_KeepsItsRecords_WhenSlugChanges()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var id = await admin.CreateRecordIdAsync(slug, new { name = "Kept", budget = 5 });
        var renamed = Seed.Slug("renamed");

        var entity = await (await admin.PatchJsonAsync($"/api/entities/{slug}", new { slug = renamed })).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(renamed, entity.GetProperty("slug").GetString());
        var record = await admin.GetJsonAsync($"/api/entities/{renamed}/records/{id}");
        Assert.Equal("Kept", record.GetProperty("name").GetString());
        Assert.Equal([id], (await admin.ListAsync(renamed)).Ids());
        Assert.Equal([id], (await admin.ListAsync(renamed, "q=Kept")).Ids());
        await (await admin.GetAsync($"/api/entities/{slug}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"/api/entities/{slug}/records")).ReadProblemAsync(HttpStatusCode.NotFound);
        await admin.CreateRecordAsync(renamed, new { name = "After rename" });
    }

    [Fact]
    public async Task RenameEntity_Returns409Problem_WhenTheNewSlugIsTaken()
    {
        using var admin = await factory.AdminAsync();
        var first = await admin.CreateLeadEntityAsync();
        var second = await admin.CreateLeadEntityAsync();

        await (await admin.PatchJsonAsync($"/api/entities/{first}", new { slug = second })).ReadProblemAsync(HttpStatusCode.Conflict);

        await admin.GetJsonAsync($"/api/entities/{first}");
    }

    [Fact]
    public async Task PatchEntity_ReordersFields_WhenFieldOrderListsEveryField()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        string[] order = ["source", "budget", "name", "email"];

        var patched = await (await admin.PatchJsonAsync($"/api/entities/{slug}", new { fieldOrder = order })).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(order, FieldSlugs(patched));
        Assert.Equal(order, FieldSlugs(await admin.GetJsonAsync($"/api/entities/{slug}")));
    }

    [Fact]
    public async Task PatchEntity_Returns400KeyedFieldOrder_WhenAFieldIsMissing()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        await (await admin.PatchJsonAsync($"/api/entities/{slug}", new { fieldOrder = new[] { "source", "name" } })).ReadValidationErrorAsync("fieldOrder");

        Assert.Equal(["name", "email", "budget", "source"], FieldSlugs(await admin.GetJsonAsync($"/api/entities/{slug}")));
    }

    [Fact]
    public async Task PatchEntity_ChangesLabelAndDisplayField_WhenGiven()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        var patched = await (await admin.PatchJsonAsync($"/api/entities/{slug}",
            """{"label":{"zh-CN":"潜在客户","en":"Prospect"},"displayField":"email"}""")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("潜在客户", patched.GetProperty("label").GetProperty("zh-CN").GetString());
        Assert.Equal("email", patched.GetProperty("displayField").GetString());
        var read = await admin.GetJsonAsync($"/api/entities/{slug}");
        Assert.Equal("Prospect", read.GetProperty("label").GetProperty("en").GetString());
    }

    [Fact]
    public async Task DeleteEntity_Returns409WithCount_WhenItHoldsRecordsAndIsNotConfirmed()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        await admin.CreateRecordAsync(slug, new { name = "One" });
        await admin.CreateRecordAsync(slug, new { name = "Two" });

        var problem = await (await admin.DeleteAsync($"/api/entities/{slug}")).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(2, problem.GetProperty("records").GetInt64());
        Assert.Equal(2, await admin.CountAsync(slug));
    }

    [Fact]
    public async Task DeleteEntity_RemovesItAndItsRecords_WhenConfirmed()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        await admin.CreateRecordAsync(slug, new { name = "One" });

        var response = await admin.DeleteAsync($"/api/entities/{slug}?confirm=true");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await admin.GetAsync($"/api/entities/{slug}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"/api/entities/{slug}/records")).ReadProblemAsync(HttpStatusCode.NotFound);
        var all = await admin.GetJsonAsync("/api/entities");
        Assert.DoesNotContain(all.EnumerateArray(), e => e.GetProperty("slug").GetString() == slug);
    }

    [Fact]
    public async Task DeleteEntity_Returns204WithoutConfirm_WhenItIsEmpty()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        var response = await admin.DeleteAsync($"/api/entities/{slug}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await admin.GetAsync($"/api/entities/{slug}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateEntity_StartsEmpty_WhenItsSlugBelongedToADeletedEntity()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        await admin.CreateRecordAsync(slug, new { name = "Old" });
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{slug}?confirm=true")).StatusCode);

        await admin.CreateEntityAsync($$$"""{"slug":"{{{slug}}}","label":{"en":"Again"},"fields":[{"slug":"title","type":"text"}]}""");

        Assert.Equal(0, await admin.CountAsync(slug));
        await admin.CreateRecordAsync(slug, new { title = "New" });
    }

    private static string[] FieldSlugs(JsonElement entity) =>
        [.. entity.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("slug").GetString()!)];
}
