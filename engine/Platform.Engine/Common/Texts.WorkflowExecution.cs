namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of running workflows: incidents and values that cannot be read.</summary>
    private static Dictionary<string, (string Zh, string En)> WorkflowExecution() => new(StringComparer.Ordinal)
    {
        ["workflow.activity.unsupported"] = ("不支持活动类型 “{0}”。", "Activity type \"{0}\" is not supported."),
        ["workflow.expression.unsupported"] = ("不支持表达式类型 “{0}”。", "Expression type \"{0}\" is not supported."),
        ["workflow.expression.json"] = ("表达式的值不是有效的 JSON：{0}", "The expression's value is not valid JSON: {0}"),
        ["workflow.variable.notFound"] = ("找不到变量 “{0}”。", "Variable \"{0}\" was not found."),
        ["workflow.value.invalid"] = ("无法把 {0} 读作 {1}。", "{0} cannot be read as {1}."),
        ["workflow.backward.invalid"] = ("从 “{0}” 回到 “{1}” 的连线无效：从 “{0}” 回到起点的每条路径都必须经过 “{1}”。", "The connection from \"{0}\" back to \"{1}\" is not valid: every path from \"{0}\" back to the start must pass through \"{1}\"."),
        ["workflow.fault"] = ("工作流报错（代码 {0}，类别 {1}）：{2}", "The workflow faulted (code {0}, category {1}): {2}"),
        ["workflow.cron.invalid"] = ("Cron 表达式无效：{0}", "Error when parsing cron expression: {0}"),
        ["workflow.steps.exceeded"] = ("工作流在一次运行中执行了 {0} 个活动仍未等待，可能陷入了死循环；已暂停，重试可继续。", "The workflow ran {0} activities without waiting and may be looping forever; it was paused here, and a retry goes on."),
        ["workflow.joinMode.invalid"] = ("汇合方式 “{0}” 无效，应为 WaitAny、WaitAll 或 WaitAllActive。", "Join mode \"{0}\" is not valid; use WaitAny, WaitAll or WaitAllActive."),
    };
}
