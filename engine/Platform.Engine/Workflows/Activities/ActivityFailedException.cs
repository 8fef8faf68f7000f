using Platform.Engine.Common;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// A Platform activity that cannot do its work (a missing input, a record the platform refused). The
/// interpreter turns it into a fault and an incident whose message is <see cref="Exception.Message"/>, already
/// in the reader's language.
/// </summary>
public sealed class ActivityFailedException(string message) : Exception(message)
{
    /// <summary>A failure of a platform service, with every field error spelled out.</summary>
    public static ActivityFailedException From(string activityType, Failure failure) =>
        new(Texts.Get("activity.refused", activityType, Describe(failure)));

    public static string Describe(Failure failure) => failure switch
    {
        ValidationFailure v => string.Join("; ", v.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
        _ => failure.Detail,
    };
}
