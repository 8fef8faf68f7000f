using Platform.Engine.Common;

namespace Platform.Engine.Tests.Records;

/// <summary>Each field type accepts its own values and refuses others, keyed at the field.</summary>
public sealed class FieldValueTests : EngineTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync("""
            {"slug":"thing","label":{"en":"Thing"},"fields":[
              {"slug":"t","type":"text","maxLength":5},{"slug":"lt","type":"longtext"},
              {"slug":"n","type":"number"},{"slug":"d2","type":"number","precision":2},
              {"slug":"money","type":"currency"},{"slug":"pct","type":"percent"},{"slug":"b","type":"boolean"},
              {"slug":"day","type":"date"},{"slug":"at","type":"datetime"},
              {"slug":"s","type":"select","options":[{"value":"web"},{"value":"fair"}]},
              {"slug":"tags","type":"multiselect","options":[{"value":"vip"},{"value":"new"}]},
              {"slug":"mail","type":"email"},{"slug":"tel","type":"phone"},{"slug":"site","type":"url"},
              {"slug":"who","type":"user"},{"slug":"stars","type":"rating"}]}
            """);
    }

    [Theory]
    [InlineData("t", "\"abc\"", "abc")]
    [InlineData("n", "42", 42L)]
    [InlineData("d2", "3.25", 3.25)]
    [InlineData("money", "12000.5", 12000.5)]
    [InlineData("pct", "12.5", 12.5)]
    [InlineData("b", "true", true)]
    [InlineData("day", "\"2026-02-28\"", "2026-02-28")]
    [InlineData("at", "\"2026-02-28T10:00:00+08:00\"", "2026-02-28T02:00:00.000Z")]
    [InlineData("s", "\"web\"", "web")]
    [InlineData("mail", "\"zs@example.com\"", "zs@example.com")]
    [InlineData("tel", "\"+86 138 0000 0000\"", "+86 138 0000 0000")]
    [InlineData("site", "\"https://example.com/a\"", "https://example.com/a")]
    [InlineData("who", "1", 1L)]
    [InlineData("stars", "4", 4L)]
    public async Task Create_StoresTheValue_WhenItFitsTheType(string field, string json, object expected)
    {
        var record = await Engine.CreateAsync("thing", $$"""{"{{field}}":{{json}}}""");
        var actual = record[field];
        if (expected is double d)
        {
            Assert.Equal((decimal)d, Assert.IsType<decimal>(actual));
        }
        else
        {
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task Create_StoresTags_WhenEveryTagIsAnOption()
    {
        var record = await Engine.CreateAsync("thing", """{"tags":["vip","new","vip"]}""");
        Assert.Equal(["vip", "new"], Assert.IsType<string[]>(record["tags"]));
    }

    [Theory]
    [InlineData("t", "\"toolong\"")]
    [InlineData("t", "12")]
    [InlineData("n", "\"12\"")]
    [InlineData("n", "1.5")]
    [InlineData("d2", "1.005")]
    [InlineData("b", "\"maybe\"")]
    [InlineData("day", "\"2026-13-45\"")]
    [InlineData("day", "\"28/02/2026\"")]
    [InlineData("at", "\"2026-02-28T10:00:00\"")]
    [InlineData("s", "\"tv\"")]
    [InlineData("tags", "[\"vip\",\"gold\"]")]
    [InlineData("tags", "\"vip\"")]
    [InlineData("mail", "\"not-an-email\"")]
    [InlineData("tel", "\"call me\"")]
    [InlineData("site", "\"javascript:alert(1)\"")]
    [InlineData("who", "999")]
    [InlineData("stars", "6")]
    [InlineData("money", "1e20")]
    public async Task Create_IsRefusedAtTheField_WhenTheValueDoesNotFit(string field, string json)
    {
        var result = await Engine.Records.CreateAsync("thing", EngineFixture.Parse($$"""{"{{field}}":{{json}}}"""), EngineFixture.Admin, CancellationToken.None);
        Assert.Equal([field], Assert.IsType<ValidationFailure>(result.Failure).Errors.Keys);
        Assert.Empty((await Engine.ListAsync("thing", new())).Items);
    }

    [Fact]
    public async Task Create_ReportsEveryProblem_WhenSeveralFieldsAreWrong()
    {
        var result = await Engine.Records.CreateAsync("thing", EngineFixture.Parse("""{"mail":"x","n":"y","ghost":1}"""), EngineFixture.Admin, CancellationToken.None);
        var errors = Assert.IsType<ValidationFailure>(result.Failure).Errors;
        Assert.Equal(["ghost", "mail", "n"], errors.Keys.Order());
        Assert.Equal("There is no such field.", errors["ghost"][0]);
    }

    [Fact]
    public async Task Create_StoresSqlLookingTextVerbatim()
    {
        const string nasty = "Robert'); DROP TABLE thing;-- \" OR 1=1 --";
        var record = await Engine.CreateAsync("thing", Json.Serialize(new { lt = nasty }));
        Assert.Equal(nasty, (await Engine.Reader.GetAsync("thing", (long)record["id"]!, CancellationToken.None)).Value!["lt"]);
        Assert.Single((await Engine.ListAsync("thing", new() { Q = "DROP TABLE" })).Items);
    }
}
