using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Records;
using Platform.Engine.Records.Formulas;
using Platform.Engine.Scripting;

namespace Platform.Engine.Tests.Records.Rules;

public sealed class FormulaTests : RuleTest
{
    private async Task AddFormulaAsync(string json)
    {
        var result = await Engine.Fields.AddAsync("lead", Json.Deserialize<FieldDefinition>(json), CancellationToken.None);
        Assert.True(result.IsSuccess, EngineFixture.Describe(result.Failure));
    }

    private static System.Text.Json.Nodes.JsonObject Patch(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();

    [Fact]
    public async Task Formula_IsComputedOnCreate_AndStoredSoItCanBeFiltered()
    {
        await AddFormulaAsync("""{"slug":"bant_total","type":"formula","resultType":"number","formula":"return record.budget + record.need + record.decision + record.urgency;"}""");
        await Engine.CreateAsync("lead", """{"name":"Ann","budget":5,"need":4,"decision":3,"urgency":5}""");
        await Engine.CreateAsync("lead", """{"name":"Bo","budget":1,"need":1,"decision":1,"urgency":1}""");
        var page = await Engine.ListAsync("lead", new RecordQuery { Filter = EngineFixture.Parse("""{"field":"bant_total","op":"gte","value":15}"""), Sort = "-bant_total" });
        Assert.Equal("Ann", Assert.Single(page.Items)["name"]);
        Assert.Equal(17m, page.Items[0]["bant_total"]);
    }

    [Fact]
    public async Task Formula_AcceptsABareExpression_AndIgnoresAValueSentForIt()
    {
        await AddFormulaAsync("""{"slug":"label","type":"formula","resultType":"text","formula":"record.name + ' (' + (record.status ?? 'new') + ')'"}""");
        var lead = await Engine.CreateAsync("lead", """{"name":"Ann","label":"typed by hand"}""");
        Assert.Equal("Ann (new)", lead["label"]);
    }

    [Fact]
    public async Task Formula_FollowsAnUpdateOfTheFieldsItReads()
    {
        await AddFormulaAsync("""{"slug":"bant_total","type":"formula","resultType":"number","precision":0,"formula":"return record.budget * 2;"}""");
        var lead = await Engine.CreateAsync("lead", """{"name":"Ann","budget":2}""");
        var updated = await TryUpdateAsync((long)lead["id"]!, """{"budget":4}""");
        Assert.Equal(8L, updated.Value!["bant_total"]);
    }

    [Fact]
    public async Task Formula_ChangeRecomputesEveryRecordInABackgroundJob()
    {
        await AddFormulaAsync("""{"slug":"total","type":"formula","resultType":"number","formula":"return record.budget + 1;"}""");
        for (var i = 0; i < 3; i++)
        {
            await Engine.CreateAsync("lead", $$"""{"name":"L{{i}}","budget":{{i}}}""");
        }
        var changed = await Engine.Fields.UpdateAsync("lead", "total", Patch("""{"formula":"return record.budget * 10;"}"""), CancellationToken.None);
        Assert.True(changed.IsSuccess, EngineFixture.Describe(changed.Failure));
        var queued = await Engine.Get<FormulaJobs>().LatestAsync("lead", "total", CancellationToken.None);
        Assert.Equal(FormulaJobStatuses.Queued, queued.Value!.Status);

        await RunJobsAsync();

        var job = (await Engine.Get<FormulaJobs>().LatestAsync("lead", "total", CancellationToken.None)).Value!;
        Assert.Equal((FormulaJobStatuses.Completed, 3L, 3L, 0L), (job.Status, job.Total, job.Processed, job.Failed));
        var totals = (await Engine.ListAsync("lead", new RecordQuery { Sort = "budget" })).Items.Select(r => r["total"]).ToList();
        Assert.Equal([0m, 10m, 20m], totals);
    }

    [Fact]
    public async Task Formula_AddedToAnEntityWithRecords_IsFilledByTheJob()
    {
        await Engine.CreateAsync("lead", """{"name":"Ann","budget":3}""");
        await AddFormulaAsync("""{"slug":"double","type":"formula","resultType":"number","formula":"record.budget * 2"}""");
        await RunJobsAsync();
        Assert.Equal(6m, (await Engine.ListAsync("lead", new RecordQuery())).Items[0]["double"]);
    }

    [Fact]
    public async Task Formula_ThatFailsForSomeRecords_LeavesThemEmptyAndCountsThem_WhileReadingStillWorks()
    {
        await Engine.CreateAsync("lead", """{"name":"Ann","budget":3}""");
        await Engine.CreateAsync("lead", """{"name":"Bo"}""");
        await AddFormulaAsync("""{"slug":"ratio","type":"formula","resultType":"number","formula":"if (record.budget === null) throw new Error('no budget'); return record.budget / 2;"}""");
        await RunJobsAsync();
        var job = (await Engine.Get<FormulaJobs>().LatestAsync("lead", "ratio", CancellationToken.None)).Value!;
        Assert.Equal((2L, 1L), (job.Processed, job.Failed));
        Assert.Contains("no budget", job.Message);
        var rows = (await Engine.ListAsync("lead", new RecordQuery { Sort = "name" })).Items;
        Assert.Equal([1.5m, null], rows.Select(r => r["ratio"]).ToList());
    }

    [Fact]
    public async Task Formula_ThatThrows_RefusesTheWrite_NamingTheFormulaLineAndColumn()
    {
        await AddFormulaAsync("""{"slug":"ratio","type":"formula","resultType":"number","formula":"const b = record.budget;\nreturn b.toFixed(2) * 1;"}""");
        var result = await TryCreateAsync("""{"name":"Ann"}""");
        var failure = Assert.IsType<ScriptFailure>(result.Failure);
        Assert.Equal(("ratio", ScriptKinds.Formula, ScriptErrorKinds.Error, 2), (failure.Script, failure.ScriptKind, failure.Kind, failure.Line));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Formula_WithASyntaxError_IsRefusedWhenSaved()
    {
        var result = await Engine.Fields.AddAsync("lead", Json.Deserialize<FieldDefinition>("""{"slug":"f","type":"formula","resultType":"number","formula":"return 1 +;"}"""), CancellationToken.None);
        Assert.StartsWith("Line 1, column", Assert.IsType<ValidationFailure>(result.Failure).Errors["formula"][0]);
    }

    [Fact]
    public async Task Formula_ResultOfTheWrongType_RefusesTheWrite()
    {
        await AddFormulaAsync("""{"slug":"f","type":"formula","resultType":"number","formula":"return 'many';"}""");
        var failure = Assert.IsType<ScriptFailure>((await TryCreateAsync("""{"name":"Ann"}""")).Failure);
        Assert.Equal(ScriptErrorKinds.Result, failure.Kind);
    }

    [Fact]
    public async Task Formula_OfDates_IsFilteredLikeADateField()
    {
        await Engine.Fields.AddAsync("lead", Json.Deserialize<FieldDefinition>("""{"slug":"met","type":"date"}"""), CancellationToken.None);
        await AddFormulaAsync("""{"slug":"follow_up","type":"formula","resultType":"date","formula":"return workingDays.add(record.met, 3);"}""");
        await Engine.CreateAsync("lead", """{"name":"Soon","met":"2026-06-15"}""");
        await Engine.CreateAsync("lead", """{"name":"Later","met":"2026-07-15"}""");
        var page = await Engine.ListAsync("lead", new RecordQuery { Filter = EngineFixture.Parse("""{"field":"follow_up","op":"next_days","value":7}""") });
        Assert.Equal("Soon", Assert.Single(page.Items)["name"]);
    }

    [Fact]
    public async Task Formula_DateResult_CanUseTheWorkingCalendar()
    {
        await Engine.Fields.AddAsync("lead", Json.Deserialize<FieldDefinition>("""{"slug":"met","type":"date"}"""), CancellationToken.None);
        await AddFormulaAsync("""{"slug":"follow_up","type":"formula","resultType":"date","formula":"return workingDays.add(record.met, 2);"}""");
        var lead = await Engine.CreateAsync("lead", """{"name":"Ann","met":"2026-06-12"}""");
        Assert.Equal("2026-06-16", lead["follow_up"]);
    }
}
