namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of workflow checks before publishing, and of dry runs.</summary>
    private static Dictionary<string, (string Zh, string En)> WorkflowDesigner() => new(StringComparer.Ordinal)
    {
        ["workflowCheck.dangling"] = ("连接指向不存在的活动 “{0}”。", "The connection leads to activity \"{0}\", which does not exist."),
        ["workflowCheck.unreachable"] = ("没有路径通向此活动，它永远不会运行。", "No path leads to this activity, so it never runs."),
        ["workflowCheck.required"] = ("必填。", "Required."),
        ["workflowCheck.script"] = ("脚本第 {0} 行第 {1} 列：{2}", "Script line {0}, column {1}: {2}"),
        ["workflowCheck.entity"] = ("找不到实体 “{0}”，此触发器无法触发。", "Entity \"{0}\" does not exist, so this trigger cannot fire."),
        ["workflowCheck.trigger"] = ("此触发器无法触发：{0}", "This trigger cannot fire: {0}"),
        ["dryRun.entity.required"] = ("请选择要试运行的实体。", "Choose the entity to try the workflow on."),
        ["dryRun.records.oneOf"] = ("请给出 recordIds（记录 id 列表）或 viewId（保存的视图）其中之一。", "Give either recordIds (a list of record ids) or viewId (a saved view), not both."),
        ["dryRun.records.limit"] = ("一次试运行最多 {0} 条不重复的记录。", "A dry run takes at most {0} distinct records."),
        ["dryRun.horizon"] = ("horizon 必须是正的时间跨度，例如 \"7.00:00:00\"（7 天），最多 {0} 天。", "\"horizon\" must be a positive time span such as \"7.00:00:00\" (7 days), at most {0} days."),
        ["dryRun.field.owner"] = ("负责人", "Owner"),
        ["dryRun.field.other"] = ("{0}", "{0}"),
    };
}
