namespace Platform.Engine.Workflows.DryRun;

/// <summary>
/// Totals over a dry run's records: how they ended, how many reached each activity (e.g. how many would
/// escalate), who would be given how many as owner, and how many tasks, notifications and messages there would be.
/// </summary>
public sealed record DryRunTotals(
    int Records,
    int Finished,
    int Waiting,
    int Faulted,
    IReadOnlyList<DryRunActivityCount> Activities,
    IReadOnlyList<DryRunOwnerCount> Owners,
    int Tasks,
    int Notifications,
    int Messages)
{
    public static DryRunTotals Of(IReadOnlyList<DryRunRecord> records, IReadOnlyList<(string Id, string? Name)> activities)
    {
        var reached = records
            .SelectMany(r => r.Path.Where(s => s.Event == Execution.JournalEvents.Completed || s.Event == Execution.JournalEvents.Suspended
                    || s.Event == Execution.JournalEvents.Faulted)
                .Select(s => s.ActivityId).Distinct())
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // Who would receive each record: the last owner an assignment chose, else the last change of its owner field.
        var owners = records
            .Select(r => r.Assignments.Count > 0
                ? (r.Assignments[^1].UserId, r.Assignments[^1].UserName)
                : r.Changes.LastOrDefault(c => c.Field == Platform.Engine.Records.SystemFields.OwnerId) is { To: not null } change
                    ? (Convert.ToInt64(change.To, System.Globalization.CultureInfo.InvariantCulture), change.ToText)
                    : ((long, string?)?)null)
            .OfType<(long Id, string? Name)>()
            .GroupBy(o => o)
            .Select(g => new DryRunOwnerCount(g.Key.Id, g.Key.Name, g.Count()))
            .OrderByDescending(o => o.Count).ThenBy(o => o.UserId)
            .ToList();
        return new DryRunTotals(
            records.Count,
            records.Count(r => r.Status == Execution.WorkflowStatus.Finished && r.SubStatus != Execution.WorkflowSubStatus.Faulted),
            records.Count(r => r.Status == Execution.WorkflowStatus.Running && r.Incidents.Count == 0),
            records.Count(r => r.Incidents.Count > 0 || r.SubStatus == Execution.WorkflowSubStatus.Faulted),
            [.. activities.Select(a => new DryRunActivityCount(a.Id, a.Name, reached.GetValueOrDefault(a.Id)))],
            owners,
            records.Sum(r => r.Tasks.Count),
            records.Sum(r => r.Notifications.Count),
            records.Sum(r => r.Messages.Count));
    }
}

/// <summary>How many records reached one activity of the workflow.</summary>
public sealed record DryRunActivityCount(string ActivityId, string? ActivityName, int Count);

/// <summary>How many records a user would become owner of.</summary>
public sealed record DryRunOwnerCount(long UserId, string? UserName, int Count);
