using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Queries;

/// <summary>
/// Five leads of two companies that every query test filters, sorts and pages:
/// <code>
/// name     city      budget source signed      company
/// Alpha    Shanghai  100    web    2026-01-10  ACME
/// Bravo    Beijing   200    fair   2026-02-15  Globex
/// Charlie  Shanghai  300    web    —           ACME
/// Delta    —         400    —      2026-03-01  —
/// Echo     Shenzhen  200    fair   2026-02-28  Globex
/// </code>
/// </summary>
public sealed record QueryData(string Leads, string Companies, IReadOnlyDictionary<string, long> Ids, IReadOnlyDictionary<string, long> CompanyIds)
{
    public static async Task<QueryData> CreateAsync(HttpClient admin)
    {
        var companies = Seed.Slug("co");
        await admin.CreateEntityAsync($$$"""{"slug":"{{{companies}}}","label":{"en":"Company"},"fields":[{"slug":"name","type":"text"}]}""");
        var acme = await admin.CreateRecordIdAsync(companies, new { name = "ACME" });
        var globex = await admin.CreateRecordIdAsync(companies, new { name = "Globex" });
        var leads = Seed.Slug("lead");
        await admin.CreateEntityAsync($$$"""
            {"slug":"{{{leads}}}","label":{"en":"Lead"},"fields":[
              {"slug":"name","type":"text"},{"slug":"city","type":"text"},{"slug":"budget","type":"number"},
              {"slug":"source","type":"select","options":[{"value":"web"},{"value":"fair"}]},
              {"slug":"signed","type":"date"},
              {"slug":"company","type":"relation","relation":{"entity":"{{{companies}}}","onDelete":"set_null"}}]}
            """);
        var ids = new Dictionary<string, long>
        {
            ["Alpha"] = await admin.CreateRecordIdAsync(leads, new { name = "Alpha", city = "Shanghai", budget = 100, source = "web", signed = "2026-01-10", company = acme }),
            ["Bravo"] = await admin.CreateRecordIdAsync(leads, new { name = "Bravo", city = "Beijing", budget = 200, source = "fair", signed = "2026-02-15", company = globex }),
            ["Charlie"] = await admin.CreateRecordIdAsync(leads, new { name = "Charlie", city = "Shanghai", budget = 300, source = "web", company = acme }),
            ["Delta"] = await admin.CreateRecordIdAsync(leads, new { name = "Delta", budget = 400, signed = "2026-03-01" }),
            ["Echo"] = await admin.CreateRecordIdAsync(leads, new { name = "Echo", city = "Shenzhen", budget = 200, source = "fair", signed = "2026-02-28", company = globex }),
        };
        return new QueryData(leads, companies, ids, new Dictionary<string, long> { ["ACME"] = acme, ["Globex"] = globex });
    }
}
