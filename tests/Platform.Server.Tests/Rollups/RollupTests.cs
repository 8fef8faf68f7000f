using System.Net;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;
using Platform.Server.Tests.Transfers;

namespace Platform.Server.Tests.Rollups;

public sealed class RollupTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    /// <summary>A deal entity with an activity count and a last-activity date, and the activity entity they read.</summary>
    private static async Task<(string Deal, string Activity)> DealsAsync(HttpClient admin)
    {
        var (deal, activity) = (Seed.Slug("deal"), Seed.Slug("act"));
        await admin.CreateEntityAsync($$$"""{"slug":"{{{deal}}}","label":{"en":"Deal"},"fields":[{"slug":"name","type":"text"}]}""");
        await admin.CreateEntityAsync($$$"""
            {"slug":"{{{activity}}}","label":{"en":"Activity"},"fields":[{"slug":"channel","type":"text"},{"slug":"held_on","type":"date"},
              {"slug":"deal","type":"relation","relation":{"entity":"{{{deal}}}"}}]}
            """);
        await AddAsync(admin, deal, $$$"""
            {"slug":"meetings","type":"rollup","label":{"en":"Meetings"},"rollup":{"entity":"{{{activity}}}","via":"deal","function":"count","where":{"channel":"meeting"} } }
            """);
        await AddAsync(admin, deal, $$$"""
            {"slug":"last_on","type":"rollup","rollup":{"entity":"{{{activity}}}","via":"deal","function":"max","field":"held_on"}}
            """);
        return (deal, activity);
    }

    private static async Task<JsonElement> AddAsync(HttpClient admin, string entity, string field) =>
        await (await admin.PostJsonAsync($"/api/entities/{entity}/fields", field)).ReadJsonAsync(HttpStatusCode.Created);

    private static async Task<JsonElement> DealAsync(HttpClient admin, string deal, long id) => await admin.GetJsonAsync($"/api/entities/{deal}/records/{id}");

    [Fact]
    public async Task Rollups_FollowChildrenWrittenThroughTheApiBulkAndImport()
    {
        using var admin = await factory.AdminAsync();
        var (deal, activity) = await DealsAsync(admin);
        var id = await admin.CreateRecordIdAsync(deal, new { name = "Acme" });
        Assert.Equal(0, (await DealAsync(admin, deal, id)).GetProperty("meetings").GetInt64());

        await admin.CreateRecordIdAsync(activity, new { channel = "meeting", held_on = "2026-05-02", deal = id });
        await (await admin.PostJsonAsync($"/api/entities/{activity}/records/bulk", new
        {
            records = new object[] { new { channel = "meeting", held_on = "2026-05-09", deal = id }, new { channel = "call", held_on = "2026-06-01", deal = id } },
        })).ReadJsonAsync(HttpStatusCode.Created);
        var report = await admin.CommitAsync(activity, $"channel,held_on,deal\nmeeting,2026-05-20,{id}\n");
        Assert.Equal(1, report.GetProperty("created").GetInt32());

        var record = await DealAsync(admin, deal, id);
        Assert.Equal((3L, "2026-06-01", 1L), (record.GetProperty("meetings").GetInt64(), record.GetProperty("last_on").GetString(), record.GetProperty("version").GetInt64()));
    }

    [Fact]
    public async Task MovingAChildToAnotherParent_UpdatesBoth_AndTheParentCanStillBeEditedAtItsVersion()
    {
        using var admin = await factory.AdminAsync();
        var (deal, activity) = await DealsAsync(admin);
        var (acme, globex) = (await admin.CreateRecordIdAsync(deal, new { name = "Acme" }), await admin.CreateRecordIdAsync(deal, new { name = "Globex" }));
        var meeting = await admin.CreateRecordIdAsync(activity, new { channel = "meeting", deal = acme });

        await (await admin.PatchJsonAsync($"/api/entities/{activity}/records/{meeting}", new { deal = globex }, "\"1\"")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(0, (await DealAsync(admin, deal, acme)).GetProperty("meetings").GetInt64());
        Assert.Equal(1, (await DealAsync(admin, deal, globex)).GetProperty("meetings").GetInt64());
        await (await admin.PatchJsonAsync($"/api/entities/{deal}/records/{globex}", new { name = "Globex Ltd", meetings = 7 }, "\"1\"")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, (await DealAsync(admin, deal, globex)).GetProperty("meetings").GetInt64());
    }

    [Fact]
    public async Task Rollups_CanBeFilteredAndSorted()
    {
        using var admin = await factory.AdminAsync();
        var (deal, activity) = await DealsAsync(admin);
        var (acme, globex) = (await admin.CreateRecordIdAsync(deal, new { name = "Acme" }), await admin.CreateRecordIdAsync(deal, new { name = "Globex" }));
        await admin.CreateRecordIdAsync(activity, new { channel = "meeting", held_on = "2026-03-01", deal = acme });
        await admin.CreateRecordIdAsync(activity, new { channel = "meeting", held_on = "2026-04-01", deal = globex });

        var page = await admin.ListAsync(deal, Seed.Filter("""{"field":"last_on","op":"gte","value":"2026-01-01"}""") + "&sort=-last_on");

        Assert.Equal([globex, acme], page.Ids());
    }

    [Fact]
    public async Task BadSettings_AreRefusedPerSetting_InTheCallersLanguage()
    {
        using var admin = await factory.AdminAsync();
        var (deal, activity) = await DealsAsync(admin);

        var via = await (await admin.PostJsonAsync($"/api/entities/{deal}/fields", $$$"""
            {"slug":"bad","type":"rollup","rollup":{"entity":"{{{activity}}}","via":"channel","function":"sum","field":"channel"}}
            """)).ReadValidationErrorAsync("rollup.via");
        Assert.Equal($"\"channel\" is not a relation field of \"{activity}\" pointing at this entity.", via[0]);

        using var chinese = await factory.AdminAsync("zh-CN");
        var function = await (await chinese.PostJsonAsync($"/api/entities/{deal}/fields", $$$"""
            {"slug":"bad","type":"rollup","rollup":{"entity":"{{{activity}}}","via":"deal","function":"avg"}}
            """)).ReadValidationErrorAsync("rollup.function");
        Assert.StartsWith("汇总方式", function[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingAFieldARollupReads_IsAConflictNamingTheRollup()
    {
        using var admin = await factory.AdminAsync();
        var (_, activity) = await DealsAsync(admin);

        var problem = await (await admin.DeleteAsync($"/api/entities/{activity}/fields/channel?confirm=true")).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("\"Meetings\"", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
