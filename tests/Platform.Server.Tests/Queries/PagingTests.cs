using System.Net;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Queries;

public sealed class PagingTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData("")]
    [InlineData("sort=budget")]
    [InlineData("sort=-city")]
    [InlineData("sort=signed,-budget")]
    public async Task Paging_ReturnsEveryRecordExactlyOnce_WhenFollowingCursorsWithLimit2(string sort)
    {
        using var admin = await factory.AdminAsync();
        var data = await QueryData.CreateAsync(admin);

        var (ids, pages) = await ReadAllAsync(admin, data.Leads, sort);

        Assert.Equal(3, pages);
        Assert.Equal(data.Ids.Values.Order(), ids.Order());
        var single = await admin.ListAsync(data.Leads, sort + "&limit=50");
        Assert.Equal(single.Ids(), ids);
    }

    [Fact]
    public async Task Paging_StaysOnCourse_WhenRecordsAreAddedBetweenPages()
    {
        using var admin = await factory.AdminAsync();
        var data = await QueryData.CreateAsync(admin);
        var first = await admin.ListAsync(data.Leads, "limit=2");

        await admin.CreateRecordAsync(data.Leads, new { name = "Foxtrot" });
        var seen = new List<long>(first.Ids());
        var cursor = first.GetProperty("nextCursor").GetString();
        while (cursor is not null)
        {
            var page = await admin.ListAsync(data.Leads, "limit=2&cursor=" + Uri.EscapeDataString(cursor));
            seen.AddRange(page.Ids());
            cursor = page.GetProperty("nextCursor").GetString();
        }

        Assert.Equal(data.Ids.Values.OrderDescending(), seen);
    }

    [Fact]
    public async Task List_AddsTotal_WhenCountIsTrue()
    {
        using var admin = await factory.AdminAsync();
        var data = await QueryData.CreateAsync(admin);

        var all = await admin.ListAsync(data.Leads, "count=true&limit=2");
        var filtered = await admin.ListAsync(data.Leads, "count=true&" + Seed.Filter("""{"field":"city","op":"eq","value":"Shanghai"}"""));
        var plain = await admin.ListAsync(data.Leads);

        Assert.Equal(5, all.GetProperty("total").GetInt64());
        Assert.Equal(2, all.Items().Count);
        Assert.NotEqual(JsonValueKind.Null, all.GetProperty("nextCursor").ValueKind);
        Assert.Equal(2, filtered.GetProperty("total").GetInt64());
        Assert.Equal(JsonValueKind.Null, filtered.GetProperty("nextCursor").ValueKind);
        Assert.True(!plain.TryGetProperty("total", out var total) || total.ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task List_ReturnsOnlyTheNamedFieldsPlusSystemFields_WhenFieldsIsGiven()
    {
        using var admin = await factory.AdminAsync();
        var data = await QueryData.CreateAsync(admin);

        var page = await admin.ListAsync(data.Leads, "fields=name,budget&sort=name");

        var alpha = page.Items()[0];
        Assert.Equal("Alpha", alpha.GetProperty("name").GetString());
        Assert.Equal(100, alpha.GetProperty("budget").GetInt64());
        Assert.Equal(data.Ids["Alpha"], alpha.GetProperty("id").GetInt64());
        Assert.Equal(1, alpha.GetProperty("version").GetInt64());
        Assert.True(alpha.TryGetProperty("createdAt", out _));
        Assert.False(alpha.TryGetProperty("city", out _));
        Assert.False(alpha.TryGetProperty("company", out _));
    }

    [Fact]
    public async Task List_ReplacesRelationIdsWithTheLinkedRecord_WhenExpanded()
    {
        using var admin = await factory.AdminAsync();
        var data = await QueryData.CreateAsync(admin);

        var page = await admin.ListAsync(data.Leads, "expand=company,ownerId&sort=name");
        var plain = await admin.ListAsync(data.Leads, "sort=name");

        var alpha = page.Items()[0].GetProperty("company");
        Assert.Equal(JsonValueKind.Object, alpha.ValueKind);
        Assert.Equal(data.CompanyIds["ACME"], alpha.GetProperty("id").GetInt64());
        Assert.Equal("ACME", alpha.GetProperty("name").GetString());
        Assert.Equal("Globex", page.Items()[1].GetProperty("company").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, page.Items()[3].GetProperty("company").ValueKind);
        Assert.Equal(PlatformFactory.AdminEmail, page.Items()[0].GetProperty("ownerId").GetProperty("email").GetString());
        Assert.Equal(data.CompanyIds["ACME"], plain.Items()[0].GetProperty("company").GetInt64());
    }

    [Fact]
    public async Task List_CapsThePageAt200_WhenLimitIsLarger()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        await (await admin.PostJsonAsync($"/api/entities/{slug}/records/bulk",
            new { records = Enumerable.Range(0, 205).Select(i => new { name = $"r{i}" }) })).ReadJsonAsync(HttpStatusCode.Created);

        var page = await admin.ListAsync(slug, "limit=500");
        var defaultPage = await admin.ListAsync(slug);

        Assert.Equal(200, page.Items().Count);
        Assert.NotEqual(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
        Assert.Equal(50, defaultPage.Items().Count);
    }

    private static async Task<(List<long> Ids, int Pages)> ReadAllAsync(HttpClient client, string entity, string sort)
    {
        var ids = new List<long>();
        var pages = 0;
        string? cursor = null;
        do
        {
            var query = $"{sort}&limit=2" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            var page = await client.ListAsync(entity, query);
            Assert.True(page.Items().Count <= 2);
            ids.AddRange(page.Ids());
            cursor = page.GetProperty("nextCursor").GetString();
            Assert.True(++pages <= 10, "The cursor never ran out.");
        }
        while (cursor is not null);
        return (ids, pages);
    }
}
