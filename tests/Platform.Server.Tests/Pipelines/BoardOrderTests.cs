using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Pipelines;

public sealed class BoardOrderTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static async Task<string> DealsAsync(HttpClient admin)
    {
        var slug = Seed.Slug("deal");
        await admin.CreateEntityAsync($$$"""
            {"slug":"{{{slug}}}","label":{"en":"Deal"},"fields":[{"slug":"name","type":"text"},
              {"slug":"stage","type":"stage","stages":[{"value":"new","label":{"en":"New"}},{"value":"qualified","label":{"en":"Qualified"}}]}]}
            """);
        return slug;
    }

    private static async Task<string> NamesAsync(HttpClient client, string url)
    {
        var page = await client.GetJsonAsync(url);
        return $"{page.GetProperty("stage").GetString()}:{page.GetProperty("total").GetInt32()}:"
            + string.Concat(page.GetProperty("cards").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Order_PutsCardsOnTopOfTheColumn_ForEverySignedInUser_AndCardsPageTheColumnInThatOrder()
    {
        using var admin = await factory.AdminAsync();
        var deal = await DealsAsync(admin);
        var a = await admin.CreateRecordIdAsync(deal, new { name = "A", stage = "new" });
        await admin.CreateRecordIdAsync(deal, new { name = "B", stage = "new" });
        var c = await admin.CreateRecordIdAsync(deal, new { name = "C", stage = "new" });
        await admin.CreateRecordIdAsync(deal, new { name = "D", stage = "qualified" });
        var (member, _) = await factory.UserAsync(admin);
        using var _member = member;

        var response = await member.PutAsync($"/api/entities/{deal}/pipelines/stage/board/order", HttpJson.Content(new { stage = "new", ids = new[] { a, c } }));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);

        Assert.Equal("new:3:AC", await NamesAsync(admin, $"/api/entities/{deal}/pipelines/stage/board/cards?stage=new&limit=2"));
        Assert.Equal("new:3:B", await NamesAsync(admin, $"/api/entities/{deal}/pipelines/stage/board/cards?stage=new&offset=2"));
        var filter = Uri.EscapeDataString("""{"field":"name","op":"ne","value":"A"}""");
        Assert.Equal("new:2:CB", await NamesAsync(admin, $"/api/entities/{deal}/pipelines/stage/board/cards?stage=new&filter={filter}"));
        var board = await admin.GetJsonAsync($"/api/entities/{deal}/pipelines/stage/board?cards=2");
        Assert.Equal(["A", "C"], board.GetProperty("columns")[0].GetProperty("cards").EnumerateArray().Select(x => x.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Order_NamingARecordOfAnotherStage_Is400OnIds_AndKeepsTheOrder()
    {
        using var admin = await factory.AdminAsync();
        var deal = await DealsAsync(admin);
        var a = await admin.CreateRecordIdAsync(deal, new { name = "A", stage = "new" });
        var d = await admin.CreateRecordIdAsync(deal, new { name = "D", stage = "qualified" });

        var errors = await (await admin.PutAsync($"/api/entities/{deal}/pipelines/stage/board/order", HttpJson.Content(new { stage = "new", ids = new[] { a, d } })))
            .ReadValidationErrorAsync("ids");
        Assert.Equal([$"Records {d} are not in \"New\"."], errors);
        Assert.NotEmpty(await (await admin.GetAsync($"/api/entities/{deal}/pipelines/stage/board/cards?stage=new&limit=0")).ReadValidationErrorAsync("limit"));
        Assert.NotEmpty(await (await admin.GetAsync($"/api/entities/{deal}/pipelines/stage/board/cards?stage=lost")).ReadValidationErrorAsync("stage"));
    }

    [Fact]
    public async Task Order_Is401_WhenNotSignedIn()
    {
        using var anonymous = factory.Anonymous();
        await (await anonymous.PutAsync("/api/entities/deal/pipelines/stage/board/order", HttpJson.Content(new { stage = "new", ids = new[] { 1 } })))
            .ReadProblemAsync(HttpStatusCode.Unauthorized);
    }
}
