namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of the working calendar.</summary>
    private static Dictionary<string, (string Zh, string En)> Calendar() => new(StringComparer.Ordinal)
    {
        ["calendar.weekend.list"] = ("周末必须是星期名称的列表，例如 [\"saturday\",\"sunday\"]。", "The weekend must be a list of day names, such as [\"saturday\",\"sunday\"]."),
        ["calendar.weekend.day"] = ("“{0}” 不是星期名称（monday 到 sunday）。", "\"{0}\" is not a day name (monday to sunday)."),
        ["calendar.weekend.repeat"] = ("“{0}” 列出了两次。", "\"{0}\" is listed twice."),
        ["calendar.weekend.all"] = ("一周中至少要有一天是工作日。", "At least one day of the week must be a working day."),
        ["calendar.days.list"] = ("必须是由 {\"date\",\"name\"} 组成的列表。", "Must be a list of {\"date\",\"name\"} entries."),
        ["calendar.days.tooMany"] = ("最多 {0} 项。", "At most {0} entries."),
        ["calendar.day.entry"] = ("每一项必须是含 date 和 name 的对象。", "Each entry must be an object with a date and a name."),
        ["calendar.day.repeat"] = ("{0} 在列表中出现了两次。", "{0} is listed twice."),
        ["calendar.day.both"] = ("{0} 已列为节假日，不能同时是调休上班日。", "{0} is also listed as a holiday; a day cannot be both."),
        ["calendar.day.name"] = ("名称必须是文本，最多 {0} 个字符。", "A name is text of at most {0} characters."),
        ["calendar.time"] = ("时间的格式是 HH:mm，例如 09:00。", "A time is written HH:mm, such as 09:00."),
        ["calendar.hours"] = ("下班时间必须晚于上班时间。", "The working day must end after it starts."),
        ["calendar.unreachable"] = ("工作日历中已找不到工作日。", "The working calendar has no working day within reach."),
        ["calendar.range"] = ("结果超出了可计算的日期范围（公元 1 至 9999 年）。", "The result falls outside the dates that can be counted (years 1 to 9999)."),
        ["calendar.duration"] = ("工作时长不能为负数。", "A working time cannot be negative."),
    };
}
