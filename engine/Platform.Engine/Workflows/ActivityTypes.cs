namespace Platform.Engine.Workflows;

/// <summary>
/// The Elsa activity types this platform reads (the compatible subset of the Elsa format). Any other type
/// is kept as a "not found" node with its JSON, so a definition still loads and saves unchanged.
/// </summary>
public static class ActivityTypes
{
    public const string Flowchart = "Elsa.Flowchart";

    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Flowchart, "Elsa.Start", "Elsa.End", "Elsa.Finish", "Elsa.WriteLine", "Elsa.SetVariable", "Elsa.SetName",
        "Elsa.Correlate", "Elsa.Fault", "Elsa.FlowDecision", "Elsa.FlowSwitch", "Elsa.FlowFork", "Elsa.FlowJoin",
        "Elsa.RunJavaScript", "Elsa.Delay", "Elsa.Timer", "Elsa.Cron", "Elsa.StartAt", "Elsa.Event", "Elsa.PublishEvent",
        "Elsa.HttpEndpoint", "Elsa.WriteHttpResponse", "Elsa.FlowSendHttpRequest", "Elsa.SetOutput",
        // The platform's own activities: CRM triggers and actions.
        "Platform.RecordCreated", "Platform.RecordUpdated", "Platform.RecordDeleted", "Platform.StageChanged",
        "Platform.FormSubmitted", "Platform.DateReached", "Platform.Schedule",
        "Platform.CreateRecord", "Platform.UpdateRecord", "Platform.FindRecords", "Platform.AssignOwner",
        "Platform.CreateTask", "Platform.WaitForTask", "Platform.Notify", "Platform.SendEmail", "Platform.SendWebhook",
        "Platform.DelayWorkingTime", "Platform.RunScript",
    };
}
