using System.Net;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Records;

public sealed class RecordTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Create_Returns201WithIdVersionETagAndLocation_WhenValuesAreValid()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        var response = await admin.PostJsonAsync($"/api/entities/{slug}/records", new { name = "张三", email = "zs@example.com", budget = 5000, source = "web" });

        var record = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = record.GetProperty("id").GetInt64();
        Assert.True(id > 0);
        Assert.Equal(1, record.GetProperty("version").GetInt64());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.EndsWith($"/api/entities/{slug}/records/{id}", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("张三", record.GetProperty("name").GetString());
        Assert.Equal(5000, record.GetProperty("budget").GetInt64());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("deletedAt").ValueKind);
        Assert.Equal(record.GetProperty("createdBy").GetInt64(), record.GetProperty("ownerId").GetInt64());
    }

    [Fact]
    public async Task Get_ReturnsTheRecordWithItsETag_WhenItExists()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var id = await admin.CreateRecordIdAsync(slug, new { name = "Read me", source = "fair" });

        var response = await admin.GetAsync($"/api/entities/{slug}/records/{id}");

        var record = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal(id, record.GetProperty("id").GetInt64());
        Assert.Equal("Read me", record.GetProperty("name").GetString());
        Assert.Equal("fair", record.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("email").ValueKind);
    }

    [Fact]
    public async Task Get_Returns404Problem_WhenTheRecordDoesNotExist()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        await (await admin.GetAsync($"/api/entities/{slug}/records/999999")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Patch_Returns200WithVersion2_WhenIfMatchIsCurrent()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var id = await admin.CreateRecordIdAsync(slug, new { name = "Before", budget = 1 });

        var response = await admin.PatchJsonAsync($"/api/entities/{slug}/records/{id}", new { name = "After" }, ifMatch: "\"1\"");

        var record = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, record.GetProperty("version").GetInt64());
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        Assert.Equal("After", record.GetProperty("name").GetString());
        Assert.Equal(1, record.GetProperty("budget").GetInt64());
        Assert.Equal("After", (await admin.GetJsonAsync($"/api/entities/{slug}/records/{id}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Patch_Returns409WithCurrentVersionAndChangesNothing_WhenIfMatchIsStale()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var id = await admin.CreateRecordIdAsync(slug, new { name = "Original" });
        await (await admin.PatchJsonAsync($"/api/entities/{slug}/records/{id}", new { name = "Second" }, ifMatch: "\"1\"")).ReadJsonAsync(HttpStatusCode.OK);

        var response = await admin.PatchJsonAsync($"/api/entities/{slug}/records/{id}", new { name = "Lost update" }, ifMatch: "\"1\"");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt64());
        var record = await admin.GetJsonAsync($"/api/entities/{slug}/records/{id}");
        Assert.Equal("Second", record.GetProperty("name").GetString());
        Assert.Equal(2, record.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Patch_Returns400KeyedIfMatch_WhenTheHeaderIsNotAVersion()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var id = await admin.CreateRecordIdAsync(slug, new { name = "Original" });

        await (await admin.PatchJsonAsync($"/api/entities/{slug}/records/{id}", new { name = "X" }, ifMatch: "\"abc\"")).ReadValidationErrorAsync("If-Match");

        Assert.Equal("Original", (await admin.GetJsonAsync($"/api/entities/{slug}/records/{id}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task DeleteThenRestore_MovesTheRecordToTheTrashAndBack_WhenCalledInTurn()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var kept = await admin.CreateRecordIdAsync(slug, new { name = "Kept" });
        var id = await admin.CreateRecordIdAsync(slug, new { name = "Binned" });

        var delete = await admin.DeleteAsync($"/api/entities/{slug}/records/{id}");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal([kept], (await admin.ListAsync(slug)).Ids());
        var trash = await admin.ListAsync(slug, "deleted=true");
        Assert.Equal([id], trash.Ids());
        Assert.NotEqual(JsonValueKind.Null, trash.Items()[0].GetProperty("deletedAt").ValueKind);
        await (await admin.PatchJsonAsync($"/api/entities/{slug}/records/{id}", new { name = "X" })).ReadProblemAsync(HttpStatusCode.Conflict);

        var restored = await (await admin.PostAsync($"/api/entities/{slug}/records/{id}/restore", null)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(JsonValueKind.Null, restored.GetProperty("deletedAt").ValueKind);
        Assert.Equal([id, kept], (await admin.ListAsync(slug)).Ids());
        Assert.Empty((await admin.ListAsync(slug, "deleted=true")).Ids());
        await (await admin.PostAsync($"/api/entities/{slug}/records/{id}/restore", null)).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Delete_Returns409WithCurrentVersion_WhenIfMatchIsStale()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var id = await admin.CreateRecordIdAsync(slug, new { name = "v1" });
        await (await admin.PatchJsonAsync($"/api/entities/{slug}/records/{id}", new { name = "v2" }, ifMatch: "\"1\"")).ReadJsonAsync(HttpStatusCode.OK);
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/entities/{slug}/records/{id}");
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        var problem = await (await admin.SendAsync(request)).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt64());
        Assert.Equal([id], (await admin.ListAsync(slug)).Ids());
    }

    [Fact]
    public async Task History_ListsEveryActionNewestFirstWithOldAndNewValues_WhenARecordWentThroughAll()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var id = await admin.CreateRecordIdAsync(slug, new { name = "First", budget = 100 });
        await (await admin.PatchJsonAsync($"/api/entities/{slug}/records/{id}", new { name = "Second", budget = 100 }, ifMatch: "\"1\"")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{slug}/records/{id}")).StatusCode);
        await (await admin.PostAsync($"/api/entities/{slug}/records/{id}/restore", null)).ReadJsonAsync(HttpStatusCode.OK);

        var history = (await admin.GetJsonAsync($"/api/entities/{slug}/records/{id}/history")).EnumerateArray().ToList();

        Assert.Equal(["restore", "delete", "update", "create"], history.Select(h => h.GetProperty("action").GetString()!));
        var update = Assert.Single(history[2].GetProperty("changes").EnumerateArray());
        Assert.Equal("name", update.GetProperty("field").GetString());
        Assert.Equal("First", update.GetProperty("old").GetString());
        Assert.Equal("Second", update.GetProperty("new").GetString());
        var created = history[3].GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!);
        Assert.Equal(JsonValueKind.Null, created["name"].GetProperty("old").ValueKind);
        Assert.Equal("First", created["name"].GetProperty("new").GetString());
        Assert.Equal(100, created["budget"].GetProperty("new").GetInt64());
        var me = await admin.GetJsonAsync("/api/auth/me");
        Assert.All(history, h => Assert.Equal(me.GetProperty("id").GetInt64(), h.GetProperty("userId").GetInt64()));
        Assert.All(history, h => Assert.Equal(me.GetProperty("name").GetString(), h.GetProperty("userName").GetString()));
    }

    [Fact]
    public async Task Create_UsesTheFieldDefault_WhenTheBodyLeavesItOut()
    {
        using var admin = await factory.AdminAsync();
        var slug = Seed.Slug("deflt");
        await admin.CreateEntityAsync($$$"""
            {"slug":"{{{slug}}}","label":{"en":"Defaults"},"fields":[{"slug":"title","type":"text"},
             {"slug":"source","type":"select","default":"web","options":[{"value":"web"},{"value":"fair"}]}]}
            """);

        var implicitDefault = await admin.CreateRecordAsync(slug, new { title = "no source" });
        var explicitValue = await admin.CreateRecordAsync(slug, new { title = "fair", source = "fair" });

        Assert.Equal("web", implicitDefault.GetProperty("source").GetString());
        Assert.Equal("fair", explicitValue.GetProperty("source").GetString());
    }

    [Fact]
    public async Task CreateOrPatch_Returns400KeyedField_WhenAUniqueValueIsAlreadyUsed()
    {
        using var admin = await factory.AdminAsync();
        var slug = Seed.Slug("uniq");
        await admin.CreateEntityAsync($$$"""{"slug":"{{{slug}}}","label":{"en":"Unique"},"fields":[{"slug":"email","type":"email","unique":true}]}""");
        await admin.CreateRecordAsync(slug, new { email = "a@example.com" });
        var other = await admin.CreateRecordIdAsync(slug, new { email = "b@example.com" });

        var create = await admin.PostJsonAsync($"/api/entities/{slug}/records", new { email = "a@example.com" });
        var patch = await admin.PatchJsonAsync($"/api/entities/{slug}/records/{other}", new { email = "a@example.com" });

        Assert.Equal("Another record already has this value.", Assert.Single(await create.ReadValidationErrorAsync("email")));
        await patch.ReadValidationErrorAsync("email");
        Assert.Equal(2, await admin.CountAsync(slug));
        Assert.Equal("b@example.com", (await admin.GetJsonAsync($"/api/entities/{slug}/records/{other}")).GetProperty("email").GetString());
    }

    [Fact]
    public async Task Create_AcceptsAUniqueValue_WhenOnlyADeletedRecordHoldsIt()
    {
        using var admin = await factory.AdminAsync();
        var slug = Seed.Slug("uniqd");
        await admin.CreateEntityAsync($$$"""{"slug":"{{{slug}}}","label":{"en":"Unique"},"fields":[{"slug":"email","type":"email","unique":true}]}""");
        var binned = await admin.CreateRecordIdAsync(slug, new { email = "a@example.com" });
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{slug}/records/{binned}")).StatusCode);

        var record = await admin.CreateRecordAsync(slug, new { email = "a@example.com" });

        Assert.Equal("a@example.com", record.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Restore_Returns409_WhenItsUniqueValueWasTakenMeanwhile()
    {
        using var admin = await factory.AdminAsync();
        var slug = Seed.Slug("uniqr");
        await admin.CreateEntityAsync($$$"""{"slug":"{{{slug}}}","label":{"en":"Unique"},"fields":[{"slug":"email","type":"email","unique":true}]}""");
        var id = await admin.CreateRecordIdAsync(slug, new { email = "b@example.com" });
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{slug}/records/{id}")).StatusCode);
        var taker = await admin.CreateRecordIdAsync(slug, new { email = "b@example.com" });

        var problem = await (await admin.PostAsync($"/api/entities/{slug}/records/{id}/restore", null)).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.True(problem.GetProperty("errors").TryGetProperty("email", out _), problem.ToString());
        Assert.Equal([taker], (await admin.ListAsync(slug)).Ids());
        Assert.Equal([id], (await admin.ListAsync(slug, "deleted=true")).Ids());
    }
}
