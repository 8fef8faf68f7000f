using Platform.Engine.Common;
using Platform.Engine.Records;
using Platform.Engine.Records.Pipelines;

namespace Platform.Engine.Tests.Records.Pipelines;

public sealed class BoardTests : EngineTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync("""
            {"slug":"deal","label":{"en":"Deal"},"fields":[{"slug":"name","type":"text"},{"slug":"amount","type":"currency"},{"slug":"region","type":"text"},
              {"slug":"stage","type":"stage","stages":[{"value":"new","probability":10},{"value":"proposal","probability":60,"target":20},{"value":"won","category":"won","probability":100}]}]}
            """);
        foreach (var (name, amount, region, stage) in new[] { ("A", 100, "east", "new"), ("B", 300, "west", "new"), ("C", 1000, "east", "proposal"), ("D", 50, "east", "won") })
        {
            await Engine.CreateAsync("deal", $$"""{"name":"{{name}}","amount":{{amount}},"region":"{{region}}","stage":"{{stage}}"}""");
        }
    }

    private async Task<PipelineBoard> BoardAsync(string? amount = "amount", string? filter = null, int cards = 50)
    {
        var result = await Engine.Get<BoardService>().BoardAsync("deal", "stage", amount, filter is null ? null : EngineFixture.Parse(filter), cards, CancellationToken.None);
        Assert.True(result.IsSuccess, EngineFixture.Describe(result.Failure));
        return result.Value!;
    }

    [Fact]
    public async Task Board_CountsSumsAndWeighsEachStage()
    {
        var board = await BoardAsync();
        Assert.Equal("new:2:400:40 proposal:1:1000:600 won:1:50:50",
            string.Join(" ", board.Columns.Select(c => $"{c.Stage}:{c.Count}:{c.Sum:0}:{c.Weighted:0}")));
        Assert.Equal(4, board.Total);
    }

    [Fact]
    public async Task Board_CardsPerColumnAreCapped_NewestFirst_WhileCountsCoverEveryRecord()
    {
        Engine.Clock.Advance(TimeSpan.FromMinutes(1));
        await Engine.CreateAsync("deal", """{"name":"E","amount":1,"region":"east","stage":"new"}""");
        var column = (await BoardAsync(cards: 2)).Columns[0];
        Assert.Equal(3L, column.Count);
        Assert.Equal(["E", "B"], column.Cards.Select(c => (string)c["name"]!));
    }

    [Fact]
    public async Task Board_FollowsAFilter()
    {
        var board = await BoardAsync(filter: """{"field":"region","op":"eq","value":"east"}""");
        Assert.Equal("new:1 proposal:1 won:1", string.Join(" ", board.Columns.Select(c => $"{c.Stage}:{c.Count}")));
    }

    [Fact]
    public async Task Board_RefusesAnAmountThatIsNoNumber()
    {
        var result = await Engine.Get<BoardService>().BoardAsync("deal", "stage", "name", null, 10, CancellationToken.None);
        Assert.True(Assert.IsType<ValidationFailure>(result.Failure).Errors.ContainsKey("amount"));
    }

    [Fact]
    public async Task Board_CountsTheRecordsThatEnteredEachStageThisMonth_AgainstItsTarget()
    {
        var june = (await BoardAsync()).Columns.ToDictionary(c => c.Stage);
        Assert.Equal((2L, 1L, 1L), (june["new"].EnteredThisMonth, june["proposal"].EnteredThisMonth, june["won"].EnteredThisMonth));
        Assert.Equal(20, june["proposal"].Target);
        Assert.Null(june["new"].Target);

        Engine.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 2, 9, 0, 0, TimeSpan.Zero));
        var a = (await Engine.ListAsync("deal", new RecordQuery { Filter = EngineFixture.Parse("""{"field":"name","op":"eq","value":"A"}""") })).Items[0];
        var moved = await Engine.Records.UpdateAsync("deal", (long)a["id"]!, EngineFixture.Parse("""{"stage":"proposal"}"""), null, EngineFixture.Admin, CancellationToken.None);
        Assert.True(moved.IsSuccess, EngineFixture.Describe(moved.Failure));
        var july = (await BoardAsync(filter: """{"field":"region","op":"eq","value":"west"}""")).Columns.ToDictionary(c => c.Stage);
        Assert.Equal((0L, 1L, 0L), (july["new"].EnteredThisMonth, july["proposal"].EnteredThisMonth, july["won"].EnteredThisMonth));
    }
}
