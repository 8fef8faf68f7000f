using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// <c>Platform.FormSubmitted {form}</c>: someone sent the published form with that slug (signed in or on
/// the public page). The record payload also carries <c>form: {slug, version, receipt}</c>.
/// </summary>
internal sealed class FormSubmittedActivity : RecordTrigger
{
    public const string Name = "Platform.FormSubmitted";
    public const string Form = "form";

    public override string Type => Name;

    public override async ValueTask<IReadOnlyList<TriggerPayload>> IndexAsync(WorkflowActivity activity, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct) =>
        One(new JsonObject { [Form] = InputValues.Text(await input(Form)) ?? throw ActivityInputs.Missing(Form) });
}
