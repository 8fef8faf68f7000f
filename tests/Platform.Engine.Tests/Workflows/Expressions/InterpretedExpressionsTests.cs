using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.Engine.Identity;
using Platform.Engine.Scripting;
using Platform.Engine.Tests.Scripting;
using Platform.Engine.Workflows;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Expressions;

namespace Platform.Engine.Tests.Workflows.Expressions;

/// <summary>JavaScript and Liquid expressions in workflows the interpreter runs, through its own expression scope.</summary>
public sealed class InterpretedExpressionsTests
{
    private static readonly WorkflowDefinition ScoredLead =
        WorkflowParser.Parse(File.ReadAllText(RepoFiles.PathOf("tests", "Platform.Engine.Tests", "Workflows", "Expressions", "scored-lead.json")));

    private static async Task<BurstResult> StartAsync(WorkflowDefinition definition, JsonObject input)
    {
        var services = new ServiceCollection()
            .AddWorkflowExecution()
            .AddWorkflowExpressions()
            .AddSingleton(Sandboxes.Create())
            .AddSingleton<LiquidTemplates>()
            .BuildServiceProvider();
        var environment = new WorkflowEnvironment("instance-1", definition.DefinitionId, "v1", 1, new FakeTimeProvider(), null, Actor.System);
        return await services.GetRequiredService<IWorkflowInterpreter>()
            .StartAsync(definition, new WorkflowState(), environment, null, input, CancellationToken.None);
    }

    private static List<string?> Lines(BurstResult burst) =>
        [.. burst.Journal.Where(e => e.ActivityType == "Elsa.WriteLine" && e.Event == JournalEvents.Completed).Select(e => e.Message)];

    [Fact]
    public async Task RunJavaScript_SetsVariablesByName_AndTakesTheOutcomeItChose_WhichALiquidTemplateReports()
    {
        var burst = await StartAsync(ScoredLead, new JsonObject { ["record"] = new JsonObject { ["name"] = "Wang Min", ["budget"] = 600000 } });

        Assert.Equal(WorkflowSubStatus.Finished, burst.State.SubStatus);
        Assert.Equal(["Hot lead Wang Min scored 15 (hot)"], Lines(burst));
        Assert.Equal("15", burst.State.Variables["v-score"]!.ToJsonString());
        Assert.Equal("""["hot"]""", burst.State.Variables["v-tags"]!.ToJsonString());
    }

    [Fact]
    public async Task AScriptThatFails_FaultsItsActivity_WithAnIncidentAtTheScriptsLine()
    {
        var burst = await StartAsync(ScoredLead, new JsonObject { ["record"] = new JsonObject { ["name"] = "Li Lei", ["budget"] = 1000 } });

        Assert.Equal(["Cold lead Li Lei: 50"], Lines(burst));
        var incident = Assert.Single(burst.State.Incidents);
        Assert.Equal("Check1", incident.ActivityId);
        Assert.StartsWith("TypeError", incident.Message);
        Assert.Equal(2, incident.Line);
        Assert.Equal(WorkflowSubStatus.Faulted, burst.State.SubStatus);
    }

    [Fact]
    public async Task AVariableOfTheWrongType_IsAnErrorTheScriptMayCatch()
    {
        var definition = WorkflowParser.Parse("""
            {
              "definitionId": "typed",
              "variables": [{ "id": "v-score", "name": "leadScore", "typeName": "Int32", "value": "0" }],
              "root": {
                "type": "Elsa.Flowchart", "id": "Flowchart1",
                "activities": [{
                  "id": "Line1", "type": "Elsa.WriteLine",
                  "text": { "typeName": "String", "expression": { "type": "JavaScript",
                    "value": "setLeadScore('3');\ntry {\n  setLeadScore('many');\n} catch (e) {\n  return 'refused, still ' + getLeadScore();\n}" } }
                }]
              }
            }
            """);

        var burst = await StartAsync(definition, []);

        Assert.Equal(["refused, still 3"], Lines(burst));
    }
}
