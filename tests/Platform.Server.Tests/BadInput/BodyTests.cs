using System.Net;
using System.Text;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.BadInput;

public sealed class BodyTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const int OverOneMegabyte = 1024 * 1024 + 1000;

    [Fact]
    public async Task CreateRecord_Returns413ProblemAndWritesNothing_WhenBodyIsOverOneMegabyte()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        var response = await admin.PostJsonAsync($"/api/entities/{slug}/records", new { name = new string('x', OverOneMegabyte) });

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await admin.CountAsync(slug));
    }

    [Fact]
    public async Task PatchRecord_Returns413ProblemAndChangesNothing_WhenBodyIsOverOneMegabyte()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var id = await admin.CreateRecordIdAsync(slug, new { name = "Small" });

        var response = await admin.PatchJsonAsync($"/api/entities/{slug}/records/{id}", new { name = new string('x', OverOneMegabyte) });

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("Small", (await admin.GetJsonAsync($"/api/entities/{slug}/records/{id}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task CreateEntity_Returns413Problem_WhenBodyIsOverOneMegabyte()
    {
        using var admin = await factory.AdminAsync();
        var slug = Seed.Slug("huge");

        var response = await admin.PostJsonAsync("/api/entities", new { slug, label = new Dictionary<string, string> { ["en"] = new string('x', OverOneMegabyte) } });

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await admin.GetAsync($"/api/entities/{slug}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bulk_Returns413ProblemAndWritesNothing_WhenBodyIsOverTenMegabytes()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var name = new string('x', 11_000);

        var response = await admin.PostJsonAsync($"/api/entities/{slug}/records/bulk", new { records = Enumerable.Range(0, 1000).Select(_ => new { name }) });

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await admin.CountAsync(slug));
    }

    [Theory]
    [InlineData("""{"name": """)]
    [InlineData("""{"name": "unterminated""")]
    [InlineData("""{name: "no quotes"}""")]
    [InlineData("""{"name": "a",}""")]
    [InlineData("""{"name": 'single'}""")]
    [InlineData("")]
    public async Task CreateRecord_Returns400ProblemAndWritesNothing_WhenJsonIsMalformed(string body)
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        var problem = await (await admin.PostJsonAsync($"/api/entities/{slug}/records", body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.Equal(0, await admin.CountAsync(slug));
    }

    [Theory]
    [InlineData("/api/entities")]
    [InlineData("/api/entities/{0}/fields")]
    [InlineData("/api/entities/{0}/records/bulk")]
    [InlineData("/api/entities/{0}/views")]
    [InlineData("/api/users")]
    [InlineData("/api/api-keys")]
    [InlineData("/api/auth/login")]
    public async Task Post_Returns400Problem_WhenJsonIsMalformed(string route)
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        var response = await admin.PostJsonAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, slug), """{"slug": """);

        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(4, (await admin.GetJsonAsync($"/api/entities/{slug}")).GetProperty("fields").GetArrayLength());
    }

    [Theory]
    [InlineData("[1,2,3]")]
    [InlineData("\"just text\"")]
    [InlineData("42")]
    [InlineData("null")]
    public async Task CreateRecord_Returns400Problem_WhenBodyIsNotAnObject(string body)
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        await (await admin.PostJsonAsync($"/api/entities/{slug}/records", body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(0, await admin.CountAsync(slug));
    }

    [Fact]
    public async Task CreateRecord_Returns400Problem_WhenJsonIsNestedTooDeeply()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var body = "{\"name\":" + string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)) + "}";

        await (await admin.PostJsonAsync($"/api/entities/{slug}/records", body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(0, await admin.CountAsync(slug));
    }

    [Fact]
    public async Task CreateRecord_Returns415Problem_WhenBodyIsNotJson()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        var response = await admin.PostAsync($"/api/entities/{slug}/records", new StringContent("""{"name":"x"}""", Encoding.UTF8, "text/plain"));

        await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, await admin.CountAsync(slug));
    }

    [Theory]
    [InlineData("""{"slug":"ok_label","label":"Lead"}""")]
    [InlineData("""{"slug":5,"label":{"en":"Lead"}}""")]
    [InlineData("""{"slug":"ok_fields","label":{"en":"Lead"},"fields":{"slug":"a"}}""")]
    [InlineData("""{"slug":"ok_required","label":{"en":"Lead"},"fields":[{"slug":"a","type":"text","required":"yes"}]}""")]
    [InlineData("""{"slug":"ok_type","label":{"en":"Lead"},"fields":[{"slug":"a","type":"colour"}]}""")]
    [InlineData("""{"slug":"ok_nolabel"}""")]
    [InlineData("""{"slug":"ok_options","label":{"en":"Lead"},"fields":[{"slug":"a","type":"select"}]}""")]
    [InlineData("""{"slug":"ok_relation","label":{"en":"Lead"},"fields":[{"slug":"a","type":"relation","relation":{"entity":"no_such_entity"}}]}""")]
    [InlineData("""{"slug":"ok_default","label":{"en":"Lead"},"fields":[{"slug":"a","type":"number","default":"ten"}]}""")]
    public async Task CreateEntity_Returns400ProblemAndCreatesNothing_WhenTheDefinitionIsWrong(string body)
    {
        using var admin = await factory.AdminAsync();

        await (await admin.PostJsonAsync("/api/entities", body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        var slugs = (await admin.GetJsonAsync("/api/entities")).EnumerateArray().Select(e => e.GetProperty("slug").GetString());
        Assert.DoesNotContain(slugs, s => s!.StartsWith("ok_", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"required":"yes"}""")]
    [InlineData("""{"type":"colour"}""")]
    [InlineData("""{"maxLength":0}""")]
    [InlineData("""{"slug":null}""")]
    public async Task PatchField_Returns400ProblemAndChangesNothing_WhenAPropertyIsWrong(string body)
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        await (await admin.PatchJsonAsync($"/api/entities/{slug}/fields/name", body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        var name = (await admin.GetJsonAsync($"/api/entities/{slug}")).GetProperty("fields")[0];
        Assert.Equal("name", name.GetProperty("slug").GetString());
        Assert.Equal("text", name.GetProperty("type").GetString());
        Assert.False(name.GetProperty("required").GetBoolean());
    }

    [Theory]
    [InlineData("""{"sort":5}""")]
    [InlineData("""{"q":5}""")]
    [InlineData("""{"columns":"name"}""")]
    [InlineData("""{"columns":[1,2]}""")]
    public async Task PatchView_Returns400ProblemAndChangesNothing_WhenAPropertyHasTheWrongType(string body)
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var view = await (await admin.PostJsonAsync($"/api/entities/{slug}/views", new { name = "Mine", sort = "name", columns = new[] { "name" } })).ReadJsonAsync(HttpStatusCode.Created);

        var response = await admin.PatchJsonAsync($"/api/entities/{slug}/views/{view.GetProperty("id").GetString()}", body);

        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var listed = Assert.Single((await admin.GetJsonAsync($"/api/entities/{slug}/views")).EnumerateArray());
        Assert.Equal("name", listed.GetProperty("sort").GetString());
        Assert.Equal("name", Assert.Single(listed.GetProperty("columns").EnumerateArray()).GetString());
    }

    [Theory]
    [InlineData("""{"active":"no"}""")]
    [InlineData("""{"role":"superuser"}""")]
    [InlineData("""{"email":"not-an-email"}""")]
    [InlineData("""{"password":"short"}""")]
    public async Task PatchUser_Returns400ProblemAndChangesNothing_WhenAPropertyIsWrong(string body)
    {
        using var admin = await factory.AdminAsync();
        var (member, id) = await factory.UserAsync(admin);
        using var memberSession = member;

        await (await admin.PatchJsonAsync($"/api/users/{id}", body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        var me = await member.GetJsonAsync("/api/auth/me");
        Assert.Equal("member", me.GetProperty("role").GetString());
        Assert.True(me.GetProperty("active").GetBoolean());
    }
}
