using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Records;

namespace Platform.Engine.Tests.Entities;

public sealed class FieldServiceTests : EngineTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync("""{"slug":"lead","label":{"en":"Lead"},"fields":[{"slug":"name","type":"text"},{"slug":"score","type":"text"},{"slug":"grade","type":"select","options":[{"value":"a"},{"value":"b"},{"value":"c"}]}]}""");
    }

    private Task<Result<FieldDefinition>> PatchAsync(string field, string json) =>
        Engine.Fields.UpdateAsync("lead", field, JsonNode.Parse(json)!.AsObject(), CancellationToken.None);

    private async Task<object?> ValueAsync(long id, string field) =>
        (await Engine.Reader.GetAsync("lead", id, CancellationToken.None)).Value![field];

    [Fact]
    public async Task TypeChange_ConvertsValues_WhenEveryValueConverts()
    {
        var r = await Engine.CreateAsync("lead", """{"score":"42"}""");
        await Engine.CreateAsync("lead", """{"name":"no score"}""");
        var changed = await PatchAsync("score", """{"type":"number"}""");
        Assert.True(changed.IsSuccess, EngineFixture.Describe(changed.Failure));
        Assert.Equal(42L, await ValueAsync((long)r["id"]!, "score"));
        var above = await Engine.ListAsync("lead", new RecordQuery { Filter = EngineFixture.Parse("""{"field":"score","op":"gt","value":40}""") });
        Assert.Single(above.Items);
    }

    [Fact]
    public async Task TypeChange_IsRefusedWithTheBlockingCount_WhenValuesDoNotConvert()
    {
        var r = await Engine.CreateAsync("lead", """{"score":"high"}""");
        await Engine.CreateAsync("lead", """{"score":"very high"}""");
        await Engine.CreateAsync("lead", """{"score":"7"}""");
        var refused = await PatchAsync("score", """{"type":"number"}""");
        Assert.Equal(2L, Assert.IsType<ConflictFailure>(refused.Failure).Extensions!["blockingRecords"]);
        Assert.Equal("text", (await Engine.Entities.GetAsync("lead", CancellationToken.None)).Value!.Field("score")!.Type);
        Assert.Equal("high", await ValueAsync((long)r["id"]!, "score"));
    }

    [Fact]
    public async Task OptionRemoval_IsRefused_WhenRecordsUseTheOption()
    {
        await Engine.CreateAsync("lead", """{"grade":"c"}""");
        var refused = await PatchAsync("grade", """{"options":[{"value":"a"},{"value":"b"}]}""");
        Assert.Equal(1L, Assert.IsType<ConflictFailure>(refused.Failure).Extensions!["blockingRecords"]);
    }

    [Fact]
    public async Task Rename_KeepsValues_WhenSlugChanges()
    {
        var r = await Engine.CreateAsync("lead", """{"name":"Ann"}""");
        var renamed = await PatchAsync("name", """{"slug":"full_name","label":{"en":"Full name"}}""");
        Assert.True(renamed.IsSuccess);
        Assert.Equal("Ann", await ValueAsync((long)r["id"]!, "full_name"));
        Assert.Single((await Engine.ListAsync("lead", new() { Q = "Ann" })).Items);
    }

    [Fact]
    public async Task Unique_IsRefused_WhenLiveRecordsShareAValue()
    {
        await Engine.CreateAsync("lead", """{"name":"same"}""");
        await Engine.CreateAsync("lead", """{"name":"same"}""");
        var refused = await PatchAsync("name", """{"unique":true}""");
        Assert.Equal(2L, Assert.IsType<ConflictFailure>(refused.Failure).Extensions!["blockingRecords"]);
    }

    [Fact]
    public async Task Delete_NeedsConfirmation_WhenTheFieldHoldsData()
    {
        await Engine.CreateAsync("lead", """{"name":"x"}""");
        var refused = await Engine.Fields.DeleteAsync("lead", "name", confirm: false, CancellationToken.None);
        Assert.Equal(1L, Assert.IsType<ConflictFailure>(refused.Failure).Extensions!["records"]);
        Assert.True((await Engine.Fields.DeleteAsync("lead", "score", confirm: false, CancellationToken.None)).IsSuccess);
        Assert.True((await Engine.Fields.DeleteAsync("lead", "name", confirm: true, CancellationToken.None)).IsSuccess);
        Assert.Equal(["grade"], (await Engine.Entities.GetAsync("lead", CancellationToken.None)).Value!.Fields.Select(f => f.Slug));
    }

    [Fact]
    public async Task AutoNumber_NumbersExistingRecords_WhenAdded()
    {
        await Engine.CreateAsync("lead", """{"name":"first"}""");
        await Engine.CreateAsync("lead", """{"name":"second"}""");
        var added = await Engine.Fields.AddAsync("lead", new FieldDefinition { Slug = "code", Type = "autonumber", Pattern = "L-{yyyy}-{0000}" }, CancellationToken.None);
        Assert.True(added.IsSuccess, EngineFixture.Describe(added.Failure));
        var third = await Engine.CreateAsync("lead", """{"name":"third"}""");
        Assert.Equal("L-2026-0003", third["code"]);
        Assert.Single((await Engine.ListAsync("lead", new() { Q = "L-2026-0001" })).Items);
    }

    [Fact]
    public async Task AutoNumber_RestartsTheCounter_WhenTheYearChanges()
    {
        await Engine.Fields.AddAsync("lead", new FieldDefinition { Slug = "code", Type = "autonumber", Pattern = "L-{yyyy}-{0000}" }, CancellationToken.None);
        Assert.Equal("L-2026-0001", (await Engine.CreateAsync("lead", "{}"))["code"]);
        Assert.Equal("L-2026-0002", (await Engine.CreateAsync("lead", "{}"))["code"]);
        Engine.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 1, 1, 0, 0, TimeSpan.Zero));
        Assert.Equal("L-2027-0001", (await Engine.CreateAsync("lead", "{}"))["code"]);
    }

    [Theory]
    [InlineData("""{"slug":"x","type":"select"}""", "options")]
    [InlineData("""{"slug":"x","type":"number","precision":12}""", "precision")]
    [InlineData("""{"slug":"x","type":"autonumber","pattern":"L-{yyyy}"}""", "pattern")]
    [InlineData("""{"slug":"x","type":"rating","max":50}""", "max")]
    [InlineData("""{"slug":"x","type":"relation"}""", "relation.entity")]
    [InlineData("""{"slug":"x","type":"email","default":"not-an-email"}""", "default")]
    [InlineData("""{"slug":"name","type":"text"}""", null)]
    public async Task Add_IsRefused_WhenSettingsAreInvalid(string json, string? key)
    {
        var result = await Engine.Fields.AddAsync("lead", Json.Deserialize<FieldDefinition>(json), CancellationToken.None);
        if (key is null)
        {
            Assert.IsType<ConflictFailure>(result.Failure);
        }
        else
        {
            Assert.Contains(key, Assert.IsType<ValidationFailure>(result.Failure).Errors.Keys);
        }
        Assert.Equal(3, (await Engine.Entities.GetAsync("lead", CancellationToken.None)).Value!.Fields.Count);
    }
}
