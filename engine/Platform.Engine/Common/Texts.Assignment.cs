namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of owner assignment, and the reasons it gives for each choice.</summary>
    private static Dictionary<string, (string Zh, string En)> Assignment() => new(StringComparer.Ordinal)
    {
        ["assignment.strategy"] = ("分配策略只能是 roundRobin、leastOpen 或 ruleMatch。", "The strategy must be roundRobin, leastOpen or ruleMatch."),
        ["assignment.rules.strategy"] = ("分配规则只用于 ruleMatch 策略。", "Rules apply only to the ruleMatch strategy."),
        ["assignment.rules.field"] = ("实体中没有字段 “{0}”。", "The entity has no field \"{0}\"."),
        ["assignment.rules.minSeniority"] = ("最低资历不能为负数。", "The minimum seniority cannot be negative."),
        ["assignment.entity"] = ("需要实体（entity）。", "An entity is required."),
        ["assignment.recordId"] = ("记录编号（recordId）必须是正整数。", "The recordId must be a positive whole number."),
        ["assignment.input"] = ("输入 “{0}” 无效：{1}", "Input \"{0}\" is not valid: {1}"),
        ["assignment.noScope"] = ("分配负责人需要在写入事务中运行。", "Assigning an owner needs a write to run in."),
        ["assignment.separator"] = ("、", ", "),
        ["assignment.roundRobin"] = ("轮流分配：在可分配的候选人（{1} 位）中轮到 {0}。", "Round-robin: {0} is next in turn among the available candidates ({1})."),
        ["assignment.leastOpen"] = ("最少未结记录：{0} 有 {1} 条未结记录，是可分配的候选人（{2} 位）中最少的。", "Fewest open records: {0} has {1} open, the fewest among the available candidates ({2})."),
        ["assignment.ruleMatch"] = ("规则匹配：{0} 符合{1}，有 {2} 条未结记录，是符合条件的候选人（{3} 位）中最合适的。", "Rule match: {0} fits {1} and has {2} open, the best among the matching candidates ({3})."),
        ["assignment.rule.none"] = ("（未设规则）", "(no rules given)"),
        ["assignment.rule.region"] = ("区域 {0}", "region {0}"),
        ["assignment.rule.otherRegion"] = ("区域 {0} 之外（该区域无人可分配）", "outside region {0} (nobody there was available)"),
        ["assignment.rule.industry"] = ("行业 {0}", "industry {0}"),
        ["assignment.rule.seniority"] = ("资历 {0} ≥ {1}", "seniority {0} ≥ {1}"),
        ["assignment.skipped"] = ("已跳过：{0}。", "Skipped: {0}."),
        ["assignment.skipped.inactive"] = ("{0} 位已停用", "{0} inactive"),
        ["assignment.skipped.capacity"] = ("{0} 位已满额", "{0} at capacity"),
        ["assignment.skipped.rules"] = ("{0} 位不符合规则", "{0} not matching the rules"),
        ["assignment.candidates"] = ("候选人 {0} 位", "candidates: {0}"),
        ["assignment.candidatesSkipped"] = ("候选人 {0} 位，其中 {1}", "candidates: {0}; {1}"),
        ["assignment.default"] = ("没有可分配的候选人（{0}）；分配给默认负责人 {1}。", "No candidate matched ({0}); assigned to the default owner {1}."),
        ["assignment.defaultInactive"] = ("没有可分配的候选人（{0}）；默认负责人 {1} 已停用，负责人保持不变。", "No candidate matched ({0}); the default owner {1} is inactive, so the owner stays as it was."),
        ["assignment.none"] = ("没有可分配的候选人（{0}），也没有默认负责人；负责人保持不变。", "No candidate matched ({0}) and there is no default owner; the owner stays as it was."),
    };
}
