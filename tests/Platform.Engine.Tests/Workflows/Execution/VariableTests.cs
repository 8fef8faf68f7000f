using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Expressions;
using static Platform.Engine.Tests.Workflows.Execution.ElsaJson;

namespace Platform.Engine.Tests.Workflows.Execution;

public sealed class VariableTests
{
    private static JsonObject Note => Variable("v-note", "Note", "String", "none");

    [Fact]
    public async Task DeclaredVariables_StartWithTheirDefaults_ReadByType()
    {
        JsonArray variables =
        [
            Variable("v-int", "Count", "Int32", "5"), Variable("v-bool", "Flag", "Boolean", "true"), Variable("v-dec", "Rate", "Decimal", "1.5"),
            Variable("v-obj", "Data", "Object", "{\"a\":1}"), Variable("v-text", "Text", "String", "42"), Variable("v-none", "Empty", "String", null),
            new JsonObject { ["name"] = "NoId", ["typeName"] = "Int64", ["value"] = "7" },
        ];
        var run = new WorkflowRun(Workflow([Event("wait", "go")], [], variables));

        await run.StartAsync();

        var values = run.State.Variables;
        Assert.Equal(5, values["v-int"]!.GetValue<long>());
        Assert.True(values["v-bool"]!.GetValue<bool>());
        Assert.Equal(1.5m, values["v-dec"]!.GetValue<decimal>());
        Assert.Equal(1, values["v-obj"]!["a"]!.GetValue<int>());
        Assert.Equal("42", values["v-text"]!.GetValue<string>());
        Assert.Null(values["v-none"]);
        Assert.Equal(7, values["NoId"]!.GetValue<long>());
    }

    [Fact]
    public async Task Variables_SurviveSuspendAndResume()
    {
        var count = Variable("v-count", "Count", "Int32", "0");
        var run = new WorkflowRun(Workflow(
            [Start(), SetVariable("setNote", Note, Literal("kept across the wait")), SetVariable("setCount", count, Script("2.0 * 21")),
             Event("wait", "go"), Node("show", "Elsa.WriteLine", ("text", ReadVariable(Note, "String")))],
            [Connect("start", "setNote"), Connect("setNote", "setCount"), Connect("setCount", "wait"), Connect("wait", "show")],
            [Note, count]), new Dictionary<string, Func<IExpressionScope, JsonNode?>> { ["2.0 * 21"] = _ => 42.0 });

        await run.StartAsync();
        Assert.Equal(WorkflowSubStatus.Suspended, run.Status);
        await run.ResumeAtAsync("wait");

        Assert.Equal(["kept across the wait"], run.Lines);
        Assert.Equal("42", run.State.Variables["v-count"]!.ToJsonString());
    }

    [Fact]
    public async Task OutputBinding_StoresAnEventsPayload_InAVariable_OrAWorkflowOutput()
    {
        var payloadVariable = Variable("v-payload", "Payload", "Object", null);
        var waitForLead = Event("wait", "lead.contacted");
        waitForLead["result"] = new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "v-payload" } };
        var waitAgain = Event("again", "lead.closed");
        waitAgain["result"] = new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "Result" } };
        var run = new WorkflowRun(Workflow([Start(), waitForLead, waitAgain], [Connect("start", "wait"), Connect("wait", "again")], [payloadVariable]));

        await run.StartAsync();
        await run.ResumeAtAsync("wait", new JsonObject { ["__EventPayloadWorkflowInput"] = new JsonObject { ["leadId"] = 42 } });
        await run.ResumeAtAsync("again", new JsonObject { ["won"] = true });

        Assert.Equal("""{"leadId":42}""", run.State.Variables["v-payload"]!.ToJsonString());
        Assert.Equal("""{"won":true}""", run.State.Output["Result"]!.ToJsonString());
    }

    [Fact]
    public async Task SetVariable_Faults_WhenTheVariableIsNotDeclared()
    {
        var run = new WorkflowRun(Workflow([SetVariable("set", Variable("missing", "Missing", "String", null), Literal("x"))], []));

        await run.StartAsync();

        Assert.Equal("Variable \"missing\" was not found.", Assert.Single(run.State.Incidents).Message);
    }

    [Fact]
    public async Task FlowchartVariables_AreDeclaredToo()
    {
        var root = Flowchart("root", [SetVariable("set", Variable("local", "Local", "Int32", "1"), Literal(2))], []);
        root["variables"] = new JsonArray(Variable("local", "Local", "Int32", "1"));
        var run = new WorkflowRun(Platform.Engine.Workflows.WorkflowParser.Parse(Document(root)));

        await run.StartAsync();

        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Equal(2, run.State.Variables["local"]!.GetValue<long>());
    }

    [Fact]
    public async Task Outputs_AreReadableInTheSameBurstOnly()
    {
        var run = new WorkflowRun(Workflow(
            [Event("lead", "lead.created"), Node("now", "Elsa.WriteLine", ("text", Script("getLastResult()", "String"))),
             Delay("later", "00:05:00"), Node("afterWait", "Elsa.WriteLine", ("text", Script("getLastResult()", "String")))],
            [Connect("lead", "now"), Connect("now", "later"), Connect("later", "afterWait")]),
            new Dictionary<string, Func<IExpressionScope, JsonNode?>> { ["getLastResult()"] = scope => scope.LastResult ?? "(nothing)" });

        await run.StartAsync("lead", new JsonObject { ["__EventPayloadWorkflowInput"] = "lead 42" });
        run.Clock.Advance(TimeSpan.FromMinutes(5));
        await run.ResumeAtAsync("later");

        Assert.Equal(["lead 42", "(nothing)"], run.Lines);
    }
}
