using System.Net;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Entities;

/// <summary>What a definition change does to everything that hangs off an entity: views, history, counters.</summary>
public sealed class LifecycleTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task RenameEntity_KeepsViewsHistoryAndCounters_WhenSlugChanges()
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateCodedAsync(admin);
        var id = await admin.CreateRecordIdAsync(slug, new { name = "First", source = "web" });
        await (await admin.PostJsonAsync($"/api/entities/{slug}/views", """{"name":"Web","filter":{"field":"source","op":"eq","value":"web"}}""")).ReadJsonAsync(HttpStatusCode.Created);
        var renamed = Seed.Slug("moved");

        await (await admin.PatchJsonAsync($"/api/entities/{slug}", new { slug = renamed })).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("Web", Assert.Single((await admin.GetJsonAsync($"/api/entities/{renamed}/views")).EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("create", Assert.Single((await admin.GetJsonAsync($"/api/entities/{renamed}/records/{id}/history")).EnumerateArray()).GetProperty("action").GetString());
        Assert.Equal("C-0002", (await admin.CreateRecordAsync(renamed, new { name = "Second" })).GetProperty("code").GetString());
    }

    [Fact]
    public async Task History_HoldsOnlyTheNewRecordsEntries_WhenTheEntityWasDeletedAndCreatedAgain()
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateCodedAsync(admin);
        var old = await admin.CreateRecordIdAsync(slug, new { name = "Old secret" });
        await (await admin.PatchJsonAsync($"/api/entities/{slug}/records/{old}", new { name = "Older secret" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{slug}?confirm=true")).StatusCode);
        await admin.CreateEntityAsync($$$"""{"slug":"{{{slug}}}","label":{"en":"Again"},"fields":[{"slug":"name","type":"text"},{"slug":"code","type":"autonumber","pattern":"C-{0000}"}]}""");

        var fresh = await admin.CreateRecordAsync(slug, new { name = "New" });

        var history = (await admin.GetJsonAsync($"/api/entities/{slug}/records/{fresh.GetProperty("id").GetInt64()}/history")).EnumerateArray().ToList();
        var entry = Assert.Single(history);
        Assert.DoesNotContain("secret", entry.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("C-0001", fresh.GetProperty("code").GetString());
        Assert.Equal(0, (await admin.GetJsonAsync($"/api/entities/{slug}/views")).GetArrayLength());
    }

    [Fact]
    public async Task SavedViews_StillRun_WhenAFieldTheyUseIsRenamed()
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateCodedAsync(admin);
        await admin.CreateRecordAsync(slug, new { name = "Web lead", source = "web" });
        await (await admin.PostJsonAsync($"/api/entities/{slug}/views",
            """{"name":"Web","filter":{"field":"source","op":"eq","value":"web"},"columns":["name","source"],"sort":"source"}""")).ReadJsonAsync(HttpStatusCode.Created);

        var rename = await admin.PatchJsonAsync($"/api/entities/{slug}/fields/source", new { slug = "channel" });

        // Refusing the rename while a view uses the field would also keep views runnable.
        Assert.True(rename.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, await rename.Content.ReadAsStringAsync());
        await AssertViewsRunAsync(admin, slug, expectedRows: 1);
    }

    [Fact]
    public async Task SavedViews_StillRun_WhenAFieldTheyUseIsDeleted()
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateCodedAsync(admin);
        await admin.CreateRecordAsync(slug, new { name = "Web lead", source = "web" });
        await (await admin.PostJsonAsync($"/api/entities/{slug}/views",
            """{"name":"Named","filter":{"field":"name","op":"contains","value":"lead"},"columns":["name","source"],"sort":"-source"}""")).ReadJsonAsync(HttpStatusCode.Created);

        var delete = await admin.DeleteAsync($"/api/entities/{slug}/fields/source?confirm=true");

        Assert.True(delete.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.Conflict, await delete.Content.ReadAsStringAsync());
        await AssertViewsRunAsync(admin, slug, expectedRows: 1);
    }

    [Fact]
    public async Task ChangeOptions_Returns409WithBlockingRecords_WhenARecordUsesARemovedOption()
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateCodedAsync(admin);
        var fair = await admin.CreateRecordIdAsync(slug, new { name = "F", source = "fair" });
        await admin.CreateRecordIdAsync(slug, new { name = "W", source = "web" });

        var problem = await (await admin.PatchJsonAsync($"/api/entities/{slug}/fields/source", """{"options":[{"value":"web"}]}"""))
            .ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(1, problem.GetProperty("blockingRecords").GetInt64());
        Assert.Equal("fair", (await admin.GetJsonAsync($"/api/entities/{slug}/records/{fair}")).GetProperty("source").GetString());
        var options = (await admin.GetJsonAsync($"/api/entities/{slug}")).GetProperty("fields")[2].GetProperty("options");
        Assert.Equal(2, options.GetArrayLength());
    }

    [Fact]
    public async Task MakeUnique_Returns409WithBlockingRecords_WhenValuesRepeat_AndSucceedsOnceTheyDoNot()
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateCodedAsync(admin);
        await admin.CreateRecordIdAsync(slug, new { name = "Same" });
        var twin = await admin.CreateRecordIdAsync(slug, new { name = "Same" });

        var problem = await (await admin.PatchJsonAsync($"/api/entities/{slug}/fields/name", new { unique = true })).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.True(problem.GetProperty("blockingRecords").GetInt64() >= 1);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{slug}/records/{twin}")).StatusCode);
        var field = await (await admin.PatchJsonAsync($"/api/entities/{slug}/fields/name", new { unique = true })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(field.GetProperty("unique").GetBoolean());
    }

    private static async Task AssertViewsRunAsync(HttpClient admin, string slug, int expectedRows)
    {
        foreach (var view in (await admin.GetJsonAsync($"/api/entities/{slug}/views")).EnumerateArray())
        {
            var query = new List<string>();
            if (view.TryGetProperty("filter", out var filter) && filter.ValueKind == JsonValueKind.Object)
            {
                query.Add(Seed.Filter(filter.GetRawText()));
            }
            if (view.TryGetProperty("columns", out var columns) && columns.ValueKind == JsonValueKind.Array)
            {
                query.Add("fields=" + string.Join(',', columns.EnumerateArray().Select(c => c.GetString())));
            }
            if (view.TryGetProperty("sort", out var sort) && sort.ValueKind == JsonValueKind.String)
            {
                query.Add("sort=" + Uri.EscapeDataString(sort.GetString()!));
            }
            var response = await admin.GetAsync($"/api/entities/{slug}/records?{string.Join('&', query)}");
            var page = await response.ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal(expectedRows, page.Items().Count);
        }
    }

    private static async Task<string> CreateCodedAsync(HttpClient admin)
    {
        var slug = Seed.Slug("life");
        await admin.CreateEntityAsync($$$"""
            {"slug":"{{{slug}}}","label":{"en":"Life"},"fields":[{"slug":"name","type":"text"},
              {"slug":"code","type":"autonumber","pattern":"C-{0000}"},
              {"slug":"source","type":"select","options":[{"value":"web"},{"value":"fair"}]}]}
            """);
        return slug;
    }
}
