using System.Globalization;

namespace Platform.Engine.Common;

/// <summary>
/// Every message the engine shows a person, in zh-CN and en. The language is the current UI culture,
/// which the server sets per request from Accept-Language (zh-CN when absent).
/// </summary>
public static partial class Texts
{
    // Each feature keeps its messages in its own part (Texts.<Feature>.cs); keys must not repeat.
    private static readonly Dictionary<string, (string Zh, string En)> All = Merge(
        Core(), Forms(), Transfers(), Scripting(), Calendar(), Pipelines(), Rollups(), Notifications(), Workflows(), WorkflowExecution(), Outbox(), Assignment(), CrmActivities());

    private static Dictionary<string, (string Zh, string En)> Merge(params Dictionary<string, (string Zh, string En)>[] parts)
    {
        var all = new Dictionary<string, (string Zh, string En)>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (key, text) in part)
            {
                all.Add(key, text);
            }
        }
        return all;
    }

    private static Dictionary<string, (string Zh, string En)> Core() => new(StringComparer.Ordinal)
    {
        ["validation.failed"] = ("提交的数据有误。", "One or more validation errors occurred."),
        ["slug.invalid"] = ("标识只能以小写字母开头，由小写字母、数字和下划线组成，最多 63 个字符。", "A slug starts with a lowercase letter and holds only lowercase letters, digits and underscores (63 at most)."),
        ["slug.reserved"] = ("“{0}” 是保留字，不能用作标识。", "\"{0}\" is a reserved word and cannot be used as a slug."),
        ["slug.prefix"] = ("标识不能以 sys_、sqlite_ 或 fts_ 开头。", "A slug cannot start with sys_, sqlite_ or fts_."),
        ["label.required"] = ("至少需要一种语言的名称。", "A label in at least one language is required."),
        ["entity.notFound"] = ("找不到实体 “{0}”。", "Entity \"{0}\" was not found."),
        ["entity.exists"] = ("实体 “{0}” 已存在。", "Entity \"{0}\" already exists."),
        ["entity.hasRecords"] = ("实体中还有 {0} 条记录；确认删除请加上 confirm=true。", "The entity holds {0} records; pass confirm=true to delete it."),
        ["entity.referenced"] = ("实体 “{1}” 的字段 “{0}” 关联到此实体，请先删除该字段。", "Field \"{0}\" of entity \"{1}\" links to this entity; remove that field first."),
        ["field.notFound"] = ("找不到字段 “{0}”。", "Field \"{0}\" was not found."),
        ["field.exists"] = ("字段 “{0}” 已存在。", "Field \"{0}\" already exists."),
        ["field.unknownType"] = ("未知的字段类型 “{0}”。", "Unknown field type \"{0}\"."),
        ["field.hasData"] = ("{0} 条记录在此字段中有数据；确认删除请加上 confirm=true。", "{0} records hold data in this field; pass confirm=true to delete it."),
        ["field.conversionBlocked"] = ("有 {0} 条记录的值无法按新设置转换，未做任何修改。", "{0} records hold values that do not fit the new settings; nothing was changed."),
        ["field.uniqueBlocked"] = ("有 {0} 条记录的值重复，不能设为唯一。", "{0} records share a value with another record, so the field cannot be unique."),
        ["field.options.required"] = ("单选和多选字段至少需要一个选项。", "Select fields need at least one option."),
        ["field.options.duplicate"] = ("选项值 “{0}” 重复。", "Option value \"{0}\" appears twice."),
        ["field.relation.required"] = ("关联字段需要指定目标实体。", "A relation field needs a target entity."),
        ["field.relation.onDelete"] = ("删除时的处理方式只能是 restrict、set_null 或 cascade。", "On delete must be restrict, set_null or cascade."),
        ["field.pattern.invalid"] = ("编号规则需要一段 0 作为序号，例如 L-{yyyy}-{0000}。", "The pattern needs a run of zeros for the counter, such as L-{yyyy}-{0000}."),
        ["field.precision.range"] = ("小数位数必须在 0 到 10 之间。", "Precision must be between 0 and 10."),
        ["field.max.range"] = ("评分上限必须在 1 到 10 之间。", "The rating maximum must be between 1 and 10."),
        ["field.maxLength.range"] = ("最大长度必须在 1 到 {0} 之间。", "The maximum length must be between 1 and {0}."),
        ["field.default.invalid"] = ("默认值无效：{0}", "The default value is not valid: {0}"),
        ["fieldOrder.invalid"] = ("字段顺序必须恰好列出每个字段一次。", "The field order must list every field exactly once."),
        ["displayField.invalid"] = ("显示字段必须是已有字段。", "The display field must be one of the entity's fields."),
        ["value.required"] = ("必填。", "Required."),
        ["value.unknownField"] = ("没有这个字段。", "There is no such field."),
        ["value.text"] = ("必须是文本。", "Must be text."),
        ["value.tooLong"] = ("最多 {0} 个字符。", "At most {0} characters."),
        ["value.number"] = ("必须是数字。", "Must be a number."),
        ["value.integer"] = ("必须是整数。", "Must be a whole number."),
        ["value.precision"] = ("最多 {0} 位小数。", "At most {0} decimal places."),
        ["value.numberRange"] = ("数字超出范围。", "The number is out of range."),
        ["value.boolean"] = ("必须是 true 或 false。", "Must be true or false."),
        ["value.date"] = ("必须是日期，格式 YYYY-MM-DD。", "Must be a date as YYYY-MM-DD."),
        ["value.datetime"] = ("必须是带时区的日期时间，例如 2026-01-31T09:00:00Z。", "Must be a date and time with an offset, such as 2026-01-31T09:00:00Z."),
        ["value.option"] = ("“{0}” 不是可选项。", "\"{0}\" is not one of the options."),
        ["value.options"] = ("必须是选项值的列表。", "Must be a list of option values."),
        ["value.email"] = ("不是有效的邮箱地址。", "Not a valid email address."),
        ["value.phone"] = ("不是有效的电话号码。", "Not a valid phone number."),
        ["value.url"] = ("不是有效的网址（需以 http:// 或 https:// 开头）。", "Not a valid web address (it starts with http:// or https://)."),
        ["value.user"] = ("找不到这个用户。", "No such user."),
        ["value.relation"] = ("找不到关联的记录。", "The linked record does not exist."),
        ["value.rating"] = ("评分必须是 0 到 {0} 的整数。", "A rating is a whole number from 0 to {0}."),
        ["value.readOnly"] = ("此字段由系统填写。", "This field is filled in by the system."),
        ["value.unique"] = ("已有记录使用了这个值。", "Another record already has this value."),
        ["record.notFound"] = ("找不到记录 {0}。", "Record {0} was not found."),
        ["record.stale"] = ("记录已被他人修改（当前版本 {0}），请刷新后重试。", "The record was changed by someone else (now version {0}); reload it and try again."),
        ["record.deleted"] = ("记录已在回收站中，请先恢复。", "The record is in the trash; restore it first."),
        ["record.notDeleted"] = ("记录不在回收站中。", "The record is not in the trash."),
        ["record.restricted"] = ("“{1}” 中有 {0} 条记录关联到此记录，不能删除。", "{0} records of \"{1}\" link to this record, so it cannot be deleted."),
        ["record.body"] = ("请求体必须是一个 JSON 对象。", "The body must be a JSON object."),
        ["bulk.size"] = ("一次最多导入 {0} 条记录。", "At most {0} records at once."),
        ["bulk.empty"] = ("没有要创建的记录。", "There are no records to create."),
        ["query.filter"] = ("筛选条件无效：{0}", "The filter is not valid: {0}"),
        ["query.sort"] = ("不能按 “{0}” 排序。", "Cannot sort by \"{0}\"."),
        ["query.cursor"] = ("分页游标无效，请从第一页开始。", "The cursor is not valid; start from the first page."),
        ["query.fields"] = ("没有字段 “{0}”。", "There is no field \"{0}\"."),
        ["query.expand"] = ("“{0}” 不是关联或用户字段，不能展开。", "\"{0}\" is not a relation or user field, so it cannot be expanded."),
        ["view.notFound"] = ("找不到视图 {0}。", "View {0} was not found."),
        ["view.columns"] = ("列必须是字段标识的列表。", "Columns must be a list of field slugs."),
        ["view.name"] = ("视图需要名称。", "A view needs a name."),
        ["user.notFound"] = ("找不到用户 {0}。", "User {0} was not found."),
        ["user.emailTaken"] = ("邮箱 {0} 已被使用。", "The email {0} is already used."),
        ["user.password"] = ("密码至少 8 个字符。", "A password has at least 8 characters."),
        ["user.role"] = ("角色只能是 admin 或 member。", "The role must be admin or member."),
        ["user.name"] = ("需要姓名。", "A name is required."),
        ["user.lastAdmin"] = ("不能停用或降级最后一个管理员。", "The last active admin cannot be deactivated or demoted."),
        ["auth.failed"] = ("邮箱或密码错误。", "Wrong email or password."),
        ["auth.required"] = ("请先登录。", "Sign-in required."),
        ["auth.adminOnly"] = ("只有管理员可以这样做。", "Only an admin can do this."),
        ["apiKey.notFound"] = ("找不到 API 密钥 {0}。", "API key {0} was not found."),
        ["apiKey.name"] = ("API 密钥需要名称。", "An API key needs a name."),
    };

    public static string Get(string key, params object?[] args)
    {
        if (!All.TryGetValue(key, out var text))
        {
            return key;
        }
        var zh = CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            || CultureInfo.CurrentUICulture.Name.Length == 0;
        var template = zh ? text.Zh : text.En;
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }

    /// <summary>Every key, for the test that both languages are filled in.</summary>
    internal static IEnumerable<(string Key, string Zh, string En)> Entries =>
        All.Select(e => (e.Key, e.Value.Zh, e.Value.En));
}
