using Platform.Engine.Records;
using Platform.Engine.Scripting;
using Platform.Engine.Workflows.Activities.Messages;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// Renders the texts of Platform activities (a task's title, a notification's body) as Liquid over the model
/// e-mails use — <c>record</c>, <c>input</c>, <c>variables</c> by name, <c>workflow</c> — except that
/// <c>record</c> is the record the step is about as it is now, read inside the burst, so an owner set a step
/// earlier shows. An input written as a Liquid expression was rendered when it was evaluated, so it is not
/// rendered twice.
/// </summary>
internal sealed class ActivityTemplates(LiquidTemplates liquid)
{
    /// <summary>The inputs <paramref name="names"/>, evaluated and rendered; null for an empty one.</summary>
    public async ValueTask<IReadOnlyDictionary<string, string?>> RenderAsync(ActivityContext context, StepRecord record,
        string[] names, CancellationToken ct)
    {
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            texts[name] = await context.TextAsync(name, ct);
        }
        var current = record.Target is not null && context.Environment.Scope is { } scope
            && await record.ReadAsync(scope, ct) is { IsSuccess: true } read ? read.Value : null;
        var model = MessageTemplateModel.Build(context, texts.Values, current is null ? null : RecordPayload.ToJson(current));
        var rendered = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, text) in texts)
        {
            if (text is null || context.Activity.Input(name)?.ExpressionType == "Liquid")
            {
                rendered[name] = text;
                continue;
            }
            var result = liquid.Render(text, model, name);
            rendered[name] = result.IsSuccess ? result.Value : throw new ActivityFailedException(ActivityFailedException.Describe(result.Failure));
        }
        return rendered;
    }
}
