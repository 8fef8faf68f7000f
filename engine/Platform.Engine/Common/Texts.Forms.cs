namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of forms, rules and public forms.</summary>
    private static Dictionary<string, (string Zh, string En)> Forms() => new(StringComparer.Ordinal)
    {
        ["form.enum"] = ("不是可选项。", "Not one of the options."),
        ["form.minimum"] = ("不能小于 {0}。", "Must be at least {0}."),
        ["form.maximum"] = ("不能大于 {0}。", "Must be at most {0}."),
        ["form.minLength"] = ("至少 {0} 个字符。", "At least {0} characters."),
        ["form.minItems"] = ("至少选择 {0} 项。", "Choose at least {0}."),
        ["form.maxItems"] = ("最多选择 {0} 项。", "Choose at most {0}."),
        ["form.uniqueItems"] = ("选项不能重复。", "An option is chosen twice."),
        ["form.pattern"] = ("格式不正确。", "Not in the expected format."),
        ["form.invalid"] = ("值无效。", "Not a valid value."),
        ["form.slug"] = ("表单标识以小写字母开头，只含小写字母、数字、下划线和连字符，最多 63 个字符。", "A form slug starts with a lowercase letter and holds only lowercase letters, digits, underscores and hyphens (63 at most)."),
        ["form.notFound"] = ("找不到表单 “{0}”。", "Form \"{0}\" was not found."),
        ["form.exists"] = ("表单标识 “{0}” 已被使用。", "The form slug \"{0}\" is already used."),
        ["form.versionNotFound"] = ("表单 “{0}” 没有已发布的版本 {1}。", "Form \"{0}\" has no published version {1}."),
        ["form.requiredMissing"] = ("必填字段 “{0}” 既不在表单上，也没有由隐藏字段填写。", "The required field \"{0}\" is neither on the form nor filled by a hidden field."),
        ["form.sectionId"] = ("每个分区需要唯一的标识。", "Each section needs its own id."),
        ["form.columns"] = ("列数只能是 1 到 3。", "Columns must be 1 to 3."),
        ["form.fieldTwice"] = ("字段 “{0}” 在表单上出现了两次。", "Field \"{0}\" is on the form twice."),
        ["form.widget"] = ("控件 “{0}” 不适用于此字段；可选：{1}。", "The widget \"{0}\" does not suit this field; choose one of: {1}."),
        ["form.notForType"] = ("此字段类型不支持这个设置。", "This field type does not take this setting."),
        ["form.range"] = ("最小值不能大于最大值。", "The minimum cannot be above the maximum."),
        ["form.patternInvalid"] = ("格式规则不是有效的正则表达式。", "The pattern is not a valid regular expression."),
        ["form.rule.effect"] = ("规则的效果只能是 show、hide、require 或 optional。", "A rule's effect is show, hide, require or optional."),
        ["form.rule.field"] = ("规则的目标字段 “{0}” 不在表单上。", "The rule's field \"{0}\" is not on the form."),
        ["form.rule.entityRequired"] = ("字段 “{0}” 在实体中是必填的，表单不能隐藏它或改为选填。", "Field \"{0}\" is required by the entity, so a form cannot hide it or make it optional."),
        ["form.rule.when"] = ("规则条件必须是一个 JSON Schema 对象。", "A rule's condition must be a JSON Schema object."),
        ["form.rule.keyword"] = ("条件中不能使用 “{0}”；可用：properties、required、enum、type、minimum、maximum、minLength、maxLength、pattern、items、not、anyOf、allOf（用 enum 代替 const）。", "\"{0}\" cannot be used in a condition; use properties, required, enum, type, minimum, maximum, minLength, maxLength, pattern, items, not, anyOf, allOf (enum instead of const)."),
        ["form.rule.shape"] = ("条件中 “{0}” 的值形式不对（例如 required 和 enum 需要数组，minimum 需要数字）。", "The value of \"{0}\" in the condition has the wrong shape (required and enum take arrays, minimum takes a number…)."),
        ["form.hidden.onForm"] = ("字段 “{0}” 已在表单上显示，不能再作为隐藏字段。", "Field \"{0}\" is shown on the form, so it cannot also be a hidden field."),
        ["form.hidden.param"] = ("网址参数名只能由字母、数字、下划线、点和连字符组成，且不能重复。", "A URL parameter name holds letters, digits, underscores, dots and hyphens, and is used once."),
        ["form.hidden.value"] = ("“{0}” 不是此字段可接受的值。", "\"{0}\" is not a value this field accepts."),
        ["form.notPublic"] = ("找不到公开表单 “{0}”。", "There is no public form \"{0}\"."),
        ["form.spam"] = ("提交被拒绝。", "The submission was rejected."),
        ["form.rateLimited"] = ("提交过于频繁，请 {0} 秒后再试。", "Too many submissions; try again in {0} seconds."),
        ["form.body"] = ("请求体必须是一个 JSON 对象。", "The body must be a JSON object."),
    };
}
