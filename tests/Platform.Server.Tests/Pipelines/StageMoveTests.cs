using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Pipelines;

public sealed class StageMoveTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static async Task<string> DealsAsync(HttpClient admin)
    {
        var slug = Seed.Slug("deal");
        await admin.CreateEntityAsync($$$"""
            {"slug":"{{{slug}}}","label":{"en":"Deal"},"fields":[{"slug":"name","type":"text"},{"slug":"amount","type":"currency"},
              {"slug":"stage","type":"stage","stages":[{"value":"new","label":{"en":"New"}},{"value":"proposal","label":{"en":"Proposal"}},
                {"value":"won","label":{"en":"Won"},"category":"won","entryCriteria":{"requiredFields":["amount"]}}]}]}
            """);
        return slug;
    }

    [Fact]
    public async Task RemovingAStage_IsRefusedWhileRecordsAreInIt_AndAllowedOnceAnAdminMovedThem()
    {
        using var admin = await factory.AdminAsync();
        var deal = await DealsAsync(admin);
        var id = await admin.CreateRecordIdAsync(deal, new { name = "Acme", stage = "proposal" });
        var without = """{"stages":[{"value":"new","label":{"en":"New"}},{"value":"won","label":{"en":"Won"},"category":"won"}]}""";

        var refused = await (await admin.PatchJsonAsync($"/api/entities/{deal}/fields/stage", without)).ReadValidationErrorAsync("stages");
        Assert.Equal(["1 records are in \"Proposal\"; move them first."], refused);

        var moved = await (await admin.PostJsonAsync($"/api/entities/{deal}/pipelines/stage/stages/proposal/move", new { to = "won", reason = "No proposals any more" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, moved.GetProperty("moved").GetInt32());
        var last = (await admin.GetJsonAsync($"/api/entities/{deal}/records/{id}/stages")).GetProperty("moves").EnumerateArray().Last();
        Assert.Equal(("won", "designer", "No proposals any more"),
            (last.GetProperty("to").GetString(), last.GetProperty("source").GetString(), last.GetProperty("reason").GetString()));
        await (await admin.PatchJsonAsync($"/api/entities/{deal}/fields/stage", without)).ReadJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Move_IsForAdmins_AndNeedsAnotherStageOfThePipeline()
    {
        using var admin = await factory.AdminAsync();
        var deal = await DealsAsync(admin);
        var (member, _) = await factory.UserAsync(admin);
        using var _member = member;
        var url = $"/api/entities/{deal}/pipelines/stage/stages/new/move";

        await (await member.PostJsonAsync(url, new { to = "won" })).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.NotEmpty(await (await admin.PostJsonAsync(url, new { to = "lost" })).ReadValidationErrorAsync("to"));
        await (await admin.PostJsonAsync($"/api/entities/{deal}/pipelines/name/stages/new/move", new { to = "won" })).ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
