using System.Net;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Records;

public sealed class RelationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task DeleteTarget_Returns409AndKeepsBoth_WhenRestrictAndALiveRecordLinks()
    {
        using var admin = await factory.AdminAsync();
        var (companies, leads) = await CreatePairAsync(admin, "restrict");
        var acme = await admin.CreateRecordIdAsync(companies, new { name = "ACME" });
        var lead = await admin.CreateRecordIdAsync(leads, new { title = "Deal", company = acme });

        var problem = await (await admin.DeleteAsync($"/api/entities/{companies}/records/{acme}")).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal([acme], (await admin.ListAsync(companies)).Ids());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{leads}/records/{lead}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{companies}/records/{acme}")).StatusCode);
    }

    [Fact]
    public async Task DeleteTarget_ClearsTheLinkAndRecordsIt_WhenSetNull()
    {
        using var admin = await factory.AdminAsync();
        var (companies, leads) = await CreatePairAsync(admin, "set_null");
        var acme = await admin.CreateRecordIdAsync(companies, new { name = "ACME" });
        var lead = await admin.CreateRecordIdAsync(leads, new { title = "Deal", company = acme });

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{companies}/records/{acme}")).StatusCode);

        var record = await admin.GetJsonAsync($"/api/entities/{leads}/records/{lead}");
        Assert.Equal(JsonValueKind.Null, record.GetProperty("company").ValueKind);
        Assert.Equal(2, record.GetProperty("version").GetInt64());
        var change = Assert.Single((await admin.GetJsonAsync($"/api/entities/{leads}/records/{lead}/history"))[0].GetProperty("changes").EnumerateArray());
        Assert.Equal("company", change.GetProperty("field").GetString());
        Assert.Equal(acme, change.GetProperty("old").GetInt64());
    }

    [Fact]
    public async Task DeleteTarget_MovesLinkingRecordsToTheTrash_WhenCascade()
    {
        using var admin = await factory.AdminAsync();
        var (companies, leads) = await CreatePairAsync(admin, "cascade");
        var acme = await admin.CreateRecordIdAsync(companies, new { name = "ACME" });
        var globex = await admin.CreateRecordIdAsync(companies, new { name = "Globex" });
        var linked = await admin.CreateRecordIdAsync(leads, new { title = "ACME deal", company = acme });
        var other = await admin.CreateRecordIdAsync(leads, new { title = "Globex deal", company = globex });

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{companies}/records/{acme}")).StatusCode);

        Assert.Equal([other], (await admin.ListAsync(leads)).Ids());
        Assert.Equal([linked], (await admin.ListAsync(leads, "deleted=true")).Ids());
    }

    [Fact]
    public async Task CreateRecord_Returns400KeyedField_WhenTheLinkedRecordDoesNotExistOrIsDeleted()
    {
        using var admin = await factory.AdminAsync();
        var (companies, leads) = await CreatePairAsync(admin, "restrict");
        var gone = await admin.CreateRecordIdAsync(companies, new { name = "Gone" });
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{companies}/records/{gone}")).StatusCode);

        await (await admin.PostJsonAsync($"/api/entities/{leads}/records", new { title = "x", company = 999999 })).ReadValidationErrorAsync("company");
        await (await admin.PostJsonAsync($"/api/entities/{leads}/records", new { title = "x", company = gone })).ReadValidationErrorAsync("company");

        Assert.Equal(0, await admin.CountAsync(leads));
    }

    [Fact]
    public async Task DeleteTargetEntity_Returns409_WhenAnotherEntityLinksToIt()
    {
        using var admin = await factory.AdminAsync();
        var (companies, leads) = await CreatePairAsync(admin, "restrict");

        await (await admin.DeleteAsync($"/api/entities/{companies}?confirm=true")).ReadProblemAsync(HttpStatusCode.Conflict);

        await admin.GetJsonAsync($"/api/entities/{companies}");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{leads}/fields/company?confirm=true")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{companies}?confirm=true")).StatusCode);
    }

    [Fact]
    public async Task RenameTargetEntity_KeepsLinksWorking_WhenItsSlugChanges()
    {
        using var admin = await factory.AdminAsync();
        var (companies, leads) = await CreatePairAsync(admin, "restrict");
        var acme = await admin.CreateRecordIdAsync(companies, new { name = "ACME" });
        await admin.CreateRecordIdAsync(leads, new { title = "Deal", company = acme });
        var renamed = Seed.Slug("firm");

        await (await admin.PatchJsonAsync($"/api/entities/{companies}", new { slug = renamed })).ReadJsonAsync(HttpStatusCode.OK);

        var field = (await admin.GetJsonAsync($"/api/entities/{leads}")).GetProperty("fields")[1];
        Assert.Equal(renamed, field.GetProperty("relation").GetProperty("entity").GetString());
        var page = await admin.ListAsync(leads, "expand=company");
        Assert.Equal("ACME", page.Items()[0].GetProperty("company").GetProperty("name").GetString());
        await admin.CreateRecordAsync(leads, new { title = "Second", company = acme });
    }

    private static async Task<(string Companies, string Leads)> CreatePairAsync(HttpClient admin, string onDelete)
    {
        var companies = Seed.Slug("co");
        await admin.CreateEntityAsync($$$"""{"slug":"{{{companies}}}","label":{"en":"Company"},"fields":[{"slug":"name","type":"text"}]}""");
        var leads = Seed.Slug("lead");
        await admin.CreateEntityAsync($$$"""
            {"slug":"{{{leads}}}","label":{"en":"Lead"},"fields":[{"slug":"title","type":"text"},
              {"slug":"company","type":"relation","relation":{"entity":"{{{companies}}}","onDelete":"{{{onDelete}}}"}}]}
            """);
        return (companies, leads);
    }
}
