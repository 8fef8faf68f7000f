using System.Net;
using System.Text;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.BadInput;

/// <summary>Text that looks like SQL (or FTS, or markup) is data: stored verbatim, matched literally, never run.</summary>
public sealed class InjectionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    public static TheoryData<string> Hostile => new()
    {
        "Robert'); DROP TABLE lead;--",
        "\" OR 1=1 --",
        "' OR '1'='1",
        "'; DELETE FROM sys_users; --",
        "1; UPDATE sys_users SET role='admin'",
        "%_\\%",
        "\"quoted\" NEAR(a b) * OR ^c",
        "<script>alert(1)</script>",
        "{{7*7}} ${7*7}",
        "null",
        "上海'; DROP TABLE fts_lead; --",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Record_StoresAndReturnsTextVerbatim_WhenItLooksLikeSql(string text)
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var other = await admin.CreateRecordIdAsync(slug, new { name = "Innocent" });

        var created = await admin.CreateRecordAsync(slug, new { name = text });

        var id = created.GetProperty("id").GetInt64();
        Assert.Equal(text, created.GetProperty("name").GetString());
        Assert.Equal(text, (await admin.GetJsonAsync($"/api/entities/{slug}/records/{id}")).GetProperty("name").GetString());
        Assert.Equal([id, other], (await admin.ListAsync(slug)).Ids());
        Assert.Equal([id], (await admin.ListAsync(slug, Seed.Filter(Condition("eq", text)))).Ids());
        Assert.Equal([id], (await admin.ListAsync(slug, "q=" + Uri.EscapeDataString(text))).Ids());
        await admin.CreateRecordAsync(slug, new { name = "Still works" });
        Assert.Equal(3, await admin.CountAsync(slug));
        Assert.Contains((await admin.GetJsonAsync("/api/users")).EnumerateArray(), u => u.GetProperty("email").GetString() == PlatformFactory.AdminEmail);
    }

    [Fact]
    public async Task Record_StoresSqlTextVerbatim_WhenTheEntityIsTheOneItTriesToDrop()
    {
        using var admin = await factory.AdminAsync();
        await admin.CreateEntityAsync("""{"slug":"lead","label":{"en":"Lead"},"fields":[{"slug":"name","type":"text"},{"slug":"note","type":"longtext"}]}""");

        var bobby = await admin.CreateRecordAsync("lead", new { name = "Robert'); DROP TABLE lead;--", note = "\" OR 1=1 --" });
        var route = await admin.GetAsync("/api/entities/lead\";DROP/records");

        await route.ReadProblemAsync(HttpStatusCode.NotFound);
        var read = await admin.GetJsonAsync($"/api/entities/lead/records/{bobby.GetProperty("id").GetInt64()}");
        Assert.Equal("Robert'); DROP TABLE lead;--", read.GetProperty("name").GetString());
        Assert.Equal("\" OR 1=1 --", read.GetProperty("note").GetString());
        await admin.CreateRecordAsync("lead", new { name = "Alice" });
        Assert.Equal(2, await admin.CountAsync("lead"));
        Assert.Equal(["Alice", "Robert'); DROP TABLE lead;--"], (await admin.ListAsync("lead", "sort=name")).Strings("name"));
    }

    [Theory]
    [InlineData("eq", "' OR '1'='1")]
    [InlineData("eq", "\" OR 1=1 --")]
    [InlineData("contains", "' OR 1=1 --")]
    [InlineData("contains", "%")]
    [InlineData("contains", "_")]
    [InlineData("starts_with", "%")]
    [InlineData("ne", "x') OR 1=1 --")]
    public async Task List_MatchesLiterallyAndReturnsNoRows_WhenAFilterValueLooksLikeSql(string op, string value)
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var alpha = await admin.CreateRecordIdAsync(slug, new { name = "Alpha" });
        var beta = await admin.CreateRecordIdAsync(slug, new { name = "Beta" });

        var page = await admin.ListAsync(slug, Seed.Filter(Condition(op, value)));

        // "ne" matches every record whose name differs from the literal text: both of them.
        Assert.Equal(op == "ne" ? [beta, alpha] : [], page.Ids());
    }

    [Theory]
    [InlineData("sort=name;DROP TABLE x", "sort")]
    [InlineData("sort=name%20DESC--", "sort")]
    [InlineData("fields=name)%20FROM%20sys_users;--", "fields")]
    [InlineData("expand=name;--", "expand")]
    public async Task List_Returns400KeyedByParameter_WhenAQueryParameterLooksLikeSql(string query, string key)
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        await admin.CreateRecordAsync(slug, new { name = "Alpha" });

        await (await admin.GetAsync($"/api/entities/{slug}/records?{query}")).ReadValidationErrorAsync(key);

        Assert.Equal(1, await admin.CountAsync(slug));
    }

    [Fact]
    public async Task List_TreatsCursorValuesAsData_WhenACraftedCursorHoldsSql()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        await admin.CreateRecordAsync(slug, new { name = "Alpha" });
        var cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes("""["' OR 1=1 --", 1]""")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var response = await admin.GetAsync($"/api/entities/{slug}/records?sort=name&cursor={cursor}");

        var page = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Alpha"], page.Strings("name"));
        Assert.Equal(1, await admin.CountAsync(slug));
    }

    [Theory]
    [InlineData("/api/entities/{0}\";DROP/records")]
    [InlineData("/api/entities/{0}%22%3BDROP%20TABLE%20{0}%3B--/records")]
    [InlineData("/api/entities/{0}'--/records")]
    [InlineData("/api/entities/{0}%20OR%201=1/records")]
    [InlineData("/api/entities/sys_users/records")]
    [InlineData("/api/entities/sqlite_master/records")]
    [InlineData("/api/entities/{0}/records/1;DROP")]
    [InlineData("/api/entities/{0}/records/1%20OR%201=1")]
    public async Task Route_Returns404ProblemAndHarmsNothing_WhenTheEntitySlugLooksLikeSql(string route)
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        await admin.CreateRecordAsync(slug, new { name = "Alpha" });

        var response = await admin.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, slug));

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, await admin.CountAsync(slug));
        await admin.CreateRecordAsync(slug, new { name = "Beta" });
    }

    [Fact]
    public async Task Route_Returns404ProblemAndWritesNothing_WhenPostingToASlugThatLooksLikeSql()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        var response = await admin.PostJsonAsync($"/api/entities/{slug}%22%3BDROP%20TABLE%20{slug}%3B--/records", new { name = "x" });

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await admin.CountAsync(slug));
    }

    private static string Condition(string op, string value) =>
        System.Text.Json.JsonSerializer.Serialize(new { field = "name", op, value });
}
