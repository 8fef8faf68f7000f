using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Concurrency;

public sealed class ConcurrencyTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const int Clients = 64;

    [Fact]
    public async Task Create_SucceedsAndStoresEveryRecordOnce_When64ClientsWriteAtOnce()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        const int perClient = 10;
        var clients = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => factory.AdminAsync()));

        var statuses = await Task.WhenAll(clients.Select((client, c) => Task.Run(async () =>
        {
            var seen = new List<(HttpStatusCode, long)>();
            for (var i = 0; i < perClient; i++)
            {
                var response = await client.PostJsonAsync($"/api/entities/{slug}/records", new { name = $"c{c}-r{i}", budget = (c * perClient) + i });
                var id = response.IsSuccessStatusCode ? (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64() : 0;
                seen.Add((response.StatusCode, id));
            }
            return seen;
        })));

        var all = statuses.SelectMany(s => s).ToList();
        Assert.All(all, s => Assert.Equal(HttpStatusCode.Created, s.Item1));
        Assert.Equal(Clients * perClient, all.Select(s => s.Item2).Distinct().Count());
        Assert.Equal(Clients * perClient, await admin.CountAsync(slug));
        var budgets = (await admin.ListAsync(slug, "limit=200&sort=budget&" + Seed.Filter("""{"field":"budget","op":"lt","value":200}"""))).Items()
            .Select(r => r.GetProperty("budget").GetInt64());
        Assert.Equal(Enumerable.Range(0, 200).Select(i => (long)i), budgets);
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task Patch_LetsExactlyOneWriterWin_When64ClientsSendTheSameIfMatch()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var id = await admin.CreateRecordIdAsync(slug, new { name = "v1" });
        var clients = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => factory.AdminAsync()));

        var responses = await Task.WhenAll(clients.Select((client, c) =>
            client.PatchJsonAsync($"/api/entities/{slug}/records/{id}", new { name = $"writer {c}" }, ifMatch: "\"1\"")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(Clients - 1, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).ReadJsonAsync(HttpStatusCode.OK);
        var record = await admin.GetJsonAsync($"/api/entities/{slug}/records/{id}");
        Assert.Equal(2, record.GetProperty("version").GetInt64());
        Assert.Equal(winner.GetProperty("name").GetString(), record.GetProperty("name").GetString());
        Assert.Equal(2, (await admin.GetJsonAsync($"/api/entities/{slug}/records/{id}/history")).GetArrayLength());
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task ReadsAndWrites_NeverFail_When64ClientsMixThemOnOneEntity()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var clients = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => factory.AdminAsync()));

        var statuses = await Task.WhenAll(clients.Select((client, c) => Task.Run(async () =>
        {
            var codes = new List<HttpStatusCode>();
            for (var i = 0; i < 5; i++)
            {
                var write = await client.PostJsonAsync($"/api/entities/{slug}/records", new { name = $"上海客户 {c}-{i}" });
                codes.Add(write.StatusCode);
                var read = await client.GetAsync($"/api/entities/{slug}/records?count=true&q=" + Uri.EscapeDataString("上海客户") + "&limit=5");
                codes.Add(read.StatusCode);
            }
            return codes;
        })));

        var codes = statuses.SelectMany(s => s).ToList();
        Assert.Equal(Clients * 5, codes.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(Clients * 5, codes.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(Clients * 5, await admin.CountAsync(slug, "q=" + Uri.EscapeDataString("上海客户")));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }
}
