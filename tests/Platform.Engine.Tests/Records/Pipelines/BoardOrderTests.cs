using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Records.Pipelines;

namespace Platform.Engine.Tests.Records.Pipelines;

public sealed class BoardOrderTests : EngineTest
{
    private readonly Dictionary<string, long> _ids = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync("""
            {"slug":"deal","label":{"en":"Deal"},"fields":[{"slug":"name","type":"text"},{"slug":"region","type":"text"},
              {"slug":"stage","type":"stage","stages":[{"value":"new","label":{"en":"New"}},{"value":"proposal","label":{"en":"Proposal"}}]}]}
            """);
        // Created a minute apart: A is the oldest, E the newest.
        foreach (var (name, region, stage) in new[] { ("A", "east", "new"), ("B", "west", "new"), ("C", "east", "new"), ("D", "east", "proposal"), ("E", "west", "new") })
        {
            Engine.Clock.Advance(TimeSpan.FromMinutes(1));
            _ids[name] = (long)(await Engine.CreateAsync("deal", $$"""{"name":"{{name}}","region":"{{region}}","stage":"{{stage}}"}"""))["id"]!;
        }
    }

    private BoardService Board => Engine.Get<BoardService>();

    private async Task<BoardCards> CardsAsync(string stage = "new", string? filter = null, int offset = 0, int limit = 100)
    {
        var result = await Board.CardsAsync("deal", "stage", stage, filter is null ? null : EngineFixture.Parse(filter), offset, limit, CancellationToken.None);
        Assert.True(result.IsSuccess, EngineFixture.Describe(result.Failure));
        return result.Value!;
    }

    private static string Names(IEnumerable<IDictionary<string, object?>> cards) => string.Join("", cards.Select(c => (string)c["name"]!));

    private async Task OrderAsync(string stage, params string[] names)
    {
        var result = await Board.OrderAsync("deal", "stage", stage, [.. names.Select(n => _ids[n])], CancellationToken.None);
        Assert.True(result.IsSuccess, EngineFixture.Describe(result.Failure));
    }

    private async Task UpdateAsync(string name, string json)
    {
        Engine.Clock.Advance(TimeSpan.FromMinutes(1));
        var result = await Engine.Records.UpdateAsync("deal", _ids[name], EngineFixture.Parse(json), null, EngineFixture.Admin, CancellationToken.None);
        Assert.True(result.IsSuccess, EngineFixture.Describe(result.Failure));
    }

    [Fact]
    public async Task Cards_PageAColumnNewestFirst_WithTheColumnsTotal()
    {
        var page = await CardsAsync(offset: 1, limit: 2);
        Assert.Equal(("new", 4L, "CB"), (page.Stage, page.Total, Names(page.Cards)));
    }

    [Fact]
    public async Task Cards_FollowAFilter_InTheirCountToo()
    {
        var page = await CardsAsync(filter: """{"field":"region","op":"eq","value":"east"}""");
        Assert.Equal((2L, "CA"), (page.Total, Names(page.Cards)));
    }

    [Fact]
    public async Task Cards_OfTheEmptyStage_AreTheRecordsWithoutOne()
    {
        await Engine.CreateAsync("deal", """{"name":"F"}""");
        var page = await CardsAsync(stage: "");
        Assert.Equal((1L, "F"), (page.Total, Names(page.Cards)));
    }

    [Fact]
    public async Task Cards_RefuseAnUnknownStage_AndALimitOutOfRange()
    {
        var result = await Board.CardsAsync("deal", "stage", "nope", null, -1, 501, CancellationToken.None);
        Assert.Equal(["limit", "offset", "stage"], Assert.IsType<ValidationFailure>(result.Failure).Errors.Keys.Order());
    }

    [Fact]
    public async Task Order_PutsTheGivenCardsOnTop_InThatOrder_TheOthersFollowNewestFirst()
    {
        await OrderAsync("new", "A", "C");
        Assert.Equal("ACEB", Names((await CardsAsync()).Cards));
        var board = (await Board.BoardAsync("deal", "stage", null, null, 3, CancellationToken.None)).Value!;
        Assert.Equal("ACE", Names(board.Columns[0].Cards));
    }

    [Fact]
    public async Task Order_ReplacesTheColumnsEarlierOrder()
    {
        await OrderAsync("new", "A", "C");
        await OrderAsync("new", "B");
        Assert.Equal("BECA", Names((await CardsAsync()).Cards));
    }

    [Fact]
    public async Task Order_RefusesRecordsOfAnotherStageOrUnknown_NamingThem_AndChangesNothing()
    {
        await OrderAsync("new", "A");
        var result = await Board.OrderAsync("deal", "stage", "new", [_ids["C"], _ids["D"], 999], CancellationToken.None);
        var message = Assert.Single(Assert.IsType<ValidationFailure>(result.Failure).Errors["ids"]);
        Assert.Equal($"Records {_ids["D"]}, 999 are not in \"New\".", message);
        Assert.Equal("AECB", Names((await CardsAsync()).Cards));
    }

    [Fact]
    public async Task Order_RefusesRepeatedIds_AndAStageTheFieldDoesNotHave()
    {
        var repeated = await Board.OrderAsync("deal", "stage", "new", [_ids["A"], _ids["A"]], CancellationToken.None);
        Assert.True(Assert.IsType<ValidationFailure>(repeated.Failure).Errors.ContainsKey("ids"));
        var unknown = await Board.OrderAsync("deal", "stage", "won", [_ids["A"]], CancellationToken.None);
        Assert.True(Assert.IsType<ValidationFailure>(unknown.Failure).Errors.ContainsKey("stage"));
    }

    [Fact]
    public async Task Rank_IsForgotten_WhenTheRecordChangesStage()
    {
        await OrderAsync("new", "B");
        await UpdateAsync("B", """{"stage":"proposal"}""");
        await UpdateAsync("B", """{"stage":"new"}""");
        await UpdateAsync("A", """{"region":"north"}""");
        Assert.Equal("ABEC", Names((await CardsAsync()).Cards));
    }

    [Fact]
    public async Task Rank_StaysWithTheRecord_ThroughOtherChanges_AndAFieldRename()
    {
        await OrderAsync("new", "A");
        await UpdateAsync("B", """{"region":"north"}""");
        var renamed = await Engine.Fields.UpdateAsync("deal", "stage", new JsonObject { ["slug"] = "pipeline" }, CancellationToken.None);
        Assert.True(renamed.IsSuccess, EngineFixture.Describe(renamed.Failure));
        var page = await Board.CardsAsync("deal", "pipeline", "new", null, 0, 10, CancellationToken.None);
        Assert.Equal("ABEC", Names(page.Value!.Cards));
    }
}
