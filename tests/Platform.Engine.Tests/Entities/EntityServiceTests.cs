using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Tests.Entities;

public sealed class EntityServiceTests : EngineTest
{
    private async Task<List<string>> ColumnsAsync(string table)
    {
        await using var c = await Engine.Database.OpenAsync(CancellationToken.None);
        return [.. await c.QueryAsync<string>("SELECT name FROM pragma_table_info(@table)", new { table })];
    }

    private async Task<bool> TableExistsAsync(string table)
    {
        await using var c = await Engine.Database.OpenAsync(CancellationToken.None);
        return await c.ExecuteScalarAsync<long>("SELECT count(*) FROM sqlite_master WHERE name = @table", new { table }) > 0;
    }

    [Fact]
    public async Task Create_MakesARealTableWithAColumnPerField_WhenDefinitionIsValid()
    {
        await Engine.EntityAsync("""{"slug":"lead","label":{"zh-CN":"线索","en":"Lead"},"fields":[{"slug":"name","type":"text"},{"slug":"budget","type":"currency"}]}""");
        var columns = await ColumnsAsync("lead");
        Assert.Contains("name", columns);
        Assert.Contains("budget", columns);
        Assert.Contains("version", columns);
        Assert.True(await TableExistsAsync("fts_lead"));
    }

    /// <summary>How SQLite would count one owner's live records of <paramref name="table"/>: the plan's detail.</summary>
    private async Task<string> OwnerCountPlanAsync(string table)
    {
        await using var c = await Engine.Database.OpenAsync(CancellationToken.None);
        // A pooled connection plans with the schema it last read: a read first brings it up to date.
        await c.ExecuteScalarAsync<long>("SELECT count(*) FROM sqlite_master");
        var plan = await c.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>(
            $"EXPLAIN QUERY PLAN SELECT count(*) FROM \"{table}\" WHERE owner_id = 1 AND deleted_at IS NULL AND id <> 2");
        return string.Join(" | ", plan.Select(p => p.Detail));
    }

    [Fact]
    public async Task Create_IndexesOwnersWithDeletion_SoAnOwnersLiveRecordsAreCountedFromTheIndexAlone()
    {
        await Engine.EntityAsync("""{"slug":"lead","label":{"en":"Lead"},"fields":[{"slug":"name","type":"text"}]}""");
        Assert.Contains("COVERING INDEX", await OwnerCountPlanAsync("lead"));
    }

