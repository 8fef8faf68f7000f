using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.BadInput;

public sealed class SlugTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    public static TheoryData<string> InvalidSlugs => new()
    {
        "Lead", "1abc", "lead-x", "select", "sys_x", "sqlite_x", "fts_x", "", "_lead", "lead x", "线索", "drop",
        "table", "id", "version", "owner_id", new string('a', 64), "lead\";drop", "lead'--",
    };

    [Theory]
    [MemberData(nameof(InvalidSlugs))]
    public async Task CreateEntity_Returns400KeyedSlugAndCreatesNothing_WhenSlugIsInvalid(string slug)
    {
        using var admin = await factory.AdminAsync();
        var before = await EntitySlugsAsync(admin);

        var response = await admin.PostJsonAsync("/api/entities", new { slug, label = new Dictionary<string, string> { ["en"] = "Bad" } });

        await response.ReadValidationErrorAsync("slug");
        Assert.Equal(before, await EntitySlugsAsync(admin));
    }

    [Theory]
    [MemberData(nameof(InvalidSlugs))]
    public async Task CreateEntity_Returns400KeyedByFieldIndex_WhenAFieldSlugIsInvalid(string slug)
    {
        using var admin = await factory.AdminAsync();
        var entity = Seed.Slug("ok");

        var response = await admin.PostJsonAsync("/api/entities", new
        {
            slug = entity, label = new Dictionary<string, string> { ["en"] = "Ok" },
            fields = new object[] { new { slug = "name", type = "text" }, new { slug, type = "text" } },
        });

        await response.ReadValidationErrorAsync("fields[1].slug");
        await (await admin.GetAsync($"/api/entities/{entity}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(InvalidSlugs))]
    public async Task AddOrRenameField_Returns400KeyedSlug_WhenSlugIsInvalid(string slug)
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateLeadEntityAsync();

        await (await admin.PostJsonAsync($"/api/entities/{entity}/fields", new { slug, type = "text" })).ReadValidationErrorAsync("slug");
        await (await admin.PatchJsonAsync($"/api/entities/{entity}/fields/name", new { slug })).ReadValidationErrorAsync("slug");

        var fields = (await admin.GetJsonAsync($"/api/entities/{entity}")).GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("slug").GetString());
        Assert.Equal(["name", "email", "budget", "source"], fields);
    }

    [Theory]
    [InlineData("Lead")]
    [InlineData("select")]
    [InlineData("sys_x")]
    public async Task RenameEntity_Returns400KeyedSlug_WhenSlugIsInvalid(string slug)
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateLeadEntityAsync();

        await (await admin.PatchJsonAsync($"/api/entities/{entity}", new { slug })).ReadValidationErrorAsync("slug");

        await admin.GetJsonAsync($"/api/entities/{entity}");
    }

    [Fact]
    public async Task CreateEntity_Returns409Problem_WhenSlugIsTaken()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        await admin.CreateRecordAsync(slug, new { name = "Survivor" });

        var response = await admin.PostJsonAsync("/api/entities", $$$"""{"slug":"{{{slug}}}","label":{"en":"Again"},"fields":[{"slug":"other","type":"text"}]}""");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(slug, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var entity = await admin.GetJsonAsync($"/api/entities/{slug}");
        Assert.Equal(4, entity.GetProperty("fields").GetArrayLength());
        Assert.Equal(1, await admin.CountAsync(slug));
    }

    [Fact]
    public async Task AddField_Returns409Problem_WhenSlugIsTaken()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        var response = await admin.PostJsonAsync($"/api/entities/{slug}/fields", new { slug = "email", type = "number" });

        await response.ReadProblemAsync(HttpStatusCode.Conflict);
        var email = (await admin.GetJsonAsync($"/api/entities/{slug}")).GetProperty("fields")[1];
        Assert.Equal("email", email.GetProperty("type").GetString());
    }

    [Fact]
    public async Task CreateEntity_Returns400KeyedSecondField_WhenTwoFieldsShareASlug()
    {
        using var admin = await factory.AdminAsync();
        var slug = Seed.Slug("dup");

        var response = await admin.PostJsonAsync("/api/entities",
            $$$"""{"slug":"{{{slug}}}","label":{"en":"Dup"},"fields":[{"slug":"name","type":"text"},{"slug":"name","type":"number"}]}""");

        await response.ReadValidationErrorAsync("fields[1].slug");
        await (await admin.GetAsync($"/api/entities/{slug}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateEntity_Returns201_WhenEntityAndIndexedFieldSlugsAreAtTheirLongest()
    {
        using var admin = await factory.AdminAsync();
        var slug = "e" + Guid.NewGuid().ToString("N") + new string('x', 30);
        var field = new string('f', 63);

        var response = await admin.PostJsonAsync("/api/entities", new
        {
            slug, label = new Dictionary<string, string> { ["en"] = "Long" },
            fields = new object[] { new { slug = field, type = "text", indexed = true }, new { slug = "code", type = "text", unique = true } },
        });

        await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(63, slug.Length);
        var record = await admin.CreateRecordAsync(slug, new Dictionary<string, object> { [field] = "long", ["code"] = "c1" });
        Assert.Equal("long", record.GetProperty(field).GetString());
    }

    [Fact]
    public async Task IndexedFields_DoNotClash_WhenEntityAndFieldSlugsJoinToTheSameText()
    {
        using var admin = await factory.AdminAsync();
        var stem = Seed.Slug("j");

        // "<stem>" + "b__c" and "<stem>__b" + "c": a name built as entity + "__" + field would be the same for both.
        await admin.CreateEntityAsync($$$"""{"slug":"{{{stem}}}","label":{"en":"A"},"fields":[{"slug":"b__c","type":"text","indexed":true}]}""");
        var response = await admin.PostJsonAsync("/api/entities",
            $$$"""{"slug":"{{{stem}}}__b","label":{"en":"B"},"fields":[{"slug":"c","type":"text","indexed":true}]}""");

        await response.ReadJsonAsync(HttpStatusCode.Created);
        await admin.CreateRecordAsync(stem + "__b", new { c = "works" });
    }

    private static async Task<List<string>> EntitySlugsAsync(HttpClient admin) =>
        [.. (await admin.GetJsonAsync("/api/entities")).EnumerateArray().Select(e => e.GetProperty("slug").GetString()!)];
}
