namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of the Platform workflow activities (record triggers and CRM actions).</summary>
    private static Dictionary<string, (string Zh, string En)> CrmActivities() => new(StringComparer.Ordinal)
    {
        ["activity.refused"] = ("{0} 未能完成：{1}", "{0} could not be done: {1}"),
        ["activity.noScope"] = ("{0} 需要在可写入数据的运行中执行。", "{0} can only run where it may write data."),
        ["activity.input.required"] = ("缺少输入 “{0}”。", "The input \"{0}\" is required."),
        ["activity.input.id"] = ("输入 “{0}” 必须是整数编号。", "The input \"{0}\" must be a whole-number id."),
        ["activity.input.object"] = ("输入 “{0}” 必须是 JSON 对象。", "The input \"{0}\" must be a JSON object."),
        ["activity.input.span"] = ("输入 “{0}” 必须是时长，格式 d.hh:mm:ss，例如 2.00:00:00。", "The input \"{0}\" must be a duration as d.hh:mm:ss, such as 2.00:00:00."),
        ["activity.input.instant"] = ("输入 “{0}” 必须是日期时间，例如 2026-07-01T09:00:00+08:00。", "The input \"{0}\" must be a date and time, such as 2026-07-01T09:00:00+08:00."),
        ["activity.input.flag"] = ("输入 “{0}” 必须是 true 或 false。", "The input \"{0}\" must be true or false."),
        ["activity.input.time"] = ("输入 “{0}” 必须是一天中的时间，格式 HH:mm，例如 09:00。", "The input \"{0}\" must be a time of day as HH:mm, such as 09:00."),
        ["activity.input.negative"] = ("输入 “{0}” 不能是负的时长。", "The input \"{0}\" cannot be a negative duration."),
        ["activity.dateReached.record"] = ("流程中的“日期到达”需要由 “{0}” 记录启动的工作流。", "A date-reached step inside a flow needs a workflow started for a \"{0}\" record."),
        ["activity.schedule.fields"] = ("计划 “{0}” 必须是 5 段（分 时 日 月 周）或 6 段（秒在前）的 cron 表达式。", "The schedule \"{0}\" must be a cron expression of 5 fields (minute hour day month weekday) or 6 (seconds first)."),
        ["activity.schedule.cron"] = ("cron 表达式 “{0}” 无效：{1}", "The cron expression \"{0}\" is not valid: {1}"),
        ["activity.createRecord.note"] = ("已创建 {0} 记录 {1}。", "Created {0} record {1}."),
        ["activity.findRecords.limit"] = ("limit 必须在 1 到 {0} 之间。", "The limit must be between 1 and {0}."),
        ["activity.recipient.email"] = ("没有邮箱为 {0} 的用户。", "There is no user with the email {0}."),
        ["activity.recipient.noRecord"] = ("“owner” 需要一条记录：请指定 entity 和 recordId，或由记录触发工作流。", "\"owner\" needs a record: name an entity and a recordId, or start the workflow from a record."),
        ["activity.recipient.noOwner"] = ("{0} 记录 {1} 没有负责人。", "The {0} record {1} has no owner."),
    };
}
