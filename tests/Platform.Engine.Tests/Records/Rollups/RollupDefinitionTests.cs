using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Tests.Records.Rollups;

public sealed class RollupDefinitionTests : RollupTest
{
    [Fact]
    public async Task AddingARollup_ComputesItForExistingParents()
    {
        var deal = await DealAsync();
        await ActivityAsync(deal, """{"minutes":20}""");
        await ActivityAsync(deal, """{"minutes":25}""");

        await RollupAsync("""{"slug":"minutes","type":"rollup","rollup":{"entity":"activity","via":"deal","function":"sum","field":"minutes"}}""");

        Assert.Equal(45L, await ValueAsync(deal, "minutes"));
    }

    [Fact]
    public async Task ChangingWhatARollupComputes_RecomputesIt()
    {
        await RollupAsync("""{"slug":"tally","type":"rollup","rollup":{"entity":"activity","via":"deal","function":"count"}}""");
        var deal = await DealAsync();
        await ActivityAsync(deal, """{"channel":"call"}""");
        await ActivityAsync(deal, """{"channel":"meeting"}""");

        var changed = await ChangeFieldAsync("deal", "tally", """{"rollup":{"entity":"activity","via":"deal","function":"count","where":{"channel":"meeting"}}}""");

        Assert.True(changed.IsSuccess, EngineFixture.Describe(changed.Failure));
        Assert.Equal(1L, await ValueAsync(deal, "tally"));
    }

    [Fact]
    public async Task BadSettings_AreRefusedFieldByField()
    {
        var missing = Assert.IsType<ValidationFailure>((await AddRollupAsync("""{"slug":"r","type":"rollup","rollup":{"function":"avg"}}""")).Failure);
        Assert.Equal(["rollup.entity", "rollup.function", "rollup.via"], missing.Errors.Keys.Order());

        var wrong = Assert.IsType<ValidationFailure>((await AddRollupAsync(
            """{"slug":"r","type":"rollup","rollup":{"entity":"activity","via":"channel","function":"sum","field":"due","where":{"nope":1}}}""")).Failure);
        Assert.Equal(["rollup.field", "rollup.via", "rollup.where"], wrong.Errors.Keys.Order());
        Assert.Contains("number, currency, percent", wrong.Errors["rollup.field"][0], StringComparison.Ordinal);

        var unknown = Assert.IsType<ValidationFailure>((await AddRollupAsync("""{"slug":"r","type":"rollup","rollup":{"entity":"ghost","via":"deal","function":"count"}}""")).Failure);
        Assert.Equal(["rollup.entity"], unknown.Errors.Keys);
    }

    [Fact]
    public async Task RelativeDatesAndComputedFields_AreRefusedInTheFilter()
    {
        var relative = Assert.IsType<ValidationFailure>((await AddRollupAsync(
            """{"slug":"r","type":"rollup","rollup":{"entity":"activity","via":"deal","function":"count","where":{"field":"due","op":"last_days","value":7}}}""")).Failure);
        Assert.Equal(["rollup.where"], relative.Errors.Keys);
    }

    [Fact]
    public async Task RenamingTheFieldsAndEntityARollupReads_CarriesTheRollupAlong()
    {
        await RollupAsync("""{"slug":"meeting_minutes","type":"rollup","rollup":{"entity":"activity","via":"deal","function":"sum","field":"minutes","where":{"channel":"meeting"}}}""");
        var deal = await DealAsync();

        Assert.True((await ChangeFieldAsync("activity", "deal", """{"slug":"opportunity"}""")).IsSuccess);
        Assert.True((await ChangeFieldAsync("activity", "minutes", """{"slug":"duration"}""")).IsSuccess);
        Assert.True((await ChangeFieldAsync("activity", "channel", """{"slug":"medium"}""")).IsSuccess);
        Assert.True((await Engine.Entities.UpdateAsync("activity", new EntityPatch(Slug: "touch"), CancellationToken.None)).IsSuccess);

        var rollup = (await Engine.Entities.GetAsync("deal", CancellationToken.None)).Value!.Field("meeting_minutes")!.Rollup!;
        Assert.Equal(("touch", "opportunity", "duration", """{"medium":"meeting"}"""), (rollup.Entity, rollup.Via, rollup.Field, rollup.Where!.ToJsonString()));
        await Engine.CreateAsync("touch", $$"""{"medium":"meeting","duration":30,"opportunity":{{deal}}}""");
        Assert.Equal(30L, await ValueAsync(deal, "meeting_minutes"));
    }

