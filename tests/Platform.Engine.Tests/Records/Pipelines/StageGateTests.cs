using Platform.Engine.Common;
using Platform.Engine.Records.Pipelines;

namespace Platform.Engine.Tests.Records.Pipelines;

public sealed class StageGateTests : EngineTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync("""
            {"slug":"deal","label":{"en":"Deal"},"fields":[
              {"slug":"name","type":"text","label":{"en":"Name"}},
              {"slug":"email","type":"email","label":{"en":"Email"}},
              {"slug":"budget","type":"number","label":{"en":"Budget"}},
              {"slug":"amount","type":"currency","label":{"en":"Amount"}},
              {"slug":"lost_reason","type":"text","label":{"en":"Lost reason"}},
              {"slug":"stage","type":"stage","allowBackward":false,"stages":[
                {"value":"new","label":{"en":"New"},"probability":10,"maxDwellDays":7,
                 "exitCriteria":{"requiredFields":["email","budget"],"condition":"record.budget > 1000","conditionMessage":{"en":"A budget above 1,000 is needed."}}},
                {"value":"qualified","label":{"en":"Qualified"},"probability":40},
                {"value":"proposal","label":{"en":"Proposal"},"probability":60,
                 "entryCriteria":{"related":[{"entity":"activity","field":"deal","where":{"channel":"meeting"},"min":1}]}},
                {"value":"won","label":{"en":"Won"},"category":"won","entryCriteria":{"requiredFields":["amount"]}},
                {"value":"lost","label":{"en":"Lost"},"category":"lost","entryCriteria":{"requiredFields":["lost_reason"]}}]}]}
            """);
        await Engine.EntityAsync("""
            {"slug":"activity","label":{"en":"Activity"},"fields":[{"slug":"channel","type":"text"},
              {"slug":"deal","type":"relation","relation":{"entity":"deal","onDelete":"cascade"}}]}
            """);
    }

    private Task<Result<Dictionary<string, object?>>> MoveAsync(long id, string json, long? version = null) =>
        Engine.Records.UpdateAsync("deal", id, EngineFixture.Parse(json), version, EngineFixture.Admin, CancellationToken.None);

    private async Task<long> DealAsync(string json = """{"name":"Acme","stage":"new"}""") => (long)(await Engine.CreateAsync("deal", json))["id"]!;

    [Fact]
    public async Task Move_ListsEveryUnmetExitCriterion_AndWritesNothing()
    {
        var id = await DealAsync();
        var refused = Assert.IsType<GateFailure>((await MoveAsync(id, """{"stage":"qualified"}""")).Failure);
        Assert.Equal(["requiredField:email", "requiredField:budget", "condition:"], refused.Unmet.Select(u => $"{u.Criterion}:{u.Field}"));
        Assert.Equal("A budget above 1,000 is needed.", refused.Unmet[2].Message);
        Assert.Equal("\"Email\" is needed to leave \"New\".", refused.Unmet[0].Message);
        Assert.Equal("new", (await Engine.Reader.GetAsync("deal", id, CancellationToken.None)).Value!["stage"]);
    }

    [Fact]
    public async Task Move_IsAllowed_WhenTheBodyFillsWhatTheGateNeeds_AndTheLedgerRecordsIt()
    {
        var id = await DealAsync();
        var moved = await MoveAsync(id, """{"stage":"qualified","email":"a@acme.cn","budget":5000}""");
        Assert.True(moved.IsSuccess, EngineFixture.Describe(moved.Failure));
        var history = (await Engine.Get<PipelineService>().HistoryAsync("deal", id, CancellationToken.None)).Value!;
        Assert.Equal(["->new", "new->qualified"], history.Moves.Select(m => $"{m.From}->{m.To}"));
        Assert.All(history.Moves, m => Assert.Equal(("api", 1L), (m.Source, m.By!.Value)));
    }

    [Fact]
    public async Task TerminalStage_RequiresItsFields()
    {
        var id = await DealAsync("""{"name":"Acme","stage":"qualified"}""");
        var refused = Assert.IsType<GateFailure>((await MoveAsync(id, """{"stage":"lost"}""")).Failure);
        Assert.Equal("lost_reason", Assert.Single(refused.Unmet).Field);
        Assert.True((await MoveAsync(id, """{"stage":"lost","lost_reason":"price"}""")).IsSuccess);
    }

    [Fact]
    public async Task MovingBack_IsRefused_WhenThePipelineDoesNotAllowIt()
    {
        var id = await DealAsync("""{"name":"Acme","stage":"lost","lost_reason":"price"}""");
        var refused = Assert.IsType<GateFailure>((await MoveAsync(id, """{"stage":"qualified"}""")).Failure);
        Assert.Equal("backward", Assert.Single(refused.Unmet).Criterion);
    }

    [Fact]
    public async Task RelatedCriterion_NeedsALinkedRecordMatchingIt()
    {
        var id = await DealAsync("""{"name":"Acme","stage":"qualified"}""");
        await Engine.CreateAsync("activity", $$"""{"channel":"call","deal":{{id}}}""");
        var refused = Assert.IsType<GateFailure>((await MoveAsync(id, """{"stage":"proposal"}""")).Failure);
        Assert.Equal("At least 1 linked Activity needed (0 now).", Assert.Single(refused.Unmet).Message);

        await Engine.CreateAsync("activity", $$"""{"channel":"meeting","deal":{{id}}}""");
        Assert.True((await MoveAsync(id, """{"stage":"proposal"}""")).IsSuccess);
    }

    [Fact]
    public async Task EntryCriteria_AreCheckedOnCreateToo()
    {
        var created = await Engine.Records.CreateAsync("deal", EngineFixture.Parse("""{"name":"Acme","stage":"won"}"""), EngineFixture.Admin, CancellationToken.None);
        Assert.Equal("amount", Assert.Single(Assert.IsType<GateFailure>(created.Failure).Unmet).Field);
    }

    [Fact]
    public async Task TwoMovesFromTheSameVersion_OneWinsTheOtherIsAConflict()
    {
        var id = await DealAsync("""{"name":"Acme","stage":"qualified"}""");
        var first = MoveAsync(id, """{"stage":"lost","lost_reason":"price"}""", version: 1);
        var second = MoveAsync(id, """{"stage":"lost","lost_reason":"timing"}""", version: 1);
        var results = await Task.WhenAll(first, second);
        Assert.Single(results, r => r.IsSuccess);
        Assert.IsType<ConflictFailure>(Assert.Single(results, r => !r.IsSuccess).Failure);
    }

    [Fact]
    public async Task DwellTime_AddsUpEveryVisit_AcrossBackMovesAndReopens()
    {
        await Engine.Fields.UpdateAsync("deal", "stage", System.Text.Json.Nodes.JsonNode.Parse("""{"allowBackward":true}""")!.AsObject(), CancellationToken.None);
        var id = await DealAsync("""{"name":"Acme","stage":"qualified"}""");
        Engine.Clock.Advance(TimeSpan.FromDays(2));
        await MoveAsync(id, """{"stage":"lost","lost_reason":"price"}""");
        Engine.Clock.Advance(TimeSpan.FromDays(1));
        await MoveAsync(id, """{"stage":"qualified"}""");
        Engine.Clock.Advance(TimeSpan.FromDays(3));

        var history = (await Engine.Get<PipelineService>().HistoryAsync("deal", id, CancellationToken.None)).Value!;

        var qualified = history.Dwells.Single(d => d.Stage == "qualified");
        Assert.Equal((2, 5d, true), (qualified.Visits, qualified.Days, qualified.Current));
        Assert.Equal((1, 1d, false), history.Dwells.Where(d => d.Stage == "lost").Select(d => (d.Visits, d.Days, d.Current)).Single());
    }

    [Fact]
    public async Task ForwardJumps_FlagTheStagesSkipped()
    {
        var id = await DealAsync("""{"name":"Acme","stage":"qualified"}""");
        await MoveAsync(id, """{"stage":"won","amount":100}""");
        var history = (await Engine.Get<PipelineService>().HistoryAsync("deal", id, CancellationToken.None)).Value!;
        Assert.Equal(["proposal"], history.Moves[^1].Skipped);
    }

    [Fact]
    public async Task Snapshot_ShowsThePipelineAsItStoodAtAPastDate()
    {
        var a = await DealAsync("""{"name":"A","stage":"qualified"}""");
        await DealAsync("""{"name":"B","stage":"qualified"}""");
        Engine.Clock.Advance(TimeSpan.FromDays(10));
        await MoveAsync(a, """{"stage":"lost","lost_reason":"price"}""");
        await DealAsync("""{"name":"C","stage":"new"}""");

        var pipelines = Engine.Get<PipelineService>();
        var then = (await pipelines.SnapshotAsync("deal", "stage", "2026-06-16", CancellationToken.None)).Value!;
        var now = (await pipelines.SnapshotAsync("deal", "stage", "2026-06-25", CancellationToken.None)).Value!;

        Assert.Equal("new:0 qualified:2 proposal:0 won:0 lost:0", string.Join(" ", then.Stages.Select(s => $"{s.Stage}:{s.Count}")));
        Assert.Equal("new:1 qualified:1 proposal:0 won:0 lost:1", string.Join(" ", now.Stages.Select(s => $"{s.Stage}:{s.Count}")));
    }

    [Fact]
    public async Task StageValue_OutsideThePipeline_IsRefusedAsAValue()
    {
        var created = await Engine.Records.CreateAsync("deal", EngineFixture.Parse("""{"name":"Acme","stage":"maybe"}"""), EngineFixture.Admin, CancellationToken.None);
        Assert.True(Assert.IsType<ValidationFailure>(created.Failure).Errors.ContainsKey("stage"));
    }
}
