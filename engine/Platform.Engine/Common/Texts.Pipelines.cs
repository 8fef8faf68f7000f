namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of pipelines: stages, gates and the stage ledger.</summary>
    private static Dictionary<string, (string Zh, string En)> Pipelines() => new(StringComparer.Ordinal)
    {
        ["pipeline.notFound"] = ("“{0}”不是阶段字段。", "\"{0}\" is not a stage field."),
        ["pipeline.at"] = ("日期格式应为 2026-06-30。", "The date is written like 2026-06-30."),
        ["stage.gateTitle"] = ("阶段条件未满足", "Stage criteria not met"),
        ["pipeline.amount"] = ("金额字段应是数字、金额或百分比字段。", "The amount field is a number, currency or percent field."),
        ["stage.required"] = ("流程至少需要一个阶段。", "A pipeline needs at least one stage."),
        ["stage.category"] = ("阶段类别只能是：{0}。", "A stage's category is one of: {0}."),
        ["stage.probability"] = ("赢单概率在 0 到 100 之间。", "The probability is between 0 and 100."),
        ["stage.negative"] = ("不能为负数。", "Cannot be negative."),
        ["stage.requiredToEnter"] = ("进入“{1}”前需要填写“{0}”。", "\"{0}\" is needed to enter \"{1}\"."),
        ["stage.requiredToLeave"] = ("离开“{1}”前需要填写“{0}”。", "\"{0}\" is needed to leave \"{1}\"."),
        ["stage.condition"] = ("不满足“{0}”阶段的条件。", "The condition of stage \"{0}\" does not hold."),
        ["stage.relatedMissing"] = ("需要至少 {0} 条关联的{1}（目前 {2} 条）。", "At least {0} linked {1} needed ({2} now)."),
        ["stage.backward"] = ("此流程不允许退回到之前的阶段。", "This pipeline does not allow moving back to an earlier stage."),
        ["board.stage"] = ("“{0}”不是此流程的阶段。", "\"{0}\" is not a stage of this pipeline."),
        ["board.limit"] = ("每页 1 到 {0} 张卡片。", "A page holds 1 to {0} cards."),
        ["board.offset"] = ("起始位置不能为负数。", "The offset cannot be negative."),
        ["board.ids"] = ("请给出 1 到 {0} 个不重复的记录编号。", "Give 1 to {0} record ids, each once."),
        ["board.notInStage"] = ("记录 {0} 不在“{1}”阶段。", "Records {0} are not in \"{1}\"."),
        ["stage.moveTo"] = ("请选择此流程的另一个阶段。", "Choose another stage of this pipeline."),
        ["stage.stillHeld"] = ("有 {0} 条记录处于“{1}”阶段，请先把它们移到其他阶段。", "{0} records are in \"{1}\"; move them first."),
    };
}
