using Platform.Engine.Common;
using Platform.Engine.Records;

namespace Platform.Engine.Tests.Records.Rollups;

public sealed class RollupUpdateTests : RollupTest
{
    private const string Count = """{"slug":"activity_count","type":"rollup","rollup":{"entity":"activity","via":"deal","function":"count"}}""";

    [Fact]
    public async Task Count_StartsAtZero_ForANewParent()
    {
        await RollupAsync(Count);
        var deal = await DealAsync();
        Assert.Equal(0L, await ValueAsync(deal, "activity_count"));
    }

    [Fact]
    public async Task Count_FollowsCreateDeleteAndRestoreOfChildren()
    {
        await RollupAsync(Count);
        var deal = await DealAsync();
        var first = await ActivityAsync(deal);
        await ActivityAsync(deal);
        Assert.Equal(2L, await ValueAsync(deal, "activity_count"));

        Assert.True((await Engine.Records.DeleteAsync("activity", first, null, EngineFixture.Admin, CancellationToken.None)).IsSuccess);
        Assert.Equal(1L, await ValueAsync(deal, "activity_count"));

        Assert.True((await Engine.Records.RestoreAsync("activity", first, EngineFixture.Admin, CancellationToken.None)).IsSuccess);
        Assert.Equal(2L, await ValueAsync(deal, "activity_count"));
    }

    [Fact]
    public async Task Reparenting_RefreshesTheOldAndTheNewParent()
    {
        await RollupAsync(Count);
        var (acme, globex) = (await DealAsync("Acme"), await DealAsync("Globex"));
        var moved = await ActivityAsync(acme);
        await ActivityAsync(acme);

        await UpdateActivityAsync(moved, $$"""{"deal":{{globex}}}""");

        Assert.Equal((1L, 1L), (await ValueAsync(acme, "activity_count"), await ValueAsync(globex, "activity_count")));
        await UpdateActivityAsync(moved, """{"deal":null}""");
        Assert.Equal((1L, 0L), (await ValueAsync(acme, "activity_count"), await ValueAsync(globex, "activity_count")));
    }

    [Fact]
    public async Task FilteredCount_CountsOnlyMatchingChildren_AndFollowsAChangeOfTheFilteredField()
    {
        await RollupAsync("""{"slug":"meetings","type":"rollup","rollup":{"entity":"activity","via":"deal","function":"count","where":{"channel":"meeting"}}}""");
        var deal = await DealAsync();
        var call = await ActivityAsync(deal, """{"channel":"call"}""");
        await ActivityAsync(deal, """{"channel":"meeting"}""");
        Assert.Equal(1L, await ValueAsync(deal, "meetings"));

        await UpdateActivityAsync(call, """{"channel":"meeting"}""");
        Assert.Equal(2L, await ValueAsync(deal, "meetings"));
    }

    [Fact]
    public async Task FilterJson_IsAcceptedLikeTheRecordsApi()
    {
        await RollupAsync("""
            {"slug":"long_calls","type":"rollup","rollup":{"entity":"activity","via":"deal","function":"count",
             "where":{"and":[{"field":"channel","op":"eq","value":"call"},{"field":"minutes","op":"gte","value":30}]}}}
            """);
        var deal = await DealAsync();
        await ActivityAsync(deal, """{"channel":"call","minutes":45}""");
        await ActivityAsync(deal, """{"channel":"call","minutes":5}""");
        await ActivityAsync(deal, """{"channel":"meeting","minutes":60}""");
        Assert.Equal(1L, await ValueAsync(deal, "long_calls"));
    }

    [Fact]
    public async Task SumMinAndMax_AggregateNumbersAndDates()
    {
        await RollupAsync("""{"slug":"total_cost","type":"rollup","rollup":{"entity":"activity","via":"deal","function":"sum","field":"cost"}}""");
        await RollupAsync("""{"slug":"first_due","type":"rollup","rollup":{"entity":"activity","via":"deal","function":"min","field":"due"}}""");
        await RollupAsync("""{"slug":"last_due","type":"rollup","rollup":{"entity":"activity","via":"deal","function":"max","field":"due"}}""");
        var deal = await DealAsync();
        Assert.Equal(0m, await ValueAsync(deal, "total_cost"));
        Assert.Null(await ValueAsync(deal, "first_due"));

        await ActivityAsync(deal, """{"cost":10.25,"due":"2026-07-01"}""");
        await ActivityAsync(deal, """{"cost":4.50,"due":"2026-05-20"}""");
        await ActivityAsync(deal, """{"due":"2026-06-10"}""");

        var record = await DealRecordAsync(deal);
        Assert.Equal(14.75m, record["total_cost"]);
        Assert.Equal(("2026-05-20", "2026-07-01"), (record["first_due"], record["last_due"]));
    }

