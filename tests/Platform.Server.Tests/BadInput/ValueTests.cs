using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.BadInput;

public sealed class ValueTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData("""{"budget":"12"}""", "budget")]
    [InlineData("""{"budget":"lots"}""", "budget")]
    [InlineData("""{"budget":12.5}""", "budget")]
    [InlineData("""{"budget":1e30}""", "budget")]
    [InlineData("""{"name":42}""", "name")]
    [InlineData("""{"name":true}""", "name")]
    [InlineData("""{"name":["a"]}""", "name")]
    [InlineData("""{"active":"maybe"}""", "active")]
    [InlineData("""{"active":"true"}""", "active")]
    [InlineData("""{"active":1}""", "active")]
    [InlineData("""{"signed":"2026-13-45"}""", "signed")]
    [InlineData("""{"signed":"22/11/2026"}""", "signed")]
    [InlineData("""{"signed":20261122}""", "signed")]
    [InlineData("""{"met":"2026-11-22 08:30"}""", "met")]
    [InlineData("""{"email":"not-an-email"}""", "email")]
    [InlineData("""{"site":"javascript:alert(1)"}""", "site")]
    [InlineData("""{"phone":"call me"}""", "phone")]
    [InlineData("""{"source":"tv"}""", "source")]
    [InlineData("""{"tags":"a"}""", "tags")]
    [InlineData("""{"tags":["a","zzz"]}""", "tags")]
    [InlineData("""{"stars":6}""", "stars")]
    [InlineData("""{"stars":-1}""", "stars")]
    [InlineData("""{"owner":999999}""", "owner")]
    [InlineData("""{"ownerId":999999}""", "ownerId")]
    public async Task Create_Returns400KeyedByFieldAndWritesNothing_WhenAValueIsWrong(string body, string key)
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateTypedEntityAsync(admin);

        await (await admin.PostJsonAsync($"/api/entities/{slug}/records", body)).ReadValidationErrorAsync(key);

        Assert.Equal(0, await admin.CountAsync(slug));
    }

    [Fact]
    public async Task Create_IgnoresTheValue_WhenItIsForAnAutoNumberOrASystemField()
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateTypedEntityAsync(admin);

        var record = await admin.CreateRecordAsync(slug, """{"name":"x","code":"HACK-1","id":424242,"version":99,"createdBy":999}""");

        Assert.Equal("L-0001", record.GetProperty("code").GetString());
        Assert.NotEqual(424242, record.GetProperty("id").GetInt64());
        Assert.Equal(1, record.GetProperty("version").GetInt64());
        Assert.NotEqual(999, record.GetProperty("createdBy").GetInt64());
    }

    [Fact]
    public async Task Create_ReportsEveryBadField_WhenSeveralAreWrong()
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateTypedEntityAsync(admin);

        var response = await admin.PostJsonAsync($"/api/entities/{slug}/records", """{"budget":"x","name":1,"signed":"2026-13-45","colour":"red"}""");

        foreach (var key in new[] { "budget", "name", "signed", "colour" })
        {
            await response.ReadValidationErrorAsync(key);
        }
        Assert.Equal(0, await admin.CountAsync(slug));
    }

    [Theory]
    [InlineData("colour")]
    [InlineData("Name")]
    [InlineData("deleted_at")]
    [InlineData("name; DROP TABLE x")]
    public async Task Create_Returns400KeyedByTheUnknownName_WhenAFieldDoesNotExist(string name)
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateTypedEntityAsync(admin);

        var messages = await (await admin.PostJsonAsync($"/api/entities/{slug}/records", new Dictionary<string, object> { [name] = "x" })).ReadValidationErrorAsync(name);

        Assert.Equal("There is no such field.", Assert.Single(messages));
        Assert.Equal(0, await admin.CountAsync(slug));
    }

    [Fact]
    public async Task Patch_Returns400AndChangesNothing_WhenAValueIsWrong()
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateTypedEntityAsync(admin);
        var id = await admin.CreateRecordIdAsync(slug, new { name = "Kept", budget = 5 });

        var response = await admin.PatchJsonAsync($"/api/entities/{slug}/records/{id}", """{"name":"Changed","budget":"five"}""", ifMatch: "\"1\"");

        await response.ReadValidationErrorAsync("budget");
        var record = await admin.GetJsonAsync($"/api/entities/{slug}/records/{id}");
        Assert.Equal("Kept", record.GetProperty("name").GetString());
        Assert.Equal(1, record.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Create_Returns400KeyedField_WhenARequiredFieldIsMissingOrNull()
    {
        using var admin = await factory.AdminAsync();
        var slug = Seed.Slug("req");
        await admin.CreateEntityAsync($$$"""{"slug":"{{{slug}}}","label":{"en":"Req"},"fields":[{"slug":"title","type":"text","required":true},{"slug":"note","type":"text"}]}""");

        await (await admin.PostJsonAsync($"/api/entities/{slug}/records", new { note = "no title" })).ReadValidationErrorAsync("title");
        await (await admin.PostJsonAsync($"/api/entities/{slug}/records", """{"title":null}""")).ReadValidationErrorAsync("title");

        Assert.Equal(0, await admin.CountAsync(slug));
    }

    [Fact]
    public async Task Create_Returns400KeyedField_WhenTextIsLongerThanMaxLength()
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateTypedEntityAsync(admin);

        await (await admin.PostJsonAsync($"/api/entities/{slug}/records", new { name = new string('x', 1001) })).ReadValidationErrorAsync("name");

        await admin.CreateRecordAsync(slug, new { name = new string('x', 1000) });
        Assert.Equal(1, await admin.CountAsync(slug));
    }

    private static async Task<string> CreateTypedEntityAsync(HttpClient admin)
    {
        var slug = Seed.Slug("typed");
        await admin.CreateEntityAsync($$$"""
            {"slug":"{{{slug}}}","label":{"en":"Typed"},"fields":[
              {"slug":"name","type":"text"},{"slug":"budget","type":"number"},{"slug":"active","type":"boolean"},
              {"slug":"signed","type":"date"},{"slug":"met","type":"datetime"},{"slug":"email","type":"email"},
              {"slug":"site","type":"url"},{"slug":"phone","type":"phone"},
              {"slug":"source","type":"select","options":[{"value":"web"}]},
              {"slug":"tags","type":"multiselect","options":[{"value":"a"},{"value":"b"}]},
              {"slug":"stars","type":"rating"},{"slug":"owner","type":"user"},
              {"slug":"code","type":"autonumber","pattern":"L-{0000}"}]}
            """);
        return slug;
    }
}
