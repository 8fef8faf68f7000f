using Platform.Engine.Common;
using Platform.Engine.Records;
using Platform.Engine.Records.Rules;
using Platform.Engine.Scripting;
using Platform.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Engine.Tests.Records.Rules;

public sealed class RuleTests : RuleTest
{
    private readonly List<RecordEvent> _events = [];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IRecordEventSink>(new Collector(_events));

    private const string Bant = """
        const parts = { budget: record.budget, need: record.need, decision: record.decision, urgency: record.urgency };
        const reasons = Object.entries(parts).map(([rule, points]) => ({ rule, points: points ?? 0 }));
        const score = reasons.reduce((sum, r) => sum + r.points, 0);
        return { score, grade: score >= 15 ? 'A' : score >= 8 ? 'B' : 'C', reasons };
        """;

    [Fact]
    public async Task ValidationRule_MessageIsKeyedByItsField()
    {
        await AddRuleAsync("lost_needs_reason", ScriptKinds.Validation,
            "if (record.status === 'lost' && !record.lost_reason) return 'Say why the lead was lost.'; return true;", field: "lost_reason");
        var refused = await TryCreateAsync("""{"name":"Ann","status":"lost"}""");
        Assert.Equal("Say why the lead was lost.", Assert.IsType<ValidationFailure>(refused.Failure).Errors["lost_reason"][0]);
        Assert.True((await TryCreateAsync("""{"name":"Ann","status":"lost","lost_reason":"price"}""")).IsSuccess);
    }

    [Fact]
    public async Task ValidationRule_ReturningFalse_GivesAGenericMessageOnTheRecord()
    {
        await AddRuleAsync("has_budget", ScriptKinds.Validation, "record.budget > 0");
        var refused = await TryCreateAsync("""{"name":"Ann"}""");
        Assert.Equal("The rule \"has_budget\" is not met.", Assert.IsType<ValidationFailure>(refused.Failure).Errors["record"][0]);
    }

    [Fact]
    public async Task ValidationRule_SeesThePreviousValuesOnUpdate()
    {
        await AddRuleAsync("no_reopen", ScriptKinds.Validation, "return !(previous && previous.status === 'lost' && record.status === 'open') || 'A lost lead stays lost.';", field: "status");
        var lead = await Engine.CreateAsync("lead", """{"name":"Ann","status":"lost"}""");
        var refused = await TryUpdateAsync((long)lead["id"]!, """{"status":"open"}""");
        Assert.Equal("A lost lead stays lost.", Assert.IsType<ValidationFailure>(refused.Failure).Errors["status"][0]);
    }

    [Fact]
    public async Task BeforeSaveHook_SetsFieldsOfTheRecordBeingSaved()
    {
        await AddRuleAsync("clean_phone", ScriptKinds.BeforeSave, "record.phone = (record.phone || '').replace(/[^0-9+]/g, '');");
        var lead = await Engine.CreateAsync("lead", """{"name":"Ann","phone":"138 0013-8000"}""");
        Assert.Equal("13800138000", lead["phone"]);
    }

