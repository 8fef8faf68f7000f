using System.Text.Json.Nodes;
using Platform.Engine.Tests.Scripting;
using Platform.Engine.Workflows.Expressions;

namespace Platform.Engine.Tests.Workflows.Expressions;

public sealed class JavaScriptExpressionHandlerTests
{
    private static readonly JavaScriptExpressionHandler Handler = new(Sandboxes.Create());

    private static async Task<JsonNode?> RunAsync(string script, TestScope scope, JavaScriptExpressionHandler? handler = null, CancellationToken ct = default) =>
        await (handler ?? Handler).EvaluateAsync(JsonValue.Create(script), scope, ct);

    private static string Json(JsonNode? node) => node?.ToJsonString() ?? "null";

    private static string Var(TestScope scope, string id) => Json(scope.Workflow.Variables[id]);

    [Fact]
    public async Task Evaluate_ReturnsTheValueOfABareExpression()
    {
        Assert.Equal("1", Json(await RunAsync("getCounter() + 1", TestScope.Lead())));
    }

    [Fact]
    public async Task Evaluate_ReturnsTheValueOfATopLevelReturn()
    {
        Assert.Equal("24", Json(await RunAsync("const twice = 2;\nreturn twice * getLeadScore();", TestScope.Lead())));
    }

    [Fact]
    public async Task Evaluate_ReturnsNull_WhenTheScriptIsEmpty()
    {
        Assert.Null(await RunAsync("  ", TestScope.Lead()));
    }

    [Fact]
    public async Task Evaluate_ThrowsWithTheLineAndColumnOfTheSource_WhenAScriptWithATopLevelReturnFails()
    {
        var error = await Assert.ThrowsAsync<ExpressionException>(() => RunAsync("const lead = getRecord();\nif (lead) {\n  return lead.owner.name;\n}", TestScope.Lead()));

        Assert.StartsWith("TypeError", error.Message);
        Assert.Equal(3, error.Line);
        Assert.Equal(21, error.Column);
    }

    [Fact]
    public async Task Evaluate_ThrowsWithTheLineAndColumn_WhenTheScriptDoesNotParse()
    {
        var error = await Assert.ThrowsAsync<ExpressionException>(() => RunAsync("const a = 1;\nreturn a +;", TestScope.Lead()));

        Assert.Equal(2, error.Line);
        Assert.Equal(11, error.Column);
    }

    [Fact]
    public async Task Evaluate_ReadsTheWorkflowsIdentity()
    {
        var result = await RunAsync(
            "[getWorkflowDefinitionId(), getWorkflowDefinitionVersionId(), getWorkflowDefinitionVersion(), getWorkflowInstanceId(), getCorrelationId(), getWorkflowInstanceName()]",
            TestScope.Lead());

        Assert.Equal("""["lead-intake","lead-intake-v1",3,"instance-1","lead:42",null]""", Json(result));
    }

    [Fact]
    public async Task Evaluate_ChangesTheCorrelationIdAndTheInstanceName()
    {
        var scope = TestScope.Lead();

        var result = await RunAsync("setCorrelationId('lead:43');\nsetWorkflowInstanceName('Intake of Acme');\nreturn getCorrelationId();", scope);

        Assert.Equal("\"lead:43\"", Json(result));
        Assert.Equal("lead:43", scope.Workflow.CorrelationId);
        Assert.Equal("Intake of Acme", scope.Workflow.Name);
    }

    [Fact]
    public async Task Evaluate_GetsAndSetsVariablesByNameAndById()
    {
        var scope = TestScope.Lead();

        var result = await RunAsync("setVariable('Counter', getVariable('leadScore') + 1);\nsetVariable('v-score', 30);\nreturn [getVariable('Counter'), getVariable('v-score')];", scope);

        Assert.Equal("[13,30]", Json(result));
        Assert.Equal("13", Var(scope, "v-counter"));
        Assert.Equal("30", Var(scope, "v-score"));
    }

    [Fact]
    public async Task Evaluate_OffersAGetterAndASetterPerVariable_InPascalCase()
    {
        var scope = TestScope.Lead();

        var result = await RunAsync("setCounter(getCounter() + 1);\nsetOwnerName('Han Mei');\nreturn [getCounter(), getLeadScore(), getOwnerName(), getTags(), getLeadLabel()];", scope);

        Assert.Equal("""[1,12,"Han Mei",["vip"],"hot"]""", Json(result));
        Assert.Equal("\"Han Mei\"", Var(scope, "v-owner"));
    }

    [Fact]
    public async Task Evaluate_CopiesTheVariablesObjectBack_OnlyWhatTheScriptChanged()
    {
        var scope = TestScope.Lead();

        await RunAsync("variables.Counter = variables.Counter + 5;\nvariables.tags.push('hot');\nvariables['lead label'] = variables.leadScore > 10 ? 'warm' : 'cold';", scope);

        Assert.Equal("5", Var(scope, "v-counter"));
        Assert.Equal("""["vip","hot"]""", Var(scope, "v-tags"));
        Assert.Equal("\"warm\"", Var(scope, "v-label"));
        Assert.Equal(["Counter", "tags", "lead label"], scope.Writes);
    }

