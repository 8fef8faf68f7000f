using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Records.Pipelines;

namespace Platform.Engine.Tests.Records.Pipelines;

public sealed class StageMoveTests : EngineTest
{
    private const string Stages = """
        [{"value":"new","label":{"en":"New"}},
         {"value":"proposal","label":{"en":"Proposal"}},
         {"value":"won","label":{"en":"Won"},"category":"won","entryCriteria":{"requiredFields":["amount"]}}]
        """;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync($$"""
            {"slug":"deal","label":{"en":"Deal"},"fields":[{"slug":"name","type":"text"},{"slug":"amount","type":"currency"},
              {"slug":"stage","type":"stage","stages":{{Stages}}}]}
            """);
    }

    private async Task<long> DealAsync(string name, string stage) =>
        (long)(await Engine.CreateAsync("deal", $$"""{"name":"{{name}}","stage":"{{stage}}"}"""))["id"]!;

    private Task<Result<long>> MoveAllAsync(string stage, string? to, string? reason = null) =>
        Engine.Get<StageMoveService>().MoveAllAsync("deal", "stage", stage, to, reason, EngineFixture.Admin, CancellationToken.None);

    private async Task<Dictionary<string, object?>> RowAsync(long id) => (await Engine.Reader.GetAsync("deal", id, CancellationToken.None)).Value!;

    private Task<Result<Platform.Engine.Entities.FieldDefinition>> SetStagesAsync(string json) =>
        Engine.Fields.UpdateAsync("deal", "stage", new JsonObject { ["stages"] = JsonNode.Parse(json) }, CancellationToken.None);

    [Fact]
    public async Task MoveAll_MovesLiveAndTrashedRecords_PastTheGates_IntoTheLedgerWithTheReason_AndTheirHistory()
    {
        var (a, b, trashed) = (await DealAsync("A", "proposal"), await DealAsync("B", "proposal"), await DealAsync("T", "proposal"));
        var other = await DealAsync("N", "new");
        await Engine.Records.DeleteAsync("deal", trashed, null, EngineFixture.Admin, CancellationToken.None);

        var moved = await MoveAllAsync("proposal", "won", "Proposal merged into Won");

        Assert.Equal(3L, moved.Value);
        foreach (var id in new[] { a, b, trashed })
        {
            var row = await RowAsync(id);
            Assert.Equal("won", row["stage"]);
            var last = (await Engine.Get<PipelineService>().HistoryAsync("deal", id, CancellationToken.None)).Value!.Moves[^1];
            Assert.Equal(("proposal", "won", "designer", "Proposal merged into Won", 1L), (last.From, last.To, last.Source, last.Reason, last.By));
            var change = Assert.Single((await Engine.Reader.HistoryAsync("deal", id, CancellationToken.None)).Value![0].Changes);
            Assert.Equal(("stage", "proposal", "won"), (change.Field, change.Old?.ToString(), change.New?.ToString()));
        }
        Assert.Equal(2L, (await RowAsync(a))["version"]);
        Assert.Equal("new", (await RowAsync(other))["stage"]);
    }

    [Fact]
    public async Task MoveAll_TakesTheCardsPlacesAway()
    {
        Engine.Clock.Advance(TimeSpan.FromMinutes(1));
        var won = (long)(await Engine.CreateAsync("deal", """{"name":"W","amount":5,"stage":"won"}"""))["id"]!;
        Engine.Clock.Advance(TimeSpan.FromMinutes(1));
        var (a, b) = (await DealAsync("A", "proposal"), await DealAsync("B", "proposal"));
        Assert.True((await Engine.Get<BoardService>().OrderAsync("deal", "stage", "won", [won], CancellationToken.None)).IsSuccess);
        Assert.True((await Engine.Get<BoardService>().OrderAsync("deal", "stage", "proposal", [a], CancellationToken.None)).IsSuccess);
        Engine.Clock.Advance(TimeSpan.FromMinutes(1));

        await MoveAllAsync("proposal", "won");

        var cards = (await Engine.Get<BoardService>().CardsAsync("deal", "stage", "won", null, 0, 10, CancellationToken.None)).Value!.Cards;
        Assert.Equal([won, b, a], cards.Select(c => (long)c["id"]!));
    }

    [Theory]
    [InlineData("proposal")]
    [InlineData("lost")]
    [InlineData(null)]
    public async Task MoveAll_RefusesATargetThatIsNotAnotherStageOfThePipeline(string? to)
    {
        var id = await DealAsync("A", "proposal");
        var refused = await MoveAllAsync("proposal", to);
        Assert.True(Assert.IsType<ValidationFailure>(refused.Failure).Errors.ContainsKey("to"));
        Assert.Equal(("proposal", 1L), ((string?)(await RowAsync(id))["stage"], (long)(await RowAsync(id))["version"]!));
    }

    [Fact]
    public async Task StageField_RefusesToDropAStageRecordsAreIn_CountingTheTrash_UntilTheyAreMoved()
    {
        await DealAsync("A", "proposal");
        var trashed = await DealAsync("T", "proposal");
        await Engine.Records.DeleteAsync("deal", trashed, null, EngineFixture.Admin, CancellationToken.None);
        var without = JsonSerializer.Serialize(JsonNode.Parse(Stages)!.AsArray().Where(s => (string)s!["value"]! != "proposal").Select(s => s!.DeepClone()));

        var refused = await SetStagesAsync(without);

        Assert.Equal(["2 records are in \"Proposal\"; move them first."], Assert.IsType<ValidationFailure>(refused.Failure).Errors["stages"]);
        Assert.Equal(3, (await Engine.Entities.GetAsync("deal", CancellationToken.None)).Value!.Field("stage")!.Stages!.Count);
        await MoveAllAsync("proposal", "new");
        var saved = await SetStagesAsync(without);
        Assert.True(saved.IsSuccess, EngineFixture.Describe(saved.Failure));
        Assert.Equal(["new", "won"], saved.Value!.Stages!.Select(s => s.Value));
    }

    [Fact]
    public async Task StageField_DropsAStageNoRecordIsIn_AndKeepsTheOthers()
    {
        await DealAsync("A", "new");
        var saved = await SetStagesAsync("""[{"value":"new"},{"value":"won","category":"won"}]""");
        Assert.True(saved.IsSuccess, EngineFixture.Describe(saved.Failure));
    }
}
