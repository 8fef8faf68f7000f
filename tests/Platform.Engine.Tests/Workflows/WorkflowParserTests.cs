using System.Text.Json.Nodes;
using Platform.Engine.Workflows;

namespace Platform.Engine.Tests.Workflows;

public sealed class WorkflowParserTests
{
    public static TheoryData<string, int, int, string[]> Samples => new()
    {
        { "BasicWorkflows__hello-world.json", 1, 0, [] },
        { "ExplicitJoins__join-all-1.json", 5, 5, [] },
        { "ExplicitJoins__join-any-1.json", 5, 5, [] },
        { "FlowchartCompletion__workflow1.json", 3, 2, [] },
        { "FlowchartCompletion__workflow2.json", 9, 12, [] },
        { "FlowchartCompletion__workflow3.json", 11, 14, [] },
        { "HttpWorkflows__http-hello-world.json", 2, 1, [] },
        { "ImportAndExecute__implicit-loop.json", 6, 6, ["Counter"] },
        { "ImportAndExecute__writeline.json", 1, 0, [] },
        { "ImportAndPublish__bad-cron-expression.json", 2, 1, [] },
        { "ImportAndPublish__cron-every-hour.json", 2, 1, [] },
        { "ImportAndPublish__timer-workflow.json", 2, 1, [] },
        { "JoinBehaviors__decision-merge-join-none.json", 3, 3, [] },
        { "JoinBehaviors__fork-decision-join-waitall.json", 9, 10, ["myNumber"] },
        { "JoinBehaviors__parallel-join.json", 1, 0, [] },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Parse_ReadsActivitiesConnectionsAndVariables_OfEachElsaSample(string file, int activities, int connections, string[] variables)
    {
        var text = File.ReadAllText(RepoFiles.PathOf("tests", "fixtures", "elsa", file));

        var definition = WorkflowParser.Parse(text);

        Assert.Equal(JsonNode.Parse(text)!["definitionId"]!.GetValue<string>(), definition.DefinitionId);
        Assert.Equal(ActivityTypes.Flowchart, definition.Root.Type);
        Assert.Equal(activities, definition.Root.Activities.Count);
        Assert.Equal(connections, definition.Root.Connections.Count);
        Assert.Equal(variables, definition.Variables.Select(v => v.Name));
    }

    [Fact]
    public void Parse_ReadsTheSameConnections_FromAllThreeFormats()
    {
        string[] formats =
        [
            """[{"source":{"activity":"a","port":"Done"},"target":{"activity":"b","port":"In"},"vertices":[]},{"source":{"activity":"b"},"target":{"activity":"c"}}]""",
            """[{"source":"a","target":"b","sourcePort":"Done","targetPort":"In"},{"source":"b","target":"c"}]""",
            """{"$values":[{"source":"a","target":"b","sourcePort":"Done"},{"source":{"activity":"b","port":null},"target":{"activity":"c","port":"In"}}]}""",
        ];

        var parsed = formats.Select(connections => WorkflowParser.Parse(Flowchart(connections)).Root.Connections).ToList();

        WorkflowConnection[] expected = [new("a", "Done", "b"), new("b", null, "c")];
        Assert.All(parsed, connections => Assert.Equal(expected, connections));
    }

    [Fact]
    public void Parse_ReadsASingleConnectionObject_InPlaceOfAList()
    {
        var definition = WorkflowParser.Parse(Flowchart("""{"source":{"activity":"a","port":"Done"},"target":{"activity":"c","port":"In"}}"""));

        Assert.Equal([new WorkflowConnection("a", "Done", "c")], definition.Root.Connections);
    }

    [Fact]
    public void Parse_DropsConnections_WhoseEndsAreNotInTheFlowchart()
    {
        var definition = WorkflowParser.Parse(Flowchart("""[{"source":"a","target":"gone"},{"source":"missing","target":"b"},{"source":"a","target":"b"}]"""));

        Assert.Equal([new WorkflowConnection("a", null, "b")], definition.Root.Connections);
    }

    [Fact]
    public void Parse_KeepsAnUnknownActivityAsANotFoundNodeWithItsJson()
    {
        var definition = WorkflowParser.Parse("""
            {"definitionId":"w","root":{"id":"r","type":"Elsa.Flowchart","activities":[
              {"id":"x","type":"Acme.SendFax","version":3,"faxNumber":{"typeName":"String","expression":{"type":"Literal","value":"+86 10 1234"}},"colour":"blue"},
              {"id":"y","type":"Elsa.WriteLine"}],
             "connections":[{"source":"x","target":"y","sourcePort":"Sent"}]}}
            """);

        var fax = definition.Root.Activities[0];
        Assert.True(fax.IsNotFound);
        Assert.False(definition.Root.Activities[1].IsNotFound);
        Assert.Equal("blue", fax.Json["colour"]!.GetValue<string>());
        Assert.Equal(3, fax.Json["version"]!.GetValue<int>());
        Assert.Equal("+86 10 1234", fax.Input("faxNumber")!.Value!.GetValue<string>());
        Assert.Equal([new WorkflowConnection("x", "Sent", "y")], definition.Root.Connections);
    }

    [Fact]
    public void Input_ReadsWrappedExpressionsBareLiteralsAndNullObjects()
    {
        var definition = WorkflowParser.Parse("""
            {"definitionId":"w","root":{"id":"r","type":"Elsa.Flowchart","activities":[{"id":"a","type":"Elsa.WriteLine",
              "text":{"typeName":"String","expression":{"type":"JavaScript","value":"return 'hi';"}},
              "delay":"00:01:00",
              "noType":{"expression":{"type":"Literal","value":"ignored"}},
              "noExpressionType":{"typeName":"Int32","expression":{"value":5}}}]}}
            """);
        var activity = definition.Root.Activities[0];

        Assert.Equal(new ActivityInput("String", "JavaScript", activity.Json["text"]!["expression"]!["value"]), activity.Input("text"));
        Assert.Equal(("Literal", "00:01:00"), (activity.Input("delay")!.ExpressionType, activity.Input("delay")!.Value!.GetValue<string>()));
        Assert.Null(activity.Input("noType"));
        Assert.Null(activity.Input("missing"));
        Assert.Equal(("Int32", "Literal", 5), (activity.Input("noExpressionType")!.TypeName, activity.Input("noExpressionType")!.ExpressionType,
            activity.Input("noExpressionType")!.Value!.GetValue<int>()));
    }

    [Fact]
    public void Parse_ReadsInputsOutputsAndNestedActivities()
    {
        var definition = WorkflowParser.Parse("""
            {"definitionId":"w","name":"Nested","version":4,
             "inputs":[{"type":"String","name":"Customer","displayName":"Customer"}],
             "outputs":[{"type":"Int32","name":"Result"}],
             "variables":{"$values":[{"id":"v1","name":"Total","typeName":"Decimal","value":"0"}]},
             "root":{"id":"r","type":"Elsa.Flowchart","body":{"id":"inner","type":"Elsa.Flowchart","activities":[{"id":"w1","type":"Elsa.WriteLine"}]}}}
            """);

        Assert.Equal(("Nested", 4), (definition.Name, definition.Version));
        Assert.Equal([new WorkflowArgument("Customer", "String", "Customer")], definition.Inputs);
        Assert.Equal([new WorkflowArgument("Result", "Int32", null)], definition.Outputs);
        Assert.Equal([new WorkflowVariable("v1", "Total", "Decimal", "0")], definition.Variables);
        Assert.Equal(["r", "inner", "w1"], definition.Root.Descendants().Select(a => a.Id));
    }

    private static string Flowchart(string connections) => $$$"""
        {"definitionId":"w","root":{"id":"r","type":"Elsa.Flowchart",
         "activities":[{"id":"a","type":"Elsa.Start"},{"id":"b","type":"Elsa.WriteLine"},{"id":"c","type":"Elsa.End"}],
         "connections":{{{connections}}}}}
        """;
}