    [Fact]
    public async Task Evaluate_KeepsWhatASetterWrote_WhenTheVariablesObjectWasReadBefore()
    {
        var scope = TestScope.Lead();

        var result = await RunAsync("const before = variables.Counter;\nsetCounter(7);\nreturn before;", scope);

        Assert.Equal("0", Json(result));
        Assert.Equal("7", Var(scope, "v-counter"));
    }

    [Fact]
    public async Task Evaluate_ExposesEachVariableByItsBareName_AndCopiesBackWhatTheScriptAssigned()
    {
        var scope = TestScope.Lead();

        var result = await RunAsync("Counter = Counter + 1;\ntags.push('new');\nreturn leadScore * 2;", scope);

        Assert.Equal("24", Json(result));
        Assert.Equal("1", Var(scope, "v-counter"));
        Assert.Equal("""["vip","new"]""", Var(scope, "v-tags"));
        Assert.Equal(["Counter", "tags"], scope.Writes);
    }

    [Fact]
    public async Task Evaluate_ReadsOnlyTheVariablesTheScriptNames()
    {
        var scope = TestScope.Lead();

        await RunAsync("getCounter() + variables.leadScore + variables['lead label'].length", scope);

        Assert.Equal(new[] { "Counter", "leadScore", "lead label" }.Order(), scope.Reads.Order());
    }

    [Fact]
    public async Task Evaluate_LeavesTheVariableAlone_WhenTheScriptDeclaresALocalOfTheSameName()
    {
        var scope = TestScope.Lead();

        var result = await RunAsync("let Counter = 10;\nreturn Counter;", scope);

        Assert.Equal("10", Json(result));
        Assert.Equal("0", Var(scope, "v-counter"));
        Assert.Empty(scope.Writes);
    }

    [Fact]
    public async Task Evaluate_NeverHidesAJavaScriptBuiltIn_ButDoesHideThePlatformsRecord()
    {
        var result = await RunAsync("[Math.max(1, 2), getMath(), variables.Math, record.name]", TestScope.Lead());

        Assert.Equal("""[2,"not the built-in","not the built-in","Acme"]""", Json(result));
    }

    [Fact]
    public async Task Evaluate_FailsWithAResultError_WhenAVariableIsLeftHoldingAFunction()
    {
        var scope = TestScope.Lead();

        var error = await Assert.ThrowsAsync<ExpressionException>(() => RunAsync("Counter = () => 1;", scope));

        Assert.Contains("function", error.Message);
        Assert.Equal("0", Var(scope, "v-counter"));
    }

    [Fact]
    public async Task Evaluate_ReadsTheWorkflowInput_DeclaredOrNot()
    {
        var scope = TestScope.Lead(new JsonObject { ["Region"] = "East", ["budget"] = 50000, ["recordId"] = 42 });

        var result = await RunAsync("[getInput('Region'), getRegion(), getBudget(), getbudget(), getRecordId(), getInput('missing')]", scope);

        Assert.Equal("""["East","East",50000,50000,42,null]""", Json(result));
    }

    [Fact]
    public async Task Evaluate_ReadsTheOutputsRecordedInThisBurst()
    {
        var scope = TestScope.Lead();
        scope.Record("Score1", "Score", "Result", 50);
        scope.Record("Assign1", "assign_owner", "result", new JsonObject { ["userId"] = 7 });

        var result = await RunAsync(
            "[getOutputFrom('Score1'), getOutputFrom('Score', 'Result'), getResultFromScore(), getOutputFrom('assign_owner', 'result').userId, getresultFromAssignOwner().userId, getResultFromAssignOwner().userId, getLastResult()]",
            scope);

        Assert.Equal("[50,50,50,7,7,7,50]", Json(result));
    }

    [Fact]
    public async Task Evaluate_SetsTheOutcomes_InsideRunJavaScript()
    {
        var scope = TestScope.Lead(runJavaScript: true);

        await RunAsync("setOutcome('Cold');\nif (getLeadScore() > 10) setOutcomes(['Hot', 'Notify', 'Hot']);", scope);

        Assert.Equal(["Hot", "Notify"], scope.Outcomes);
    }

    [Fact]
    public async Task Evaluate_HasNoOutcomeFunctions_OutsideRunJavaScript()
    {
        Assert.Equal("\"undefined\"", Json(await RunAsync("typeof setOutcome + typeof setOutcomes === 'undefinedundefined' ? 'undefined' : 'defined'", TestScope.Lead())));
    }

