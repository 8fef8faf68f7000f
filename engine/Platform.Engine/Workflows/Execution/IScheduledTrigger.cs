using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// A trigger that fires on time rather than on a stimulus (Elsa.Timer, Elsa.Cron, Elsa.StartAt, Platform.Schedule).
/// The runtime keeps one scheduled job per published trigger at its next occurrence and asks again after each fire.
/// </summary>
public interface IScheduledTrigger : ITriggerActivity
{
    /// <summary>The first occurrence strictly after <paramref name="after"/>, or null when the trigger fires no more.</summary>
    /// <param name="published">When the version was published: a Timer counts its intervals from there.</param>
    DateTimeOffset? NextOccurrence(JsonObject payload, DateTimeOffset published, DateTimeOffset after);
}
