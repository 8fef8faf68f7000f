using System.Collections.Frozen;

namespace Platform.Engine.Workflows.Validation;

/// <summary>
/// The inputs without which an activity cannot run: the ones its handler reads as required (an empty value
/// faults the activity at run time). Publishing refuses a workflow that leaves one of them empty.
/// </summary>
public static class RequiredInputs
{
    private static readonly FrozenDictionary<string, string[]> ByType = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Elsa.Delay"] = ["timeSpan"],
        ["Elsa.Timer"] = ["interval"],
        ["Elsa.Cron"] = ["cronExpression"],
        ["Elsa.StartAt"] = ["dateTime"],
        ["Elsa.Event"] = ["eventName"],
        ["Elsa.PublishEvent"] = ["eventName"],
        ["Elsa.FlowDecision"] = ["condition"],
        ["Elsa.SetVariable"] = ["variable"],
        ["Elsa.RunJavaScript"] = ["script"],
        ["Elsa.HttpEndpoint"] = ["path"],
        ["Elsa.FlowSendHttpRequest"] = ["url"],
        ["Platform.RecordCreated"] = ["entity"],
        ["Platform.RecordUpdated"] = ["entity"],
        ["Platform.RecordDeleted"] = ["entity"],
        ["Platform.StageChanged"] = ["entity"],
        ["Platform.FormSubmitted"] = ["form"],
        ["Platform.DateReached"] = ["entity", "field"],
        ["Platform.Schedule"] = ["cron"],
        ["Platform.CreateRecord"] = ["entity"],
        ["Platform.FindRecords"] = ["entity"],
        ["Platform.CreateTask"] = ["title"],
        ["Platform.WaitForTask"] = ["taskId"],
        ["Platform.Notify"] = ["to", "title"],
        ["Platform.SendEmail"] = ["to", "subject"],
        ["Platform.SendWebhook"] = ["url"],
        ["Platform.DelayWorkingTime"] = ["duration"],
        ["Platform.RunScript"] = ["script"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyList<string> Of(string activityType) => ByType.GetValueOrDefault(activityType) ?? [];
}
