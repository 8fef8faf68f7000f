using System.Text.Json.Nodes;
using Platform.Engine.Common;

namespace Platform.Engine.Tests.Records.Rollups;

/// <summary>Deals with activities and their rollups: the entities every rollup test starts from.</summary>
public abstract class RollupTest : EngineTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync("""
            {"slug":"deal","label":{"en":"Deal"},"fields":[{"slug":"name","type":"text"},{"slug":"amount","type":"currency"}]}
            """);
        await Engine.EntityAsync("""
            {"slug":"activity","label":{"en":"Activity"},"fields":[
              {"slug":"channel","type":"select","options":[{"value":"call"},{"value":"meeting"}]},
              {"slug":"minutes","type":"number"},
              {"slug":"cost","type":"currency"},
              {"slug":"due","type":"date"},
              {"slug":"deal","type":"relation","relation":{"entity":"deal","onDelete":"cascade"}}]}
            """);
    }

    protected async Task<Result<Platform.Engine.Entities.FieldDefinition>> AddRollupAsync(string json) =>
        await Engine.Fields.AddAsync("deal", Json.Deserialize<Platform.Engine.Entities.FieldDefinition>(json), CancellationToken.None);

    protected async Task RollupAsync(string json)
    {
        var added = await AddRollupAsync(json);
        Assert.True(added.IsSuccess, EngineFixture.Describe(added.Failure));
    }

    protected Task<Result<Platform.Engine.Entities.FieldDefinition>> ChangeFieldAsync(string entity, string field, string patch) =>
        Engine.Fields.UpdateAsync(entity, field, JsonNode.Parse(patch)!.AsObject(), CancellationToken.None);

    protected async Task<long> DealAsync(string name = "Acme") => (long)(await Engine.CreateAsync("deal", $$"""{"name":"{{name}}"}"""))["id"]!;

    protected async Task<long> ActivityAsync(long deal, string json = """{"channel":"call"}""")
    {
        var body = JsonNode.Parse(json)!.AsObject();
        body["deal"] = deal;
        return (long)(await Engine.CreateAsync("activity", body.ToJsonString()))["id"]!;
    }

    protected async Task<Dictionary<string, object?>> DealRecordAsync(long id) =>
        (await Engine.Reader.GetAsync("deal", id, CancellationToken.None)).Value!;

    protected async Task<object?> ValueAsync(long deal, string field) => (await DealRecordAsync(deal))[field];

    protected async Task UpdateActivityAsync(long id, string json)
    {
        var updated = await Engine.Records.UpdateAsync("activity", id, EngineFixture.Parse(json), null, EngineFixture.Admin, CancellationToken.None);
        Assert.True(updated.IsSuccess, EngineFixture.Describe(updated.Failure));
    }
}
