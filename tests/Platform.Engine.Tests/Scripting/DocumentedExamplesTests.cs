using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Records.Rules;
using Platform.Engine.Scripting;

namespace Platform.Engine.Tests.Scripting;

/// <summary>
/// docs/scripting.md cannot drift from the engine: every worked example is run through the script test
/// with the request the page shows, on the engine the page states (its lead entity; an admin on Monday
/// 15 June 2026, 17:00 Beijing time; the China 2026 preset in the calendar), and must answer the
/// response the page shows. The rules, saved as the page says, must then do what it says to a real write.
/// </summary>
public sealed class DocumentedExamplesTests(DocumentedExamplesTests.LeadEngine lead) : IClassFixture<DocumentedExamplesTests.LeadEngine>
{
    private static readonly JsonSerializerOptions Wire = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> CaseNames() => [.. DocumentedExamples.Cases().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Example_AnswersWhatTheDocsShow(string name)
    {
        var example = DocumentedExamples.Cases().Single(c => c.Name == name);
        var test = example.Request.Deserialize<ScriptTest>(Wire)! with { Script = example.Script };

        var result = await lead.Engine.Get<ScriptTestService>().RunAsync(test, EngineFixture.Admin, CancellationToken.None);

        Assert.True(result.IsSuccess, EngineFixture.Describe(result.Failure));
        AssertStated(name, example.Response, JsonSerializer.SerializeToNode(result.Value, Wire)!.AsObject());
    }

    [Fact]
    public async Task DocumentedRules_TidyFollowUpScoreAndCompute_ANewLead()
    {
        var engine = await lead.WithRulesAsync();

        var created = await engine.CreateAsync("lead", DocumentedExamples.Json("lead.create").ToJsonString());

        AssertStated("lead.created", DocumentedExamples.Json("lead.created").AsObject(), JsonSerializer.SerializeToNode(created, Wire)!.AsObject());
        var entity = (await engine.Entities.GetAsync("lead", CancellationToken.None)).Value!;
        var scores = await engine.Get<RecordScripts>().ScoresAsync(entity,
            (long)created["id"]!, CancellationToken.None);
        var stated = DocumentedExamples.Json("lead.scores").AsArray();
        var actual = JsonSerializer.SerializeToNode(scores, Wire)!.AsArray();
        Assert.Equal(stated.Count, actual.Count);
        for (var i = 0; i < stated.Count; i++)
        {
            AssertStated($"lead.scores[{i}]", stated[i]!.AsObject(), actual[i]!.AsObject());
        }
    }

    [Fact]
    public async Task DocumentedRules_RefuseALostLeadWithoutAReason()
    {
        var engine = await lead.WithRulesAsync();

        var refused = await engine.Records.CreateAsync("lead", EngineFixture.Parse(DocumentedExamples.Json("lead.lost").ToJsonString()),
            EngineFixture.Admin, CancellationToken.None);

        var errors = Assert.IsType<ValidationFailure>(refused.Failure).Errors;
        var stated = DocumentedExamples.Json("lead.refused")["errors"]!.AsObject();
        Assert.Equal(stated.Select(e => e.Key).Order(), errors.Keys.Order());
        Assert.All(stated, e => Assert.Equal(e.Value!.AsArray().Select(m => m!.GetValue<string>()), errors[e.Key]));
    }

    [Fact]
    public async Task DocumentedFailure_RefusesTheWriteWithTheProblemShown()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.EntityAsync(DocumentedExamples.Json("lead.entity").ToJsonString());
        var field = new FieldDefinition { Slug = "initials", Type = FieldTypeNames.Formula, ResultType = "text", Formula = DocumentedExamples.Scripts()["broken"] };
        Assert.True((await engine.Fields.AddAsync("lead", field, CancellationToken.None)).IsSuccess);

        var refused = await engine.Records.CreateAsync("lead", EngineFixture.Parse("""{"status":"new"}"""), EngineFixture.Admin, CancellationToken.None);

        var failure = Assert.IsType<ScriptFailure>(refused.Failure);
        var problem = DocumentedExamples.Json("broken.problem").AsObject();
        Assert.Equal(
            (422, "https://platform.local/problems/script", Texts.Get("script.failedTitle"), failure.Detail, failure.Script, failure.ScriptKind, failure.Kind, failure.Message, failure.Line, failure.Column),
            (problem["status"]!.GetValue<int>(), problem["type"]!.GetValue<string>(), problem["title"]!.GetValue<string>(), problem["detail"]!.GetValue<string>(),
                problem["script"]!.GetValue<string>(), problem["scriptKind"]!.GetValue<string>(), problem["kind"]!.GetValue<string>(),
                problem["message"]!.GetValue<string>(), problem["line"]!.GetValue<int>(), problem["column"]!.GetValue<int>()));
        Assert.Equal(0, (await engine.ListAsync("lead", new Platform.Engine.Records.RecordQuery { Count = true })).Total);
    }

