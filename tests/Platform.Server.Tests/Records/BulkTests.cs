using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Records;

public sealed class BulkTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Bulk_Returns201WithEveryRecordInOrder_WhenAllAreValid()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        var response = await admin.PostJsonAsync($"/api/entities/{slug}/records/bulk", new
        {
            records = new object[] { new { name = "A", budget = 1 }, new { name = "B", email = "b@example.com" }, new { name = "C", source = "web" } },
        });

        var body = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(["A", "B", "C"], body.Strings("name"));
        var ids = body.Ids();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(3, await admin.CountAsync(slug));
        Assert.Equal(ids.Reverse(), (await admin.ListAsync(slug)).Ids());
        Assert.Equal([ids[1]], (await admin.ListAsync(slug, "q=example.com")).Ids());
    }

    [Fact]
    public async Task Bulk_Returns400KeyedByIndexAndWritesNothing_WhenOneRecordIsInvalid()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        await admin.CreateRecordAsync(slug, new { name = "Existing" });

        var response = await admin.PostJsonAsync($"/api/entities/{slug}/records/bulk", new
        {
            records = new object[] { new { name = "Good" }, new { name = "Bad", email = "not-an-email" }, new { name = "Also good" } },
        });

        var messages = await response.ReadValidationErrorAsync("records[1].email");
        Assert.Equal("Not a valid email address.", Assert.Single(messages));
        Assert.Equal(1, await admin.CountAsync(slug));
        Assert.Empty((await admin.ListAsync(slug, "q=good")).Ids());
    }

    [Fact]
    public async Task Bulk_ReportsEveryBadRecord_WhenSeveralAreInvalid()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        var response = await admin.PostJsonAsync($"/api/entities/{slug}/records/bulk", new
        {
            records = new object[] { new { budget = "lots" }, new { name = "fine" }, new { source = "tv" } },
        });

        await response.ReadValidationErrorAsync("records[0].budget");
        await response.ReadValidationErrorAsync("records[2].source");
        Assert.DoesNotContain("records[1]", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await admin.CountAsync(slug));
    }

    [Fact]
    public async Task Bulk_Returns400AndWritesNothing_WhenOverAThousandRecords()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        var response = await admin.PostJsonAsync($"/api/entities/{slug}/records/bulk",
            new { records = Enumerable.Range(0, 1001).Select(i => new { name = $"r{i}" }) });

        await response.ReadValidationErrorAsync("records");
        Assert.Equal(0, await admin.CountAsync(slug));
    }

    [Fact]
    public async Task Bulk_Returns201_WhenAThousandRecordsTakeMoreThanTheSingleRecordLimitOfOneMegabyte()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var name = new string('n', 1000);
        var body = System.Text.Json.JsonSerializer.Serialize(new
        {
            records = Enumerable.Range(0, 1000).Select(_ => new { name, email = "a.rather.long.bulk.address@example.com" }),
        });
        Assert.True(body.Length > 1024 * 1024, $"{body.Length} bytes");

        var response = await admin.PostJsonAsync($"/api/entities/{slug}/records/bulk", body);

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(1000, created.Items().Count);
        Assert.Equal(1000, await admin.CountAsync(slug));
    }

    [Fact]
    public async Task Bulk_Returns400AndWritesNothing_WhenTwoRecordsShareAUniqueValue()
    {
        using var admin = await factory.AdminAsync();
        var slug = Seed.Slug("bulku");
        await admin.CreateEntityAsync($$$"""{"slug":"{{{slug}}}","label":{"en":"Unique"},"fields":[{"slug":"code","type":"text","unique":true}]}""");

        var response = await admin.PostJsonAsync($"/api/entities/{slug}/records/bulk",
            new { records = new[] { new { code = "X1" }, new { code = "X2" }, new { code = "X1" } } });

        await response.ReadValidationErrorAsync("records[2].code");
        Assert.Equal(0, await admin.CountAsync(slug));
    }

    [Fact]
    public async Task Bulk_Returns400_WhenRecordsIsEmpty()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        await (await admin.PostJsonAsync($"/api/entities/{slug}/records/bulk", new { records = Array.Empty<object>() })).ReadValidationErrorAsync("records");
    }
}
