using System.Net;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Entities;

public sealed class FieldTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task AddField_Returns201AndRecordsTakeIt_WhenFieldIsValid()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        var response = await admin.PostJsonAsync($"/api/entities/{slug}/fields",
            """{"slug":"grade","type":"rating","label":{"zh-CN":"等级","en":"Grade"},"max":3}""");

        var field = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("grade", field.GetProperty("slug").GetString());
        Assert.Equal(3, field.GetProperty("max").GetInt32());
        Assert.Equal($"/api/entities/{slug}/fields/grade", response.Headers.Location?.OriginalString);
        var entity = await admin.GetJsonAsync($"/api/entities/{slug}");
        Assert.Equal("grade", entity.GetProperty("fields").EnumerateArray().Last().GetProperty("slug").GetString());
        var record = await admin.CreateRecordAsync(slug, new { name = "Rated", grade = 2 });
        Assert.Equal(2, record.GetProperty("grade").GetInt32());
        await (await admin.PostJsonAsync($"/api/entities/{slug}/records", new { grade = 4 })).ReadValidationErrorAsync("grade");
    }

    [Fact]
    public async Task AddField_Returns404Problem_WhenEntityDoesNotExist()
    {
        using var admin = await factory.AdminAsync();

        await (await admin.PostJsonAsync("/api/entities/missing_entity/fields", new { slug = "x", type = "text" })).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RenameField_KeepsEveryValue_WhenSlugChanges()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var id = await admin.CreateRecordIdAsync(slug, new { name = "Zhang San" });

        var field = await (await admin.PatchJsonAsync($"/api/entities/{slug}/fields/name", new { slug = "full_name" })).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("full_name", field.GetProperty("slug").GetString());
        var record = await admin.GetJsonAsync($"/api/entities/{slug}/records/{id}");
        Assert.Equal("Zhang San", record.GetProperty("full_name").GetString());
        Assert.False(record.TryGetProperty("name", out _));
        Assert.Equal([id], (await admin.ListAsync(slug, Seed.Filter("""{"field":"full_name","op":"eq","value":"Zhang San"}"""))).Ids());
        await (await admin.PostJsonAsync($"/api/entities/{slug}/records", new { name = "old slug" })).ReadValidationErrorAsync("name");
    }

    [Fact]
    public async Task RenameField_Returns409Problem_WhenTheNewSlugIsTaken()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        await (await admin.PatchJsonAsync($"/api/entities/{slug}/fields/name", new { slug = "email" })).ReadProblemAsync(HttpStatusCode.Conflict);

        var entity = await admin.GetJsonAsync($"/api/entities/{slug}");
        Assert.Contains(entity.GetProperty("fields").EnumerateArray(), f => f.GetProperty("slug").GetString() == "name");
    }

    [Fact]
    public async Task ChangeType_ConvertsEveryValue_WhenAllTextIsNumeric()
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateWithCodeAsync(admin);
        var a = await admin.CreateRecordIdAsync(slug, new { code = "12" });
        var b = await admin.CreateRecordIdAsync(slug, new { code = "7" });
        var empty = await admin.CreateRecordIdAsync(slug, new { });

        var field = await (await admin.PatchJsonAsync($"/api/entities/{slug}/fields/code", new { type = "number" })).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("number", field.GetProperty("type").GetString());
        var first = (await admin.GetJsonAsync($"/api/entities/{slug}/records/{a}")).GetProperty("code");
        Assert.Equal(JsonValueKind.Number, first.ValueKind);
        Assert.Equal(12, first.GetInt64());
        Assert.Equal(7, (await admin.GetJsonAsync($"/api/entities/{slug}/records/{b}")).GetProperty("code").GetInt64());
        Assert.Equal(JsonValueKind.Null, (await admin.GetJsonAsync($"/api/entities/{slug}/records/{empty}")).GetProperty("code").ValueKind);
        Assert.Equal([a], (await admin.ListAsync(slug, Seed.Filter("""{"field":"code","op":"gt","value":10}"""))).Ids());
    }

    [Fact]
    public async Task ChangeType_Returns409WithBlockingRecordsAndChangesNothing_WhenSomeTextIsNotNumeric()
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateWithCodeAsync(admin);
        var numeric = await admin.CreateRecordIdAsync(slug, new { code = "12" });
        await admin.CreateRecordIdAsync(slug, new { code = "abc" });
        await admin.CreateRecordIdAsync(slug, new { code = "twelve" });

        var problem = await (await admin.PatchJsonAsync($"/api/entities/{slug}/fields/code", new { type = "number" })).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(2, problem.GetProperty("blockingRecords").GetInt64());
        var field = (await admin.GetJsonAsync($"/api/entities/{slug}")).GetProperty("fields")[0];
        Assert.Equal("text", field.GetProperty("type").GetString());
        var value = (await admin.GetJsonAsync($"/api/entities/{slug}/records/{numeric}")).GetProperty("code");
        Assert.Equal(JsonValueKind.String, value.ValueKind);
        Assert.Equal("12", value.GetString());
        await admin.CreateRecordAsync(slug, new { code = "still text" });
    }

    [Fact]
    public async Task ChangeType_TurnsOptionLabelsIntoValues_WhenTextBecomesSelect()
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateWithCodeAsync(admin);
        var web = await admin.CreateRecordIdAsync(slug, new { code = "Website" });
        var fair = await admin.CreateRecordIdAsync(slug, new { code = "fair" });

        await (await admin.PatchJsonAsync($"/api/entities/{slug}/fields/code",
            """{"type":"select","options":[{"value":"web","label":{"en":"Website"}},{"value":"fair","label":{"en":"Trade fair"}}]}""")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("web", (await admin.GetJsonAsync($"/api/entities/{slug}/records/{web}")).GetProperty("code").GetString());
        Assert.Equal("fair", (await admin.GetJsonAsync($"/api/entities/{slug}/records/{fair}")).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ChangeType_KeepsTheCalendarDay_WhenDateTimeBecomesDate()
    {
        using var admin = await factory.AdminAsync();
        var slug = Seed.Slug("when");
        await admin.CreateEntityAsync($$$"""{"slug":"{{{slug}}}","label":{"en":"When"},"fields":[{"slug":"met","type":"datetime"}]}""");
        var id = await admin.CreateRecordIdAsync(slug, new { met = "2026-11-22T08:30:00Z" });

        await (await admin.PatchJsonAsync($"/api/entities/{slug}/fields/met", new { type = "date" })).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("2026-11-22", (await admin.GetJsonAsync($"/api/entities/{slug}/records/{id}")).GetProperty("met").GetString());
    }

    [Fact]
    public async Task ShortenMaxLength_Returns409WithBlockingRecordsAndChangesNothing_WhenALongerValueExists()
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateWithCodeAsync(admin);
        var id = await admin.CreateRecordIdAsync(slug, new { code = "ten chars!" });
        await admin.CreateRecordIdAsync(slug, new { code = "short" });

        var problem = await (await admin.PatchJsonAsync($"/api/entities/{slug}/fields/code", new { maxLength = 5 })).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(1, problem.GetProperty("blockingRecords").GetInt64());
        Assert.Equal("ten chars!", (await admin.GetJsonAsync($"/api/entities/{slug}/records/{id}")).GetProperty("code").GetString());
        await admin.CreateRecordAsync(slug, new { code = "longer than five" });
    }

    [Fact]
    public async Task DeleteField_Returns409WithCount_WhenItHoldsDataAndIsNotConfirmed()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var id = await admin.CreateRecordIdAsync(slug, new { name = "A", budget = 10 });
        await admin.CreateRecordIdAsync(slug, new { name = "B", budget = 20 });
        await admin.CreateRecordIdAsync(slug, new { name = "C" });

        var problem = await (await admin.DeleteAsync($"/api/entities/{slug}/fields/budget")).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(2, problem.GetProperty("records").GetInt64());
        Assert.Equal(10, (await admin.GetJsonAsync($"/api/entities/{slug}/records/{id}")).GetProperty("budget").GetInt64());
    }

    [Fact]
    public async Task DeleteField_Returns204AndDropsTheValues_WhenConfirmed()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var id = await admin.CreateRecordIdAsync(slug, new { name = "A", budget = 10 });

        var response = await admin.DeleteAsync($"/api/entities/{slug}/fields/budget?confirm=true");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var record = await admin.GetJsonAsync($"/api/entities/{slug}/records/{id}");
        Assert.False(record.TryGetProperty("budget", out _));
        Assert.Equal("A", record.GetProperty("name").GetString());
        var entity = await admin.GetJsonAsync($"/api/entities/{slug}");
        Assert.DoesNotContain(entity.GetProperty("fields").EnumerateArray(), f => f.GetProperty("slug").GetString() == "budget");
        await (await admin.PostJsonAsync($"/api/entities/{slug}/records", new { budget = 1 })).ReadValidationErrorAsync("budget");
    }

    [Fact]
    public async Task DeleteField_Returns204WithoutConfirm_WhenNoRecordHoldsData()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        await admin.CreateRecordIdAsync(slug, new { name = "No budget" });

        var response = await admin.DeleteAsync($"/api/entities/{slug}/fields/budget");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await admin.DeleteAsync($"/api/entities/{slug}/fields/budget")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<string> CreateWithCodeAsync(HttpClient admin)
    {
        var slug = Seed.Slug("conv");
        await admin.CreateEntityAsync($$$"""{"slug":"{{{slug}}}","label":{"en":"Conversions"},"fields":[{"slug":"code","type":"text"}]}""");
        return slug;
    }
}
