using System.Data.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Records.Pipelines;

/// <summary>
/// Adds events kept outside this folder to a record's timeline (owner assignments, say), so the timeline can
/// show them without knowing the features that keep them.
/// </summary>
public interface ITimelineSource
{
    Task<IReadOnlyList<TimelineItem>> ItemsAsync(DbConnection connection, EntityDefinition entity, long id, CancellationToken ct);
}
