namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of rollup fields: counts, sums, minimums and maximums of related records.</summary>
    private static Dictionary<string, (string Zh, string En)> Rollups() => new(StringComparer.Ordinal)
    {
        ["rollup.required"] = ("汇总字段需要设置汇总方式。", "A rollup field needs its rollup settings."),
        ["rollup.entity"] = ("请选择要汇总的关联实体。", "Choose the related entity to roll up."),
        ["rollup.via"] = ("请选择关联实体中指向此实体的关联字段。", "Choose the related entity's relation field that points here."),
        ["rollup.viaInvalid"] = ("“{0}” 不是实体 “{1}” 中指向此实体的关联字段。", "\"{0}\" is not a relation field of \"{1}\" pointing at this entity."),
        ["rollup.function"] = ("汇总方式只能是：{0}。", "The rollup function is one of: {0}."),
        ["rollup.countField"] = ("计数不需要字段，请留空。", "A count takes no field; leave it empty."),
        ["rollup.fieldRequired"] = ("请选择要汇总的字段。", "Choose the field to aggregate."),
        ["rollup.fieldType"] = ("{0} 只能用于以下类型的字段：{1}。", "{0} takes a field of type: {1}."),
        ["rollup.flags"] = ("汇总字段由系统计算，不能设为必填、唯一或设置默认值。", "A rollup field is computed, so it cannot be required, unique or have a default."),
        ["rollup.whereComputed"] = ("筛选条件不能使用计算字段 “{0}”（公式或汇总）。", "The filter cannot use the computed field \"{0}\" (a formula or rollup)."),
        ["rollup.whereRelative"] = ("汇总的筛选条件不能使用相对日期（最近几天、本月等），因为保存的值不会随日期变化。", "A rollup's filter cannot use relative dates (last days, this month…): its stored value does not move with the calendar."),
        ["rollup.usedBy"] = ("实体 “{1}” 的汇总字段 “{0}” 用到此字段，请先修改或删除该汇总字段。", "The rollup \"{0}\" of \"{1}\" reads this field; change or remove that rollup first."),
        ["rollup.reader"] = ("实体 “{1}” 的汇总字段 “{0}” 汇总此实体，请先删除该汇总字段。", "The rollup \"{0}\" of \"{1}\" rolls up this entity; remove that rollup first."),
    };
}
