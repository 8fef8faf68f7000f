namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of scripts, rules and formulas.</summary>
    private static Dictionary<string, (string Zh, string En)> Scripting() => new(StringComparer.Ordinal)
    {
        ["script.syntax"] = ("语法错误：{0}", "Syntax error: {0}"),
        ["script.statements"] = ("脚本执行的语句超过 {0} 条（可能是死循环）。", "The script ran more than {0} statements (an endless loop?)."),
        ["script.memory"] = ("脚本占用的内存超过 {0} MB。", "The script used more than {0} MB of memory."),
        ["script.recursion"] = ("脚本的函数调用嵌套超过 {0} 层。", "The script nested function calls more than {0} deep."),
        ["script.timeout"] = ("脚本运行超过 {0} 毫秒。", "The script ran longer than {0} ms."),
        ["script.cancelled"] = ("脚本被取消。", "The script was cancelled."),
        ["script.at"] = ("第 {0} 行第 {1} 列：{2}", "Line {0}, column {1}: {2}"),
        ["script.tooLong"] = ("脚本不能超过 {0} 个字符。", "A script holds at most {0} characters."),
        ["script.required"] = ("请填写脚本。", "Write a script."),
        ["formula.resultType"] = ("结果类型只能是：{0}。", "The result type is one of: {0}."),
        ["formula.required"] = ("请填写公式。", "Write a formula."),
        ["formula.flags"] = ("公式字段由系统计算，不能设为必填、唯一或设置默认值。", "A formula field is computed, so it cannot be required, unique or have a default."),
        ["rule.notFound"] = ("找不到规则 “{0}”。", "Rule \"{0}\" was not found."),
        ["rule.exists"] = ("规则标识 “{0}” 已被使用。", "The rule slug \"{0}\" is already used."),
        ["rule.kind"] = ("规则类型只能是：{0}。", "A rule's kind is one of: {0}."),
        ["rule.field"] = ("没有字段 “{0}”。", "There is no field \"{0}\"."),
        ["rule.scoreFieldType"] = ("评分结果只能写入数字、金额、百分比或评分字段。", "A score goes into a number, currency, percent or rating field."),
        ["rule.gradeFieldType"] = ("等级只能写入文本或单选字段（仅评分规则）。", "A grade goes into a text or select field (score rules only)."),
        ["rule.fieldUnused"] = ("这种规则不绑定字段。", "This kind of rule is not bound to a field."),
        ["rule.failed"] = ("未通过规则 “{0}”。", "The rule \"{0}\" is not met."),
        ["rule.validationResult"] = ("校验规则应返回 true、false 或一条提示文字，实际返回了 {0}。", "A validation rule returns true, false or a message, not {0}."),
        ["rule.scoreResult"] = ("评分规则应返回 {{score, grade, reasons}}：{0}", "A score rule returns {{score, grade, reasons}}: {0}"),
        ["rule.hookField"] = ("脚本给字段 “{0}” 设置了无效的值：{1}", "The script set field \"{0}\" to a value it does not take: {1}"),
        ["rule.hookUnknown"] = ("脚本设置了不存在的字段 “{0}”。", "The script set \"{0}\", which is not a field."),
        ["formula.value"] = ("公式结果不是有效的{0}值：{1}", "The formula's result is not a valid {0}: {1}"),
        ["script.failed"] = ("脚本 “{0}”（{1}）失败：{2}（第 {3} 行第 {4} 列）", "Script \"{0}\" ({1}) failed: {2} (line {3}, column {4})"),
        ["script.failedTitle"] = ("脚本执行失败", "A script failed"),
        ["formula.noJob"] = ("字段 “{0}” 还没有重新计算过。", "Field \"{0}\" has not been recomputed yet."),
        ["formula.notFormula"] = ("“{0}” 不是公式字段。", "\"{0}\" is not a formula field."),
        ["related.entity"] = ("related()：没有实体 “{0}”。", "related(): there is no entity \"{0}\"."),
        ["script.testKind"] = ("类型只能是：{0}。", "The kind is one of: {0}."),
        ["script.result"] = ("脚本返回了无法保存的值：{0}。", "The script returned a value that cannot be stored: {0}."),
    };
}