    [Fact]
    public async Task Evaluate_RefusesOutcomesThatAreNotTexts()
    {
        var error = await Assert.ThrowsAsync<ExpressionException>(() => RunAsync("setOutcomes('Hot');", TestScope.Lead(runJavaScript: true)));

        Assert.Contains("setOutcomes(names)", error.Message);
    }

    [Fact]
    public async Task Evaluate_OffersElsasCommonFunctions()
    {
        var result = await RunAsync("""
            [isNullOrWhiteSpace(' '), isNullOrWhiteSpace(null), isNullOrWhiteSpace('a'), isNullOrEmpty(''), isNullOrEmpty(' '),
             toJson({ name: '线索', tags: ['vip'] }), parseGuid('0F8FAD5B-D9CB-469F-A165-70867728950E'),
             stringToBase64('你好'), stringFromBase64('5L2g5aW9')]
            """, TestScope.Lead());

        Assert.Equal("""[true,true,false,true,false,"{\"name\":\"线索\",\"tags\":[\"vip\"]}","0f8fad5b-d9cb-469f-a165-70867728950e","5L2g5aW9","你好"]""",
            result!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task Evaluate_MakesNewGuids()
    {
        var result = (await RunAsync("[newGuid(), newGuidString(), newShortGuid()]", TestScope.Lead()))!.AsArray();

        Assert.True(Guid.TryParse(result[0]!.GetValue<string>(), out _));
        Assert.NotEqual(result[0]!.GetValue<string>(), result[1]!.GetValue<string>());
        // Base64 of the GUID's 16 bytes without '/', '+' and '=': at most 22 letters and digits.
        Assert.Matches("^[A-Za-z0-9]{1,22}$", result[2]!.GetValue<string>());
    }

    [Fact]
    public async Task Evaluate_LetsTheScriptCatchAFunctionsRefusal()
    {
        var result = await RunAsync("try {\n  parseGuid('not a guid');\n} catch (e) {\n  return e.message;\n}", TestScope.Lead());

        Assert.Equal("\"parseGuid(text): \\u0022not a guid\\u0022 is not a GUID\"", Json(result));
    }

    [Fact]
    public async Task Evaluate_ThrowsWithTheLineOfTheCall_WhenAFunctionRefusesAndTheScriptDoesNotCatch()
    {
        var error = await Assert.ThrowsAsync<ExpressionException>(() => RunAsync("const score = 'many';\nsetLeadScore(score);", TestScope.Lead()));

        Assert.Contains("\"many\" is not a valid Int32", error.Message);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public async Task Evaluate_LetsTheScriptCatchAVariablesRefusal()
    {
        var scope = TestScope.Lead();

        var result = await RunAsync("try {\n  setVariable('leadScore', 'many');\n} catch (e) {\n  return 'refused';\n}", scope);

        Assert.Equal("\"refused\"", Json(result));
        Assert.Equal("12", Var(scope, "v-score"));
    }

    [Fact]
    public async Task Evaluate_StopsAtTheSandboxsTimeLimit()
    {
        var patient = new JavaScriptExpressionHandler(Sandboxes.Create(o => { o.MaxStatements = 100_000_000; o.TimeoutMilliseconds = 50; }));

        var error = await Assert.ThrowsAsync<ExpressionException>(() => RunAsync("while (getCounter() < 1) {}", TestScope.Lead(), patient));

        Assert.Equal(1, error.Line);
        Assert.Contains("50", error.Message);
    }

    [Fact]
    public async Task Evaluate_StopsAtTheSandboxsStatementLimit()
    {
        var counted = new JavaScriptExpressionHandler(Sandboxes.Create(o => { o.MaxStatements = 1_000; o.TimeoutMilliseconds = 30_000; }));

        var error = await Assert.ThrowsAsync<ExpressionException>(() => RunAsync("let i = 0;\nwhile (true) { i++; }", TestScope.Lead(), counted));

        Assert.Equal(2, error.Line);
        Assert.Contains("1000", error.Message.Replace(",", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Evaluate_StopsAtTheSandboxsRecursionLimit()
    {
        var error = await Assert.ThrowsAsync<ExpressionException>(() => RunAsync("function f(n) {\n  return f(n + 1);\n}\nreturn f(getCounter());", TestScope.Lead()));

        Assert.Equal(2, error.Line);
    }

    [Fact]
    public async Task Evaluate_IsCancelled_WhenTheBurstIsCancelled()
    {
        var patient = new JavaScriptExpressionHandler(Sandboxes.Create(o => { o.MaxStatements = 100_000_000; o.TimeoutMilliseconds = 60_000; }));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync("while (true) {}", TestScope.Lead(), patient, cancel.Token));
    }

    [Fact]
    public async Task Evaluate_CannotCompileText_ThroughAWorkflowFunction()
    {
        var error = await Assert.ThrowsAsync<ExpressionException>(() => RunAsync("getVariable.constructor('return 1')()", TestScope.Lead()));

        Assert.Contains("String compilation", error.Message);
    }
}
