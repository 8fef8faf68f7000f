namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of workflow definitions.</summary>
    private static Dictionary<string, (string Zh, string En)> Workflows() => new(StringComparer.Ordinal)
    {
        ["workflow.body.json"] = ("请求正文不是有效的 JSON。", "The body is not valid JSON."),
        ["workflow.body.object"] = ("工作流定义必须是 JSON 对象。", "A workflow definition must be a JSON object."),
        ["workflow.definitionId.invalid"] = ("definitionId 必须是以字母或数字开头的文本，由字母、数字和 _ . : - 组成，最多 100 个字符。", "The definitionId is text that starts with a letter or digit and holds only letters, digits and _ . : - (100 at most)."),
        ["workflow.definitionId.mismatch"] = ("definitionId 必须与地址中的 “{0}” 相同。", "The definitionId must match \"{0}\" in the address."),
        ["workflow.name.text"] = ("名称必须是文本。", "The name must be text."),
        ["workflow.root.required"] = ("工作流定义需要一个根活动（root 对象）。", "A workflow definition needs a root activity (a root object)."),
        ["workflow.root.type"] = ("根活动需要类型（type），例如 Elsa.Flowchart。", "The root activity needs a type, such as Elsa.Flowchart."),
        ["workflow.exists"] = ("工作流 “{0}” 已存在；修改请使用 PUT。", "Workflow \"{0}\" already exists; use PUT to change it."),
        ["workflow.notFound"] = ("找不到工作流 “{0}”。", "Workflow \"{0}\" was not found."),
        ["workflow.notPublished"] = ("工作流 “{0}” 尚未发布；请先发布再运行。", "Workflow \"{0}\" is not published; publish it before running it."),
        ["workflowInstance.notFound"] = ("找不到工作流实例 “{0}”。", "Workflow instance \"{0}\" was not found."),
        ["workflowInstance.finished"] = ("工作流实例 “{0}” 已结束（{1}）。", "Workflow instance \"{0}\" has already ended ({1})."),
        ["workflowInstance.nothingToRetry"] = ("工作流实例 “{0}” 没有可重试的故障。", "Workflow instance \"{0}\" has no incident to retry."),
        ["workflow.httpNotFound"] = ("没有已发布的工作流响应 {0} /workflows/{1}。", "No published workflow answers {0} /workflows/{1}."),
        ["workflow.httpBodyTooLarge"] = ("请求正文最多 {0} KB。", "The request body may be {0} KB at most."),
        ["clock.notSimulated"] = ("时钟不是模拟时钟。", "The clock is not simulated."),
        ["clock.by.invalid"] = ("by 必须是正的时间跨度，例如 \"2.00:00:00\"（2 天）或 \"04:30:00\"，最多 3650 天。", "\"by\" must be a positive time span such as \"2.00:00:00\" (2 days) or \"04:30:00\", at most 3650 days."),
        ["liquid.syntax"] = ("Liquid 模板有语法错误：{0}", "The Liquid template has a syntax error: {0}"),
        ["liquid.render"] = ("Liquid 模板无法渲染：{0}", "The Liquid template could not be rendered: {0}"),
        ["workflow.versionNotFound"] = ("找不到工作流 “{0}” 的第 {1} 版。", "Workflow \"{0}\" has no version {1}."),
    };
}
