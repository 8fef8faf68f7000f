namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of tasks and notifications.</summary>
    private static Dictionary<string, (string Zh, string En)> Notifications() => new(StringComparer.Ordinal)
    {
        ["task.title"] = ("任务标题不能为空，最多 {0} 个字符。", "A task needs a title of at most {0} characters."),
        ["task.description"] = ("说明最多 {0} 个字符。", "A description is at most {0} characters."),
        ["task.assignee"] = ("找不到可指派的用户 {0}。", "There is no active user {0} to assign the task to."),
        ["task.recordWithoutEntity"] = ("指定记录时也要指定实体。", "A record is named together with its entity."),
        ["task.record"] = ("实体 “{0}” 中找不到记录 {1}。", "Entity \"{0}\" has no record {1}."),
        ["task.status"] = ("状态必须是 open、due、overdue 或 done 之一。", "The status is one of open, due, overdue or done."),
        ["task.assigneeFilter"] = ("assignee 必须是 me 或用户编号。", "The assignee is me or a user id."),
        ["task.othersTasks"] = ("只有管理员可以查看其他人的任务。", "Only admins can see other people's tasks."),
        ["task.notFound"] = ("找不到任务 {0}。", "Task {0} was not found."),
        ["task.notYours"] = ("只有被指派人或管理员可以完成此任务。", "Only the assignee or an admin can complete this task."),
        ["task.alreadyDone"] = ("任务已经完成。", "The task is already done."),
        ["task.assigned"] = ("新任务：{0}", "New task: {0}"),
        ["notification.notFound"] = ("找不到通知 {0}。", "Notification {0} was not found."),
    };
}