    [Fact]
    public async Task DeletingAFieldOrEntityARollupReads_IsRefusedNamingTheRollup()
    {
        await RollupAsync("""{"slug":"meetings","type":"rollup","label":{"en":"Meetings"},"rollup":{"entity":"activity","via":"deal","function":"count","where":{"channel":"meeting"}}}""");

        var field = Assert.IsType<ConflictFailure>((await Engine.Fields.DeleteAsync("activity", "channel", confirm: true, CancellationToken.None)).Failure);
        Assert.Contains("\"Meetings\"", field.Detail, StringComparison.Ordinal);
        var entity = Assert.IsType<ConflictFailure>((await Engine.Entities.DeleteAsync("activity", confirm: true, CancellationToken.None)).Failure);
        Assert.Contains("\"Meetings\"", entity.Detail, StringComparison.Ordinal);
        Assert.True((await Engine.Fields.DeleteAsync("activity", "minutes", confirm: true, CancellationToken.None)).IsSuccess);
    }

    [Fact]
    public async Task DeletingAFieldARollupReads_IsRefused_WhenTheRollupHasTheSameSlug()
    {
        await RollupAsync("""{"slug":"minutes","type":"rollup","rollup":{"entity":"activity","via":"deal","function":"sum","field":"minutes"}}""");
        Assert.IsType<ConflictFailure>((await Engine.Fields.DeleteAsync("activity", "minutes", confirm: true, CancellationToken.None)).Failure);
    }

    [Fact]
    public async Task ARollupChangedToANumber_IsNoLongerKeptByChildWrites()
    {
        await RollupAsync("""{"slug":"tally","type":"rollup","rollup":{"entity":"activity","via":"deal","function":"count"}}""");
        var deal = await DealAsync();
        await ActivityAsync(deal);

        var changed = await ChangeFieldAsync("deal", "tally", """{"type":"number"}""");
        Assert.True(changed.IsSuccess, EngineFixture.Describe(changed.Failure));
        Assert.Null(changed.Value!.Rollup);
        await Engine.Records.UpdateAsync("deal", deal, EngineFixture.Parse("""{"tally":7}"""), null, EngineFixture.Admin, CancellationToken.None);
        await ActivityAsync(deal);

        Assert.Equal(7L, await ValueAsync(deal, "tally"));
    }

    [Fact]
    public async Task ChangingTheTypeOfAnAggregatedField_IsRefused()
    {
        await RollupAsync("""{"slug":"total_minutes","type":"rollup","rollup":{"entity":"activity","via":"deal","function":"sum","field":"minutes"}}""");
        var changed = await ChangeFieldAsync("activity", "minutes", """{"type":"text"}""");
        Assert.IsType<ConflictFailure>(changed.Failure);
    }

    [Fact]
    public async Task ScriptDeclarations_GiveTheRollupItsResultType()
    {
        await RollupAsync("""{"slug":"last_due","type":"rollup","rollup":{"entity":"activity","via":"deal","function":"max","field":"due"}}""");
        var deal = (await Engine.Entities.GetAsync("deal", CancellationToken.None)).Value!;
        var text = ScriptDeclarations.Generate(deal, ["deal"], new Platform.Engine.Scripting.ScriptOptions());
        Assert.Contains("last_due: string | null;", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARollupOverItsOwnEntity_CountsSubTasks()
    {
        await Engine.EntityAsync("""
            {"slug":"task","label":{"en":"Task"},"fields":[{"slug":"title","type":"text"},
              {"slug":"parent","type":"relation","relation":{"entity":"task","onDelete":"cascade"}},
              {"slug":"subtasks","type":"rollup","rollup":{"entity":"task","via":"parent","function":"count"}}]}
            """);
        var parent = (long)(await Engine.CreateAsync("task", """{"title":"Launch"}"""))["id"]!;
        await Engine.CreateAsync("task", $$"""{"title":"Brief","parent":{{parent}}}""");
        var child = (long)(await Engine.CreateAsync("task", $$"""{"title":"Mail","parent":{{parent}}}"""))["id"]!;
        await Engine.CreateAsync("task", $$"""{"title":"Draft","parent":{{child}}}""");

        var tasks = await Engine.ListAsync("task", new Platform.Engine.Records.RecordQuery { Sort = "id" });

        Assert.Equal([2L, 0L, 1L, 0L], tasks.Items.Select(t => (long)t["subtasks"]!));
    }
}
