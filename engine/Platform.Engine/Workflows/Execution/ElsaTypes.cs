namespace Platform.Engine.Workflows.Execution;

/// <summary>The Elsa activity types the interpreter itself treats specially (containers, terminals, joins, scripts).</summary>
internal static class ElsaTypes
{
    public const string Flowchart = ActivityTypes.Flowchart;
    public const string Start = "Elsa.Start";
    public const string End = "Elsa.End";
    public const string Finish = "Elsa.Finish";
    public const string FlowJoin = "Elsa.FlowJoin";
    public const string RunJavaScript = "Elsa.RunJavaScript";
}