    [Fact]
    public async Task UpgradeIndexes_ReplacesAnOwnerOnlyIndex_WhenATableWasMadeBeforeTheOwnerIndexHeldDeletion()
    {
        await Engine.EntityAsync("""{"slug":"lead","label":{"en":"Lead"},"fields":[{"slug":"name","type":"text"}]}""");
        string[] owners = [];
        await Engine.Database.WriteAsync<bool>(async scope =>
        {
            var c = scope.Connection;
            owners = [.. await c.QueryAsync<string>(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'lead' AND sql LIKE '%(owner_id%'", transaction: scope.Transaction)];
            foreach (var index in owners)
            {
                await c.ExecuteAsync($"DROP INDEX \"{index}\"", transaction: scope.Transaction);
            }
            // As an earlier version named and made it.
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("lead/owner_id"u8))[..10];
            await c.ExecuteAsync($"CREATE INDEX ix_{hash}_lead_owner_id ON lead (owner_id)", transaction: scope.Transaction);
            return true;
        }, CancellationToken.None, alone: true);
        Assert.DoesNotContain("COVERING INDEX", await OwnerCountPlanAsync("lead"));

        await Engine.Entities.UpgradeIndexesAsync(CancellationToken.None);
        await Engine.Entities.UpgradeIndexesAsync(CancellationToken.None);

        Assert.Contains("COVERING INDEX", await OwnerCountPlanAsync("lead"));
        await using var after = await Engine.Database.OpenAsync(CancellationToken.None);
        Assert.Equal(owners, await after.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'lead' AND sql LIKE '%(owner_id%'"));
    }

    [Fact]
    public async Task Create_WritesNothing_WhenAFieldIsInvalid()
    {
        var result = await Engine.Entities.CreateAsync(Json.Deserialize<EntityDefinition>(
            """{"slug":"lead","label":{"en":"Lead"},"fields":[{"slug":"ok","type":"text"},{"slug":"Bad Slug","type":"text"},{"slug":"kind","type":"nope"}]}"""), CancellationToken.None);
        var errors = Assert.IsType<ValidationFailure>(result.Failure).Errors;
        Assert.Contains("fields[1].slug", errors.Keys);
        Assert.Contains("fields[2].type", errors.Keys);
        Assert.False(await TableExistsAsync("lead"));
        Assert.Empty(await Engine.Entities.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Create_RollsBackTheTable_WhenARelationTargetIsMissing()
    {
        var result = await Engine.Entities.CreateAsync(Json.Deserialize<EntityDefinition>(
            """{"slug":"deal","label":{"en":"Deal"},"fields":[{"slug":"account","type":"relation","relation":{"entity":"account"}}]}"""), CancellationToken.None);
        Assert.Contains("fields[0].relation.entity", Assert.IsType<ValidationFailure>(result.Failure).Errors.Keys);
        Assert.False(await TableExistsAsync("deal"));
    }

    [Fact]
    public async Task Create_IsAConflict_WhenSlugIsTaken()
    {
        await Engine.EntityAsync("""{"slug":"lead","label":{"en":"Lead"}}""");
        var again = await Engine.Entities.CreateAsync(new EntityDefinition { Slug = "lead", Label = new() { ["en"] = "Lead" } }, CancellationToken.None);
        Assert.IsType<ConflictFailure>(again.Failure);
    }

    [Fact]
    public async Task Rename_MovesTableRecordsHistoryAndRelations_WhenSlugChanges()
    {
        await Engine.EntityAsync("""{"slug":"company","label":{"en":"Company"},"fields":[{"slug":"name","type":"text","unique":true}]}""");
        await Engine.EntityAsync("""{"slug":"lead","label":{"en":"Lead"},"fields":[{"slug":"company","type":"relation","relation":{"entity":"company"}}]}""");
        var acme = await Engine.CreateAsync("company", """{"name":"ACME"}""");

        var renamed = await Engine.Entities.UpdateAsync("company", new EntityPatch(Slug: "account"), CancellationToken.None);

        Assert.True(renamed.IsSuccess, EngineFixture.Describe(renamed.Failure));
        Assert.False(await TableExistsAsync("company"));
        Assert.Equal("ACME", (await Engine.Reader.GetAsync("account", (long)acme["id"]!, CancellationToken.None)).Value!["name"]);
        Assert.True((await Engine.Reader.HistoryAsync("account", (long)acme["id"]!, CancellationToken.None)).IsSuccess);
        var lead = (await Engine.Entities.GetAsync("lead", CancellationToken.None)).Value!;
        Assert.Equal("account", lead.Field("company")!.Relation!.Entity);
        Assert.Single((await Engine.ListAsync("account", new() { Q = "ACM" })).Items);
    }

    [Fact]
    public async Task Update_ReordersFields_WhenOrderListsEveryField()
    {
        await Engine.EntityAsync("""{"slug":"lead","label":{"en":"Lead"},"fields":[{"slug":"a","type":"text"},{"slug":"b","type":"text"},{"slug":"c","type":"text"}]}""");
        var bad = await Engine.Entities.UpdateAsync("lead", new EntityPatch(FieldOrder: ["c", "a"]), CancellationToken.None);
        Assert.Contains("fieldOrder", Assert.IsType<ValidationFailure>(bad.Failure).Errors.Keys);
        var good = await Engine.Entities.UpdateAsync("lead", new EntityPatch(FieldOrder: ["c", "a", "b"]), CancellationToken.None);
        Assert.Equal(["c", "a", "b"], good.Value!.Fields.Select(f => f.Slug));
    }

    [Fact]
    public async Task Delete_NeedsConfirmation_WhenEntityHoldsRecords()
    {
        await Engine.EntityAsync("""{"slug":"lead","label":{"en":"Lead"},"fields":[{"slug":"name","type":"text"}]}""");
        await Engine.CreateAsync("lead", """{"name":"x"}""");
        var refused = await Engine.Entities.DeleteAsync("lead", confirm: false, CancellationToken.None);
        Assert.Equal(1L, Assert.IsType<ConflictFailure>(refused.Failure).Extensions!["records"]);
        Assert.True(await TableExistsAsync("lead"));
        Assert.True((await Engine.Entities.DeleteAsync("lead", confirm: true, CancellationToken.None)).IsSuccess);
        Assert.False(await TableExistsAsync("lead"));
        Assert.False(await TableExistsAsync("fts_lead"));
    }

    [Fact]
    public async Task Delete_IsRefused_WhileAnotherEntityLinksToIt()
    {
        await Engine.EntityAsync("""{"slug":"company","label":{"en":"Company"}}""");
        await Engine.EntityAsync("""{"slug":"lead","label":{"en":"Lead"},"fields":[{"slug":"company","type":"relation","relation":{"entity":"company"}}]}""");
        Assert.IsType<ConflictFailure>((await Engine.Entities.DeleteAsync("company", true, CancellationToken.None)).Failure);
    }
}
