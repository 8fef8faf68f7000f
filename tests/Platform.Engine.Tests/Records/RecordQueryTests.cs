using Platform.Engine.Common;
using Platform.Engine.Records;

namespace Platform.Engine.Tests.Records;

public sealed class RecordQueryTests : EngineTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync("""{"slug":"company","label":{"en":"Company"},"fields":[{"slug":"name","type":"text"}]}""");
        await Engine.EntityAsync("""
            {"slug":"lead","label":{"en":"Lead"},"fields":[
              {"slug":"name","type":"text"},{"slug":"budget","type":"currency","indexed":true},
              {"slug":"source","type":"select","options":[{"value":"web"},{"value":"fair"},{"value":"call"}]},
              {"slug":"tags","type":"multiselect","options":[{"value":"vip"},{"value":"new"}]},
              {"slug":"due","type":"date"},{"slug":"company","type":"relation","relation":{"entity":"company"}}]}
            """);
        await Engine.CreateAsync("company", """{"name":"上海云计算科技有限公司"}""");
        await Engine.CreateAsync("lead", """{"name":"张三","budget":5000,"source":"web","tags":["vip"],"due":"2026-06-14","company":1}""");
        await Engine.CreateAsync("lead", """{"name":"李四","budget":20000,"source":"fair","tags":["new","vip"],"due":"2026-06-20"}""");
        await Engine.CreateAsync("lead", """{"name":"王五","budget":12000,"source":"web","due":"2026-05-01"}""");
        await Engine.CreateAsync("lead", """{"name":"Zoe Smith","source":"call"}""");
    }

    private async Task<List<string>> NamesAsync(string filter, string? sort = "name")
    {
        var page = await Engine.ListAsync("lead", new RecordQuery { Filter = EngineFixture.Parse(filter), Sort = sort });
        return [.. page.Items.Select(i => (string)i["name"]!)];
    }

    [Theory]
    [InlineData("""{"field":"source","op":"eq","value":"web"}""", "张三,王五")]
    [InlineData("""{"field":"source","op":"ne","value":"web"}""", "李四,Zoe Smith")]
    [InlineData("""{"field":"budget","op":"gt","value":10000}""", "李四,王五")]
    [InlineData("""{"field":"budget","op":"lte","value":12000}""", "张三,王五")]
    [InlineData("""{"field":"budget","op":"between","value":[5000,12000]}""", "张三,王五")]
    [InlineData("""{"field":"source","op":"in","value":["fair","call"]}""", "李四,Zoe Smith")]
    [InlineData("""{"field":"source","op":"not_in","value":["web"]}""", "李四,Zoe Smith")]
    [InlineData("""{"field":"name","op":"contains","value":"smi"}""", "Zoe Smith")]
    [InlineData("""{"field":"name","op":"starts_with","value":"Zoe"}""", "Zoe Smith")]
    [InlineData("""{"field":"budget","op":"is_empty"}""", "Zoe Smith")]
    [InlineData("""{"field":"tags","op":"contains","value":"vip"}""", "张三,李四")]
    [InlineData("""{"field":"tags","op":"in","value":["new"]}""", "李四")]
    [InlineData("""{"field":"due","op":"last_days","value":7}""", "张三")]
    [InlineData("""{"field":"due","op":"next_days","value":7}""", "李四")]
    [InlineData("""{"field":"due","op":"period","value":"this_month"}""", "张三,李四")]
    [InlineData("""{"field":"due","op":"period","value":"last_month"}""", "王五")]
    [InlineData("""{"field":"createdAt","op":"period","value":"today"}""", "张三,李四,王五,Zoe Smith")]
    [InlineData("""{"or":[{"field":"source","op":"eq","value":"call"},{"and":[{"field":"source","op":"eq","value":"web"},{"field":"budget","op":"gte","value":10000}]}]}""", "王五,Zoe Smith")]
    [InlineData("""{"field":"name","op":"eq","value":"x' OR '1'='1"}""", "")]
    public async Task Filter_SelectsMatchingRecords(string filter, string expected)
    {
        var names = await NamesAsync(filter);
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{"field":"ghost","op":"eq","value":1}""")]
    [InlineData("""{"field":"source","op":"like","value":"w"}""")]
    [InlineData("""{"field":"budget","op":"eq","value":"lots"}""")]
    [InlineData("""{"field":"due","op":"period","value":"someday"}""")]
    [InlineData("""{"field":"tags","op":"gt","value":"a"}""")]
    [InlineData("""{"and":{"field":"source"}}""")]
    [InlineData("""[1,2]""")]
    public async Task Filter_IsRefusedWithItsReason_WhenMalformed(string filter)
    {
        var result = await Engine.Reader.ListAsync("lead", new RecordQuery { Filter = EngineFixture.Parse(filter) }, CancellationToken.None);
        Assert.Contains("filter", Assert.IsType<ValidationFailure>(result.Failure).Errors.Keys);
    }

    [Fact]
    public async Task Sort_OrdersByEveryKey_WithEmptyValuesFirstAscending()
    {
        var page = await Engine.ListAsync("lead", new RecordQuery { Sort = "budget,-name" });
        Assert.Equal(["Zoe Smith", "张三", "王五", "李四"], page.Items.Select(i => (string)i["name"]!));
        var byDescending = await Engine.ListAsync("lead", new RecordQuery { Sort = "-budget" });
        Assert.Equal("Zoe Smith", byDescending.Items[^1]["name"]);
    }

    [Theory]
    [InlineData("budget")]
    [InlineData("-budget")]
    [InlineData("source,-budget")]
    [InlineData("-due,name")]
    [InlineData(null)]
    public async Task Paging_ReturnsEveryRecordOnce_WhenFollowingCursors(string? sort)
    {
        for (var i = 0; i < 9; i++)
        {
            await Engine.CreateAsync("lead", $$"""{"name":"n{{i}}","budget":{{(i % 3 == 0 ? "null" : (i % 4 * 1000).ToString(System.Globalization.CultureInfo.InvariantCulture))}}}""");
        }
        var seen = new List<long>();
        string? cursor = null;
        do
        {
            var page = await Engine.ListAsync("lead", new RecordQuery { Sort = sort, Limit = 2, Cursor = cursor });
            seen.AddRange(page.Items.Select(i => (long)i["id"]!));
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        Assert.Equal(13, seen.Count);
        Assert.Equal(13, seen.Distinct().Count());
    }

    [Fact]
    public async Task Paging_RefusesACursor_ThatItDidNotMake()
    {
        var result = await Engine.Reader.ListAsync("lead", new RecordQuery { Cursor = "garbage!" }, CancellationToken.None);
        Assert.Contains("cursor", Assert.IsType<ValidationFailure>(result.Failure).Errors.Keys);
    }

    [Fact]
    public async Task Limit_IsCappedAt200()
    {
        var bodies = Enumerable.Range(0, 250).Select(i => EngineFixture.Parse($$"""{"name":"bulk {{i}}"}""")).ToList();
        await Engine.Records.BulkCreateAsync("lead", bodies, EngineFixture.Admin, CancellationToken.None);
        var page = await Engine.ListAsync("lead", new RecordQuery { Limit = 10_000, Count = true });
        Assert.Equal(RecordQuery.MaxLimit, page.Items.Count);
        Assert.Equal(254, page.Total);
        Assert.NotNull(page.NextCursor);
    }

    [Theory]
    [InlineData("company", "云计算", 1)]
    [InlineData("company", "上海", 1)]
    [InlineData("company", "海", 1)]
    [InlineData("company", "北京", 0)]
    [InlineData("lead", "smith", 1)]
    [InlineData("lead", "李四", 1)]
    [InlineData("lead", "\"quoted\" OR name:*", 0)]
    [InlineData("lead", "%", 0)]
    [InlineData("lead", "_", 0)]
    [InlineData("lead", "e S", 1)]
    public async Task Search_FindsSubstrings_InChineseAndShortQueries(string entity, string q, int expected)
    {
        var page = await Engine.ListAsync(entity, new RecordQuery { Q = q });
        Assert.Equal(expected, page.Items.Count);
    }

    [Fact]
    public async Task Search_SeesUpdatedText_AfterAnEdit()
    {
        await Engine.Records.UpdateAsync("lead", 4, EngineFixture.Parse("""{"name":"杭州电商"}"""), null, EngineFixture.Admin, CancellationToken.None);
        Assert.Empty((await Engine.ListAsync("lead", new RecordQuery { Q = "Smith" })).Items);
        Assert.Single((await Engine.ListAsync("lead", new RecordQuery { Q = "电商" })).Items);
    }

    [Fact]
    public async Task Expand_ReplacesIdsWithTheLinkedRecordAndUser()
    {
        var page = await Engine.ListAsync("lead", new RecordQuery { Filter = EngineFixture.Parse("""{"field":"name","op":"eq","value":"张三"}"""), Expand = ["company", "ownerId"], Fields = ["name", "company"] });
        var lead = Assert.Single(page.Items);
        Assert.Equal("上海云计算科技有限公司", Assert.IsType<Dictionary<string, object?>>(lead["company"])["name"]);
        Assert.False(lead.ContainsKey("budget"));
        Assert.NotNull(lead["ownerId"]);
        Assert.IsNotType<long>(lead["ownerId"]);
    }

    [Fact]
    public async Task Deleted_ListsOnlyTheTrash()
    {
        await Engine.Records.DeleteAsync("lead", 1, null, EngineFixture.Admin, CancellationToken.None);
        Assert.Equal(3, (await Engine.ListAsync("lead", new RecordQuery())).Items.Count);
        Assert.Equal("张三", Assert.Single((await Engine.ListAsync("lead", new RecordQuery { Deleted = true })).Items)["name"]);
    }
}
