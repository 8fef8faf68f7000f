using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Queries;

public sealed class SearchTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData("云计算", "上海云计算科技有限公司")]
    [InlineData("上海", "上海云计算科技有限公司")]
    [InlineData("科技有限", "上海云计算科技有限公司")]
    [InlineData("有限公司", "上海云计算科技有限公司,北京云存储有限公司")]
    [InlineData("云", "上海云计算科技有限公司,北京云存储有限公司")]
    [InlineData("深圳", "深圳硬件制造厂")]
    [InlineData("example.org", "深圳硬件制造厂")]
    [InlineData("广州", "")]
    [InlineData("云计算中心", "")]
    public async Task Search_FindsChineseSubstrings_WhenTheQueryHasAnyLength(string q, string expected)
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateCompaniesAsync(admin);

        var page = await admin.ListAsync(slug, "sort=id&q=" + Uri.EscapeDataString(q));

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), page.Strings("name"));
    }

    [Fact]
    public async Task Search_FindsTheNewTextOnly_WhenARecordWasRenamed()
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateCompaniesAsync(admin);
        var id = (await admin.ListAsync(slug, "q=" + Uri.EscapeDataString("云计算"))).Ids()[0];

        await (await admin.PatchJsonAsync($"/api/entities/{slug}/records/{id}", new { name = "杭州人工智能研究院" })).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Empty((await admin.ListAsync(slug, "q=" + Uri.EscapeDataString("云计算"))).Ids());
        Assert.Equal([id], (await admin.ListAsync(slug, "q=" + Uri.EscapeDataString("人工智能"))).Ids());
    }

    [Fact]
    public async Task Search_CombinesWithFilterAndCount_WhenBothAreGiven()
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateCompaniesAsync(admin);

        var page = await admin.ListAsync(slug, "count=true&q=" + Uri.EscapeDataString("有限公司") + "&"
            + Seed.Filter("""{"field":"name","op":"starts_with","value":"北京"}"""));

        Assert.Equal(["北京云存储有限公司"], page.Strings("name"));
        Assert.Equal(1, page.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Search_LeavesOutDeletedRecords_WhenNotListingTheTrash()
    {
        using var admin = await factory.AdminAsync();
        var slug = await CreateCompaniesAsync(admin);
        var id = (await admin.ListAsync(slug, "q=" + Uri.EscapeDataString("深圳"))).Ids()[0];

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{slug}/records/{id}")).StatusCode);

        Assert.Empty((await admin.ListAsync(slug, "q=" + Uri.EscapeDataString("深圳"))).Ids());
        Assert.Equal([id], (await admin.ListAsync(slug, "deleted=true&q=" + Uri.EscapeDataString("深圳"))).Ids());
    }

    private static async Task<string> CreateCompaniesAsync(HttpClient admin)
    {
        var slug = Seed.Slug("company");
        await admin.CreateEntityAsync($$$"""
            {"slug":"{{{slug}}}","label":{"zh-CN":"公司","en":"Company"},"fields":[
              {"slug":"name","type":"text"},{"slug":"site","type":"url"},{"slug":"employees","type":"number"}]}
            """);
        await admin.CreateRecordAsync(slug, new { name = "上海云计算科技有限公司", employees = 120 });
        await admin.CreateRecordAsync(slug, new { name = "北京云存储有限公司", employees = 40 });
        await admin.CreateRecordAsync(slug, new { name = "深圳硬件制造厂", site = "https://example.org/sz", employees = 800 });
        return slug;
    }
}
