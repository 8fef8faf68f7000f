using Platform.Engine.Records.Pipelines;

namespace Platform.Engine.Tests.Records.Pipelines;

public sealed class TimelineTests : EngineTest
{
    [Fact]
    public async Task Timeline_MergesChangesStageMovesAndLinkedRecords_NewestFirst()
    {
        await Engine.EntityAsync("""
            {"slug":"deal","label":{"en":"Deal"},"fields":[{"slug":"name","type":"text"},
              {"slug":"stage","type":"stage","stages":[{"value":"new"},{"value":"won","category":"won"}]}]}
            """);
        await Engine.EntityAsync("""
            {"slug":"activity","label":{"en":"Activity"},"fields":[{"slug":"subject","type":"text"},
              {"slug":"deal","type":"relation","relation":{"entity":"deal","onDelete":"cascade"}}]}
            """);
        var id = (long)(await Engine.CreateAsync("deal", """{"name":"Acme","stage":"new"}"""))["id"]!;
        Engine.Clock.Advance(TimeSpan.FromHours(1));
        await Engine.CreateAsync("activity", $$"""{"subject":"First meeting","deal":{{id}}}""");
        Engine.Clock.Advance(TimeSpan.FromHours(1));
        await Engine.Records.UpdateAsync("deal", id, EngineFixture.Parse("""{"stage":"won"}"""), null, EngineFixture.Admin, CancellationToken.None);

        var timeline = (await Engine.Get<TimelineService>().TimelineAsync("deal", id, CancellationToken.None)).Value!;

        var described = timeline.Select(i => i.Kind switch
        {
            "stage" => $"stage {i.Move!.From}->{i.Move.To}",
            "related" => $"related {i.Entity}.{i.Via}: {i.Record!["subject"]}",
            _ => $"change {i.Action}",
        }).ToList();
        Assert.Equal(4, described.Count(d => d.StartsWith("change") || d.StartsWith("stage")));
        Assert.Equal("related activity.deal: First meeting", described.Single(d => d.StartsWith("related")));
        Assert.Equal(["change update", "stage new->won"], described.Take(2).Order());
        Assert.True(timeline.Zip(timeline.Skip(1)).All(p => p.First.At >= p.Second.At));
        Assert.Equal("Admin", timeline.First(i => i.Kind == "change").UserName);
    }

    [Fact]
    public async Task Timeline_OfARecordThatNeverExisted_IsNotFound()
    {
        await Engine.EntityAsync("""{"slug":"deal","label":{"en":"Deal"},"fields":[{"slug":"name","type":"text"}]}""");
        Assert.False((await Engine.Get<TimelineService>().TimelineAsync("deal", 42, CancellationToken.None)).IsSuccess);
    }
}
