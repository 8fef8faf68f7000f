using Platform.Engine.Common;
using Platform.Engine.Records;
using Platform.Engine.Records.Formulas;
using Platform.Engine.Records.Rules;

namespace Platform.Engine.Tests.Records.Rules;

/// <summary>An engine with a lead entity for rule and formula tests, and short ways to add rules and run jobs.</summary>
public abstract class RuleTest : EngineTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync("""
            {"slug":"lead","label":{"en":"Lead"},"fields":[
              {"slug":"name","type":"text","required":true},
              {"slug":"budget","type":"number"},{"slug":"need","type":"number"},{"slug":"decision","type":"number"},{"slug":"urgency","type":"number"},
              {"slug":"status","type":"select","options":[{"value":"open"},{"value":"lost"}]},
              {"slug":"lost_reason","type":"text"},
              {"slug":"phone","type":"text"},
              {"slug":"score","type":"number"},
              {"slug":"grade","type":"select","options":[{"value":"A"},{"value":"B"},{"value":"C"}]}]}
            """);
    }

    protected Task<Result<EntityRule>> RuleAsync(string slug, string kind, string script, string? field = null, string? gradeField = null) =>
        Engine.Get<RuleService>().CreateAsync("lead", new EntityRule { Slug = slug, Kind = kind, Script = script, Field = field, GradeField = gradeField }, CancellationToken.None);

    protected async Task AddRuleAsync(string slug, string kind, string script, string? field = null, string? gradeField = null)
    {
        var result = await RuleAsync(slug, kind, script, field, gradeField);
        Assert.True(result.IsSuccess, EngineFixture.Describe(result.Failure));
    }

    protected Task<Result<Dictionary<string, object?>>> TryCreateAsync(string json) =>
        Engine.Records.CreateAsync("lead", EngineFixture.Parse(json), EngineFixture.Admin, CancellationToken.None);

    protected Task<Result<Dictionary<string, object?>>> TryUpdateAsync(long id, string json) =>
        Engine.Records.UpdateAsync("lead", id, EngineFixture.Parse(json), null, EngineFixture.Admin, CancellationToken.None);

    protected async Task<long> CountAsync() => (await Engine.ListAsync("lead", new RecordQuery { Count = true })).Total!.Value;

    protected Task RunJobsAsync() => Engine.Get<FormulaJobs>().RunPendingAsync(CancellationToken.None);
}
