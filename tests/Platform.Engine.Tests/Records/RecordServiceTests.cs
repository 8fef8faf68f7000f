using Platform.Engine.Common;
using Platform.Engine.Records;

namespace Platform.Engine.Tests.Records;

public sealed class RecordServiceTests : EngineTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync("""{"slug":"company","label":{"en":"Company"},"fields":[{"slug":"name","type":"text","required":true,"unique":true}]}""");
        await Engine.EntityAsync("""
            {"slug":"lead","label":{"en":"Lead"},"fields":[
              {"slug":"name","type":"text","required":true},{"slug":"email","type":"email","unique":true},
              {"slug":"source","type":"select","default":"web","options":[{"value":"web"},{"value":"fair"}]},
              {"slug":"met","type":"date","default":"today"},
              {"slug":"company","type":"relation","relation":{"entity":"company","onDelete":"set_null"}}]}
            """);
        await Engine.EntityAsync("""{"slug":"contact","label":{"en":"Contact"},"fields":[{"slug":"company","type":"relation","relation":{"entity":"company","onDelete":"cascade"}}]}""");
        await Engine.EntityAsync("""{"slug":"invoice","label":{"en":"Invoice"},"fields":[{"slug":"company","type":"relation","relation":{"entity":"company","onDelete":"restrict"}}]}""");
    }

    private static long Id(Dictionary<string, object?> r) => (long)r["id"]!;

    [Fact]
    public async Task Create_FillsDefaultsAndSystemFields_WhenValuesAreLeftOut()
    {
        var lead = await Engine.CreateAsync("lead", """{"name":"Ann"}""");
        Assert.Equal("web", lead["source"]);
        Assert.Equal("2026-06-15", lead["met"]);
        Assert.Equal(1L, lead["version"]);
        Assert.Equal(1L, lead["ownerId"]);
        Assert.Equal("2026-06-15T09:00:00.000Z", lead["createdAt"]);
    }

    [Fact]
    public async Task Create_IsRefused_WhenARequiredFieldIsMissing()
    {
        var result = await Engine.Records.CreateAsync("lead", EngineFixture.Parse("""{"email":"a@b.co"}"""), EngineFixture.Admin, CancellationToken.None);
        Assert.Equal("Required.", Assert.IsType<ValidationFailure>(result.Failure).Errors["name"][0]);
    }

    [Fact]
    public async Task Messages_AreInTheCallersLanguage_ThoughTheWriteRunsOnTheWriterQueue()
    {
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        var result = await Engine.Records.CreateAsync("lead", EngineFixture.Parse("{}"), EngineFixture.Admin, CancellationToken.None);
        Assert.Equal("必填。", Assert.IsType<ValidationFailure>(result.Failure).Errors["name"][0]);
    }

    [Fact]
    public async Task Update_ChangesOnlyGivenFieldsAndBumpsTheVersion()
    {
        var lead = await Engine.CreateAsync("lead", """{"name":"Ann","email":"ann@x.io"}""");
        Engine.Clock.Advance(TimeSpan.FromMinutes(5));
        var updated = await Engine.Records.UpdateAsync("lead", Id(lead), EngineFixture.Parse("""{"source":"fair"}"""), 1, EngineFixture.Admin, CancellationToken.None);
        Assert.Equal(2L, updated.Value!["version"]);
        Assert.Equal("ann@x.io", updated.Value["email"]);
        Assert.Equal("fair", updated.Value["source"]);
        Assert.Equal("2026-06-15T09:05:00.000Z", updated.Value["updatedAt"]);
    }

    [Fact]
    public async Task Update_IsAConflict_WhenTheVersionIsStale()
    {
        var lead = await Engine.CreateAsync("lead", """{"name":"Ann"}""");
        await Engine.Records.UpdateAsync("lead", Id(lead), EngineFixture.Parse("""{"name":"Bea"}"""), 1, EngineFixture.Admin, CancellationToken.None);
        var stale = await Engine.Records.UpdateAsync("lead", Id(lead), EngineFixture.Parse("""{"name":"Cid"}"""), 1, EngineFixture.Admin, CancellationToken.None);
        Assert.Equal(2L, Assert.IsType<ConflictFailure>(stale.Failure).Extensions!["currentVersion"]);
        Assert.Equal("Bea", (await Engine.Reader.GetAsync("lead", Id(lead), CancellationToken.None)).Value!["name"]);
    }

    [Fact]
    public async Task History_RecordsWhoWhenAndOldToNew_ForEveryChange()
    {
        var lead = await Engine.CreateAsync("lead", """{"name":"Ann"}""");
        await Engine.Records.UpdateAsync("lead", Id(lead), EngineFixture.Parse("""{"name":"Bea","source":"web"}"""), null, EngineFixture.Admin, CancellationToken.None);
        await Engine.Records.DeleteAsync("lead", Id(lead), null, EngineFixture.Admin, CancellationToken.None);
        await Engine.Records.RestoreAsync("lead", Id(lead), EngineFixture.Admin, CancellationToken.None);
        var history = (await Engine.Reader.HistoryAsync("lead", Id(lead), CancellationToken.None)).Value!;
        Assert.Equal(["restore", "delete", "update", "create"], history.Select(h => h.Action));
        var update = history[2];
        Assert.Equal("Admin", update.UserName);
        var change = Assert.Single(update.Changes);
        Assert.Equal(("name", "Ann", "Bea"), (change.Field, change.Old?.ToString(), change.New?.ToString()));
    }

    [Fact]
    public async Task Unique_AppliesToLiveRecordsOnly_SoTheTrashDoesNotHoldValues()
    {
        var first = await Engine.CreateAsync("lead", """{"name":"A","email":"same@x.io"}""");
        var dup = await Engine.Records.CreateAsync("lead", EngineFixture.Parse("""{"name":"B","email":"same@x.io"}"""), EngineFixture.Admin, CancellationToken.None);
        Assert.Contains("email", Assert.IsType<ValidationFailure>(dup.Failure).Errors.Keys);
        await Engine.Records.DeleteAsync("lead", Id(first), null, EngineFixture.Admin, CancellationToken.None);
        await Engine.CreateAsync("lead", """{"name":"B","email":"same@x.io"}""");
        var restore = await Engine.Records.RestoreAsync("lead", Id(first), EngineFixture.Admin, CancellationToken.None);
        Assert.IsType<ConflictFailure>(restore.Failure);
    }

    [Fact]
    public async Task Delete_AppliesEachRelationsOnDeleteRule()
    {
        var acme = await Engine.CreateAsync("company", """{"name":"ACME"}""");
        var lead = await Engine.CreateAsync("lead", $$"""{"name":"Ann","company":{{Id(acme)}}}""");
        var contact = await Engine.CreateAsync("contact", $$"""{"company":{{Id(acme)}}}""");
        var invoice = await Engine.CreateAsync("invoice", $$"""{"company":{{Id(acme)}}}""");

        var refused = await Engine.Records.DeleteAsync("company", Id(acme), null, EngineFixture.Admin, CancellationToken.None);
        Assert.IsType<ConflictFailure>(refused.Failure);
        Assert.Equal(Id(acme), (await Engine.Reader.GetAsync("lead", Id(lead), CancellationToken.None)).Value!["company"]);

        await Engine.Records.DeleteAsync("invoice", Id(invoice), null, EngineFixture.Admin, CancellationToken.None);
        Assert.True((await Engine.Records.DeleteAsync("company", Id(acme), null, EngineFixture.Admin, CancellationToken.None)).IsSuccess);
        Assert.Null((await Engine.Reader.GetAsync("lead", Id(lead), CancellationToken.None)).Value!["company"]);
        Assert.NotNull((await Engine.Reader.GetAsync("contact", Id(contact), CancellationToken.None)).Value!["deletedAt"]);
    }

    [Fact]
    public async Task Relation_IsRefused_WhenTheTargetIsInTheTrash()
    {
        var acme = await Engine.CreateAsync("company", """{"name":"ACME"}""");
        await Engine.Records.DeleteAsync("company", Id(acme), null, EngineFixture.Admin, CancellationToken.None);
        var result = await Engine.Records.CreateAsync("lead", EngineFixture.Parse($$"""{"name":"Ann","company":{{Id(acme)}}}"""), EngineFixture.Admin, CancellationToken.None);
        Assert.Contains("company", Assert.IsType<ValidationFailure>(result.Failure).Errors.Keys);
    }

    [Fact]
    public async Task Restore_IsRefused_WhileItsLinkedRecordIsInTheTrash()
    {
        var acme = await Engine.CreateAsync("company", """{"name":"ACME"}""");
        var contact = await Engine.CreateAsync("contact", $$"""{"company":{{Id(acme)}}}""");
        await Engine.Records.DeleteAsync("company", Id(acme), null, EngineFixture.Admin, CancellationToken.None);
        var refused = await Engine.Records.RestoreAsync("contact", Id(contact), EngineFixture.Admin, CancellationToken.None);
        Assert.IsType<ConflictFailure>(refused.Failure);
        await Engine.Records.RestoreAsync("company", Id(acme), EngineFixture.Admin, CancellationToken.None);
        Assert.True((await Engine.Records.RestoreAsync("contact", Id(contact), EngineFixture.Admin, CancellationToken.None)).IsSuccess);
    }

    [Fact]
    public async Task Search_IndexesExactlyTheKeptWrites_WhenConcurrentWritesPartlyFail()
    {
        var writes = Enumerable.Range(0, 40).Select(i => Engine.Records.CreateAsync("lead",
            EngineFixture.Parse(i % 4 == 0 ? $$"""{"name":"云计算 {{i}}","email":"bad"}""" : $$"""{"name":"云计算 {{i}}"}"""),
            EngineFixture.Admin, CancellationToken.None)).ToList();
        await Task.WhenAll(writes);
        Assert.Equal(30, writes.Count(w => w.Result.IsSuccess));
        Assert.Equal(30, (await Engine.ListAsync("lead", new RecordQuery { Q = "云计算", Count = true })).Total);

        var edits = writes.Where(w => w.Result.IsSuccess).Take(10).Select(w => Engine.Records.UpdateAsync("lead", Id(w.Result.Value!),
            EngineFixture.Parse("""{"name":"大数据"}"""), null, EngineFixture.Admin, CancellationToken.None)).ToList();
        await Task.WhenAll(edits);
        Assert.Equal(20, (await Engine.ListAsync("lead", new RecordQuery { Q = "云计算", Count = true })).Total);
        Assert.Equal(10, (await Engine.ListAsync("lead", new RecordQuery { Q = "大数据", Count = true })).Total);
    }

    [Fact]
    public async Task Bulk_WritesNothing_WhenOneRecordIsBad()
    {
        var bodies = new[] { """{"name":"A"}""", """{"name":"B","email":"bad"}""", """{"name":"C","email":"c@x.io"}""", """{"name":"D","email":"c@x.io"}""" }
            .Select(EngineFixture.Parse).ToList();
        var result = await Engine.Records.BulkCreateAsync("lead", bodies, EngineFixture.Admin, CancellationToken.None);
        var errors = Assert.IsType<ValidationFailure>(result.Failure).Errors;
        Assert.Equal(["records[1].email", "records[3].email"], errors.Keys.Order());
        Assert.Empty((await Engine.ListAsync("lead", new())).Items);
    }

    [Fact]
    public async Task Bulk_CreatesAllAndIndexesThemForSearch()
    {
        var bodies = Enumerable.Range(0, RecordService.MaxBulk).Select(i => EngineFixture.Parse($$"""{"name":"北京云计算 {{i}}"}""")).ToList();
        var result = await Engine.Records.BulkCreateAsync("lead", bodies, EngineFixture.Admin, CancellationToken.None);
        Assert.Equal(RecordService.MaxBulk, result.Value!.Count);
        Assert.Equal(RecordService.MaxBulk, (await Engine.ListAsync("lead", new() { Q = "云计算", Count = true })).Total);
        var tooMany = await Engine.Records.BulkCreateAsync("lead", [.. bodies, bodies[0]], EngineFixture.Admin, CancellationToken.None);
        Assert.IsType<ValidationFailure>(tooMany.Failure);
    }
}