    [Fact]
    public async Task BeforeSaveHook_SettingAValueTheFieldRefuses_RefusesTheWrite()
    {
        await AddRuleAsync("bad", ScriptKinds.BeforeSave, "record.status = 'maybe';");
        var failure = Assert.IsType<ScriptFailure>((await TryCreateAsync("""{"name":"Ann"}""")).Failure);
        Assert.Equal(("bad", ScriptKinds.BeforeSave, ScriptErrorKinds.Result), (failure.Script, failure.ScriptKind, failure.Kind));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task ScoreRule_IsStoredWithTheRecord_WithItsReasons_AndFillsScoreAndGrade()
    {
        await AddRuleAsync("bant", ScriptKinds.Score, Bant, field: "score", gradeField: "grade");
        var lead = await Engine.CreateAsync("lead", """{"name":"Ann","budget":5,"need":4,"decision":3,"urgency":4}""");
        Assert.Equal((16L, "A"), (lead["score"], lead["grade"]));
        var entity = (await Engine.Get<Platform.Engine.Entities.EntityCatalog>().FindAsync("lead", CancellationToken.None))!;
        var score = Assert.Single(await Engine.Get<RecordScripts>().ScoresAsync(entity, (long)lead["id"]!, CancellationToken.None));
        Assert.Equal(("bant", 16d, "A"), (score.Rule, score.Score, score.Grade));
        Assert.Equal("""[{"rule":"budget","points":5},{"rule":"need","points":4},{"rule":"decision","points":3},{"rule":"urgency","points":4}]""", score.Reasons.ToJsonString());
    }

    [Fact]
    public async Task ScoreRule_IsRecomputedOnUpdate()
    {
        await AddRuleAsync("bant", ScriptKinds.Score, Bant, field: "score", gradeField: "grade");
        var lead = await Engine.CreateAsync("lead", """{"name":"Ann","budget":1,"need":1,"decision":1,"urgency":1}""");
        var updated = await TryUpdateAsync((long)lead["id"]!, """{"budget":5,"need":5}""");
        Assert.Equal((12L, "B"), (updated.Value!["score"], updated.Value!["grade"]));
    }

    [Fact]
    public async Task ScoreRule_ReturningTheWrongShape_RefusesTheWrite()
    {
        await AddRuleAsync("bant", ScriptKinds.Score, "return 12;");
        Assert.Equal(ScriptErrorKinds.Result, Assert.IsType<ScriptFailure>((await TryCreateAsync("""{"name":"Ann"}""")).Failure).Kind);
    }

    [Fact]
    public async Task AfterSaveHook_EmitsEvents_RaisedInTheWrite()
    {
        await AddRuleAsync("hot", ScriptKinds.AfterSave, "if (record.budget >= 5) emit('hotLead', { id: record.id, budget: record.budget });");
        var lead = await Engine.CreateAsync("lead", """{"name":"Ann","budget":5}""");
        var emitted = Assert.Single(_events, e => e.Kind == RecordEventKinds.Emitted);
        Assert.Equal(("hotLead", $$"""{"id":{{lead["id"]}},"budget":5}"""), (emitted.Signal!.Name, emitted.Signal.Data!.ToJsonString()));
    }

    [Fact]
    public async Task AfterSaveHook_ThatFails_TakesTheWriteBack()
    {
        await AddRuleAsync("broken", ScriptKinds.AfterSave, "throw new Error('mail server down');");
        var failure = Assert.IsType<ScriptFailure>((await TryCreateAsync("""{"name":"Ann"}""")).Failure);
        Assert.Equal((ScriptKinds.AfterSave, "Error: mail server down"), (failure.ScriptKind, failure.Message));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Rule_ThatNeverEnds_IsStoppedAndRefusesTheWrite()
    {
        await AddRuleAsync("spin", ScriptKinds.Validation, "while (true) {}");
        var failure = Assert.IsType<ScriptFailure>((await TryCreateAsync("""{"name":"Ann"}""")).Failure);
        Assert.Contains(failure.Kind, new[] { ScriptErrorKinds.Statements, ScriptErrorKinds.Timeout });
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Rule_ReadsOtherRecordsOnlyThroughRelated()
    {
        await Engine.EntityAsync("""{"slug":"activity","label":{"en":"Activity"},"fields":[{"slug":"lead_name","type":"text"},{"slug":"channel","type":"text"}]}""");
        await Engine.CreateAsync("activity", """{"lead_name":"Ann","channel":"meeting"}""");
        await Engine.CreateAsync("activity", """{"lead_name":"Ann","channel":"call"}""");
        await Engine.CreateAsync("activity", """{"lead_name":"Bo","channel":"meeting"}""");
        await AddRuleAsync("met", ScriptKinds.Validation,
            "return related('activity', { lead_name: record.name, channel: 'meeting' }).length > 0 || 'Meet them first.';", field: "status");
        Assert.True((await TryCreateAsync("""{"name":"Ann"}""")).IsSuccess);
        Assert.False((await TryCreateAsync("""{"name":"Cy"}""")).IsSuccess);
    }

    [Fact]
    public async Task Rule_SeesTheActingUser_AsTheyAreNow()
    {
        await AddRuleAsync("east_only", ScriptKinds.Validation, "return user.region === 'east' || 'Only the east team takes leads: ' + user.region;");
        var identity = Engine.Get<Platform.Engine.Identity.IdentityService>();
        await identity.UpdateAsync(1, new Platform.Engine.Identity.UserInput { Email = "admin@example.com", Name = "Admin", Role = "admin", Region = "west" }, CancellationToken.None);
        Assert.Equal("Only the east team takes leads: west", Assert.IsType<ValidationFailure>((await TryCreateAsync("""{"name":"Ann"}""")).Failure).Errors["record"][0]);

        await identity.UpdateAsync(1, new Platform.Engine.Identity.UserInput { Email = "admin@example.com", Name = "Admin", Role = "admin", Region = "east" }, CancellationToken.None);

        Assert.True((await TryCreateAsync("""{"name":"Ann"}""")).IsSuccess);
    }

    [Fact]
    public async Task DisabledRule_DoesNotRun()
    {
        await AddRuleAsync("has_budget", ScriptKinds.Validation, "record.budget > 0");
        var rules = Engine.Get<RuleService>();
        var rule = (await rules.GetAsync("lead", "has_budget", CancellationToken.None)).Value!;
        await rules.ReplaceAsync("lead", "has_budget", rule with { Enabled = false }, CancellationToken.None);
        Assert.True((await TryCreateAsync("""{"name":"Ann"}""")).IsSuccess);
    }

    [Fact]
    public async Task Rule_WithASyntaxError_IsRefusedWithLineAndColumn()
    {
        var result = await RuleAsync("bad", ScriptKinds.Validation, "const a = 1;\nreturn a +* 2;");
        Assert.Equal("Line 2, column 11: Syntax error: Unexpected token '*'", Assert.IsType<ValidationFailure>(result.Failure).Errors["script"][0]);
    }

    [Fact]
    public async Task Rule_BoundToAFieldThatCannotHoldAScore_IsRefused()
    {
        var result = await RuleAsync("bant", ScriptKinds.Score, "return {score: 1};", field: "name");
        Assert.True(Assert.IsType<ValidationFailure>(result.Failure).Errors.ContainsKey("field"));
    }

    [Fact]
    public async Task Rule_FollowsARenameOfItsField()
    {
        await AddRuleAsync("lost_needs_reason", ScriptKinds.Validation, "return true;", field: "lost_reason");
        await Engine.Fields.UpdateAsync("lead", "lost_reason", System.Text.Json.Nodes.JsonNode.Parse("""{"slug":"why_lost"}""")!.AsObject(), CancellationToken.None);
        Assert.Equal("why_lost", (await Engine.Get<RuleService>().GetAsync("lead", "lost_needs_reason", CancellationToken.None)).Value!.Field);
    }

    private sealed class Collector(List<RecordEvent> events) : IRecordEventSink
    {
        public Task OnRecordEventAsync(WriteScope scope, RecordEvent recordEvent, CancellationToken ct)
        {
            events.Add(recordEvent);
            return Task.CompletedTask;
        }
    }
}
