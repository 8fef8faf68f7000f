using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Pipelines;

public sealed class PipelineTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static async Task<string> DealsAsync(HttpClient admin)
    {
        var slug = Seed.Slug("deal");
        await admin.CreateEntityAsync($$$"""
            {"slug":"{{{slug}}}","label":{"en":"Deal"},"fields":[{"slug":"name","type":"text"},{"slug":"email","type":"email","label":{"en":"Email"}},
              {"slug":"amount","type":"currency","label":{"en":"Amount"}},
              {"slug":"stage","type":"stage","stages":[
                {"value":"new","label":{"en":"New"},"exitCriteria":{"requiredFields":["email"],"condition":"record.amount > 0"}},
                {"value":"qualified","label":{"en":"Qualified"}},
                {"value":"won","label":{"en":"Won"},"category":"won","entryCriteria":{"requiredFields":["amount"]}}]}]}
            """);
        return slug;
    }

    [Fact]
    public async Task RefusedMove_Is422ListingEveryUnmetCriterion_InTheCallersLanguage_AndChangesNothing()
    {
        using var admin = await factory.AdminAsync();
        var deal = await DealsAsync(admin);
        var id = await admin.CreateRecordIdAsync(deal, new { name = "Acme", stage = "new" });

        var problem = await (await admin.PatchJsonAsync($"/api/entities/{deal}/records/{id}", new { stage = "qualified" }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("https://platform.local/problems/stage-gate", problem.GetProperty("type").GetString());
        var unmet = problem.GetProperty("unmet").EnumerateArray().ToList();
        Assert.Equal(["requiredField", "condition"], unmet.Select(u => u.GetProperty("criterion").GetString()));
        Assert.Equal("email", unmet[0].GetProperty("field").GetString());
        Assert.Equal("\"Email\" is needed to leave \"New\".", unmet[0].GetProperty("message").GetString());
        Assert.Equal("new", (await admin.GetJsonAsync($"/api/entities/{deal}/records/{id}")).GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Moves_AreInTheRecordsStageHistory_AndInThePipelineSnapshot()
    {
        using var admin = await factory.AdminAsync();
        var deal = await DealsAsync(admin);
        var id = await admin.CreateRecordIdAsync(deal, new { name = "Acme", stage = "new" });
        await (await admin.PatchJsonAsync($"/api/entities/{deal}/records/{id}", new { stage = "qualified", email = "a@acme.cn", amount = 10 }))
            .ReadJsonAsync(HttpStatusCode.OK);

        var timeline = await admin.GetJsonAsync($"/api/entities/{deal}/records/{id}/timeline");
        Assert.Equal(["change", "stage"], timeline.EnumerateArray().Select(i => i.GetProperty("kind").GetString()).Distinct().Order());

        var history = await admin.GetJsonAsync($"/api/entities/{deal}/records/{id}/stages");
        Assert.Equal(["new", "qualified"], history.GetProperty("moves").EnumerateArray().Select(m => m.GetProperty("to").GetString()));
        Assert.Equal(2, history.GetProperty("dwells").GetArrayLength());

        var today = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");
        var snapshot = await admin.GetJsonAsync($"/api/entities/{deal}/pipelines/stage/snapshot?at={today}");
        Assert.Equal("new:0 qualified:1 won:0", string.Join(" ", snapshot.GetProperty("stages").EnumerateArray()
            .Select(s => $"{s.GetProperty("stage").GetString()}:{s.GetProperty("count").GetInt32()}")));
    }

    [Fact]
    public async Task Snapshot_WithABadDate_Is400_AndOfAFieldThatIsNoPipeline_Is404()
    {
        using var admin = await factory.AdminAsync();
        var deal = await DealsAsync(admin);
        Assert.NotEmpty(await (await admin.GetAsync($"/api/entities/{deal}/pipelines/stage/snapshot?at=30.06.2026")).ReadValidationErrorAsync("at"));
        await (await admin.GetAsync($"/api/entities/{deal}/pipelines/name/snapshot")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Board_GivesCountsSumsAndCardsPerStage()
    {
        using var admin = await factory.AdminAsync();
        var deal = await DealsAsync(admin);
        await admin.CreateRecordIdAsync(deal, new { name = "Acme", stage = "new", amount = 120 });
        await admin.CreateRecordIdAsync(deal, new { name = "Beta", stage = "new", amount = 30 });

        var board = await admin.GetJsonAsync($"/api/entities/{deal}/pipelines/stage/board?amount=amount&cards=1");

        var column = board.GetProperty("columns")[0];
        Assert.Equal(("new", 2, 150m), (column.GetProperty("stage").GetString(), column.GetProperty("count").GetInt32(), column.GetProperty("sum").GetDecimal()));
        Assert.Equal(1, column.GetProperty("cards").GetArrayLength());
        Assert.NotEmpty(await (await admin.GetAsync($"/api/entities/{deal}/pipelines/stage/board?filter=%7Bbad")).ReadValidationErrorAsync("filter"));
    }

    [Theory]
    [InlineData("/api/entities/deal/records/1/stages")]
    [InlineData("/api/entities/deal/records/1/timeline")]
    [InlineData("/api/entities/deal/pipelines/stage/snapshot")]
    [InlineData("/api/entities/deal/pipelines/stage/board")]
    [InlineData("/api/entities/deal/pipelines/stage/board/cards?stage=new")]
    public async Task PipelineRoutes_Return401_WhenNotSignedIn(string url)
    {
        using var anonymous = factory.Anonymous();
        await (await anonymous.GetAsync(url)).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task StageField_WithoutStages_Is400()
    {
        using var admin = await factory.AdminAsync();
        var deal = await DealsAsync(admin);
        Assert.NotEmpty(await (await admin.PostJsonAsync($"/api/entities/{deal}/fields", """{"slug":"pipe","type":"stage"}""")).ReadValidationErrorAsync("stages"));
    }
}
