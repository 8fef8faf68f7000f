namespace Platform.Engine.Notifications;

/// <summary>
/// Which tasks of one assignee to list: <c>open</c>, <c>due</c> (open and due today, in the platform's time
/// zone), <c>overdue</c> (open and past due) or <c>done</c>.
/// </summary>
public sealed record TaskFilter(long AssigneeId, string Status = TaskStatuses.Open)
{
    public const string Due = "due";
    public const string Overdue = "overdue";

    public static readonly IReadOnlyList<string> Statuses = [TaskStatuses.Open, Due, Overdue, TaskStatuses.Done];
}