    [Fact]
    public async Task Max_OfCreatedAt_IsTheLatestChildsCreationTime()
    {
        await RollupAsync("""{"slug":"last_activity_at","type":"rollup","rollup":{"entity":"activity","via":"deal","function":"max","field":"createdAt"}}""");
        var deal = await DealAsync();
        await ActivityAsync(deal);
        Engine.Clock.Advance(TimeSpan.FromHours(3));
        var latest = await ActivityAsync(deal);

        var created = (await Engine.Reader.GetAsync("activity", latest, CancellationToken.None)).Value!["createdAt"];
        Assert.Equal(created, await ValueAsync(deal, "last_activity_at"));
        Assert.Equal("datetime", (await Engine.Entities.GetAsync("deal", CancellationToken.None)).Value!.Field("last_activity_at")!.ResultType);
    }

    [Fact]
    public async Task ChildWrites_LeaveTheParentsVersionAndHistoryAlone()
    {
        await RollupAsync(Count);
        var deal = await DealAsync();
        await ActivityAsync(deal);
        await ActivityAsync(deal);

        var record = await DealRecordAsync(deal);
        Assert.Equal(1L, record["version"]);
        var updated = await Engine.Records.UpdateAsync("deal", deal, EngineFixture.Parse("""{"name":"Acme Ltd"}"""), 1, EngineFixture.Admin, CancellationToken.None);
        Assert.True(updated.IsSuccess, EngineFixture.Describe(updated.Failure));
        Assert.Single((await Engine.Reader.HistoryAsync("deal", deal, CancellationToken.None)).Value!, h => h.Action == "update");
    }

    [Fact]
    public async Task AValueSentForTheRollup_IsIgnored()
    {
        await RollupAsync(Count);
        var created = await Engine.CreateAsync("deal", """{"name":"Acme","activity_count":99}""");
        Assert.Equal(0L, created["activity_count"]);
    }

    [Fact]
    public async Task BulkCreate_RefreshesEveryParent()
    {
        await RollupAsync(Count);
        var (acme, globex) = (await DealAsync("Acme"), await DealAsync("Globex"));
        var bodies = new[] { acme, acme, globex }.Select(d => EngineFixture.Parse($$"""{"channel":"call","deal":{{d}}}""")).ToList();
        Assert.True((await Engine.Records.BulkCreateAsync("activity", bodies, EngineFixture.Admin, CancellationToken.None)).IsSuccess);
        Assert.Equal((2L, 1L), (await ValueAsync(acme, "activity_count"), await ValueAsync(globex, "activity_count")));
    }

    [Fact]
    public async Task DeletingTheParent_CascadesToChildren_AndRestoringItRecountsWhatCameBack()
    {
        await RollupAsync(Count);
        var deal = await DealAsync();
        var activity = await ActivityAsync(deal);
        Assert.True((await Engine.Records.DeleteAsync("deal", deal, null, EngineFixture.Admin, CancellationToken.None)).IsSuccess);

        Assert.True((await Engine.Records.RestoreAsync("deal", deal, EngineFixture.Admin, CancellationToken.None)).IsSuccess);
        Assert.Equal(0L, await ValueAsync(deal, "activity_count"));
        Assert.True((await Engine.Records.RestoreAsync("activity", activity, EngineFixture.Admin, CancellationToken.None)).IsSuccess);
        Assert.Equal(1L, await ValueAsync(deal, "activity_count"));
    }

    [Fact]
    public async Task Rollup_CanBeFilteredAndSortedLikeAnyField()
    {
        await RollupAsync(Count);
        var (acme, globex) = (await DealAsync("Acme"), await DealAsync("Globex"));
        await ActivityAsync(globex);
        await ActivityAsync(globex);
        await ActivityAsync(acme);

        var page = await Engine.ListAsync("deal", new RecordQuery
        {
            Filter = EngineFixture.Parse("""{"field":"activity_count","op":"gte","value":1}"""),
            Sort = "-activity_count",
        });
        Assert.Equal([globex, acme], page.Items.Select(r => (long)r["id"]!));
    }
}