    [Fact]
    public void DocumentedFormula_IsTheFormulaOfTheDocumentedField()
    {
        var field = DocumentedExamples.Json("lead.entity")["fields"]!.AsArray().Single(f => f!["slug"]!.GetValue<string>() == "weighted_amount")!;
        Assert.Equal(DocumentedExamples.Scripts()["weighted_amount"], field["formula"]!.GetValue<string>());
    }

    [Fact]
    public void EveryScriptOfTheDocs_HasAnExampleRun()
    {
        var tried = DocumentedExamples.Cases().Select(c => c.Name.Split('/')[0]).ToHashSet();
        Assert.Equal([], DocumentedExamples.Scripts().Keys.Except(tried));
        string[] required = ["bant", "lost_reason", "weighted_amount", "normalise_phone", "follow_up", "announce_win"];
        Assert.Equal([], required.Except(tried));
    }

    /// <summary>Each member the docs state has the value they state; members they leave out (durations, ids) are not compared.</summary>
    private static void AssertStated(string name, JsonObject stated, JsonObject actual)
    {
        foreach (var (member, expected) in stated)
        {
            Assert.True(actual.ContainsKey(member), $"{name}: the answer has no '{member}': {actual.ToJsonString()}");
            Assert.True(JsonNode.DeepEquals(expected, actual[member]),
                $"{name}: {member} is {actual[member]?.ToJsonString() ?? "null"}, the docs say {expected?.ToJsonString() ?? "null"}");
        }
    }

    /// <summary>The docs' lead entity and calendar on a fresh engine; the docs' rules are saved on first request.</summary>
    public sealed class LeadEngine : IAsyncLifetime
    {
        private bool _rules;

        public EngineFixture Engine { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Engine = await EngineFixture.CreateAsync();
            await Engine.EntityAsync(DocumentedExamples.Json("lead.entity").ToJsonString());
            var preset = CalendarPresets.All.Single(p => p.Id == "cn-2026");
            var saved = await Engine.Get<WorkingCalendarService>().SaveAsync(
                new WorkingCalendarSettings { Holidays = [.. preset.Holidays], WorkingDays = [.. preset.WorkingDays] }, CancellationToken.None);
            Assert.True(saved.IsSuccess, EngineFixture.Describe(saved.Failure));
        }

        public async Task<EngineFixture> WithRulesAsync()
        {
            if (!_rules)
            {
                _rules = true;
                var scripts = DocumentedExamples.Scripts();
                foreach (var body in DocumentedExamples.Json("lead.rules").AsArray())
                {
                    var rule = body.Deserialize<EntityRule>(Wire)!;
                    var created = await Engine.Get<RuleService>().CreateAsync("lead", rule with { Script = scripts[rule.Slug] }, CancellationToken.None);
                    Assert.True(created.IsSuccess, EngineFixture.Describe(created.Failure));
                }
            }
            return Engine;
        }

        public async Task DisposeAsync() => await Engine.DisposeAsync();
    }
}
