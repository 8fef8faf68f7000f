using System.Data.Common;
using Platform.Engine.Entities;
using Platform.Engine.Records.Pipelines;

namespace Platform.Engine.Workflows.Assignment;

/// <summary>Puts a record's owner assignments, with their reasons, on its timeline.</summary>
public sealed class AssignmentTimeline(AssignmentStore store) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineItem>> ItemsAsync(DbConnection connection, EntityDefinition entity, long id, CancellationToken ct) =>
        [.. (await store.ForRecordAsync(connection, entity.Slug, id, ct)).Select(a => new TimelineItem("assignment", a.At, a.ByUserId, a.ByUserName)
        {
            Assignment = new TimelineAssignment(a.UserId, a.UserName, a.Strategy, a.ByDefault, a.Reason),
        })];
}
