using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Identity;
using Platform.Engine.Records;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// Turns who an activity addresses into user ids: a user id, an e-mail address of a user, or <c>owner</c>,
/// the current owner of the record the step is about (read inside the burst, so an owner assigned earlier
/// in the same run is the one found).
/// </summary>
internal sealed class Recipients(UserStore users)
{
    public const string Owner = "owner";

    public async ValueTask<IReadOnlyList<long>> ResolveAsync(ActivityContext context, JsonNode? to, StepRecord target, string input,
        CancellationToken ct)
    {
        var ids = new List<long>();
        foreach (var entry in InputValues.List(to))
        {
            var id = await ResolveOneAsync(context, entry, target, input, ct);
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }
        return ids;
    }

    private async ValueTask<long> ResolveOneAsync(ActivityContext context, JsonNode entry, StepRecord target, string input,
        CancellationToken ct)
    {
        var text = InputValues.Text(entry)?.Trim() ?? throw ActivityInputs.Missing(input);
        if (text == Owner)
        {
            return await OwnerAsync(context, target, ct);
        }
        if (text.Contains('@'))
        {
            return (await users.FindByEmailAsync(text, ct))?.User.Id ?? throw new ActivityFailedException(Texts.Get("activity.recipient.email", text));
        }
        var id = InputValues.Id(entry, input)!.Value;
        return await users.FindAsync(context.Scope(), id, ct) is not null ? id : throw new ActivityFailedException(Texts.Get("user.notFound", id));
    }

    private static async ValueTask<long> OwnerAsync(ActivityContext context, StepRecord target, CancellationToken ct)
    {
        if (target.Target is not (string entity, long id))
        {
            throw new ActivityFailedException(Texts.Get("activity.recipient.noRecord"));
        }
        var record = await target.ReadAsync(context.Scope(), ct);
        if (!record.IsSuccess)
        {
            throw new ActivityFailedException(record.Failure.Detail);
        }
        return InputValues.Id(RecordPayload.ToJson(record.Value.GetValueOrDefault(SystemFields.OwnerId)), SystemFields.OwnerId)
            ?? throw new ActivityFailedException(Texts.Get("activity.recipient.noOwner", entity, id));
    }
}
