namespace Platform.Engine.Notifications;

/// <summary>A task is open until its assignee (or an admin) marks it done.</summary>
public static class TaskStatuses
{
    public const string Open = "open";
    public const string Done = "done";
}
