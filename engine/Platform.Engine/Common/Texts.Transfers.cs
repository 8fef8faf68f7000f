namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>
    /// A message in a named language (zh-CN or en) rather than the caller's: column names a file may use
    /// are recognised in both languages, whoever imports it.
    /// </summary>
    public static string In(string key, string language) =>
        All.TryGetValue(key, out var text) ? (language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? text.Zh : text.En) : key;

    /// <summary>Messages of import and export.</summary>
    private static Dictionary<string, (string Zh, string En)> Transfers() => new(StringComparer.Ordinal)
    {
        ["import.number"] = ("“{0}” 不是数字。", "\"{0}\" is not a number."),
        ["import.percent"] = ("“{0}”：只有百分比字段可以带 %。", "\"{0}\": only percent fields take a % sign."),
        ["import.boolean"] = ("“{0}” 不是“是”或“否”。", "\"{0}\" is not yes or no."),
        ["import.date"] = ("“{0}” 不是日期（例如 2026-06-15、2026/6/15 或 2026年6月15日）。", "\"{0}\" is not a date (such as 2026-06-15, 2026/6/15 or 2026年6月15日)."),
        ["import.datetime"] = ("“{0}” 不是日期时间（例如 2026-06-15 09:30）。", "\"{0}\" is not a date and time (such as 2026-06-15 09:30)."),
        ["import.user"] = ("找不到邮箱或姓名为 “{0}” 的用户。", "No user has the email or name \"{0}\"."),
        ["import.userAmbiguous"] = ("有多个用户名为 “{0}”，请填写邮箱。", "Several users are named \"{0}\"; use their email."),
        ["import.relation"] = ("找不到名为 “{0}” 的关联记录。", "No linked record is named \"{0}\"."),
        ["import.relationAmbiguous"] = ("有多条关联记录名为 “{0}”，请填写记录 ID。", "Several linked records are named \"{0}\"; use the record's id."),
        ["import.cells"] = ("这一行有 {0} 个单元格，但表头只有 {1} 列。", "This row has {0} cells but the header has {1} columns."),
        ["import.ambiguousMatch"] = ("有 {0} 条以上的记录与此行匹配，无法确定更新哪一条。", "{0} or more records match this row, so it is not clear which one to update."),
        ["import.mapping.json"] = ("映射必须是 JSON 对象，键为列名，值为字段标识或 null。", "The mapping must be a JSON object from column names to field slugs or null."),
        ["import.mapping.column"] = ("文件中没有列 “{0}”。", "The file has no column \"{0}\"."),
        ["import.mapping.field"] = ("没有字段 “{0}”。", "There is no field \"{0}\"."),
        ["import.mapping.twice"] = ("字段 “{0}” 被映射到了多个列。", "Field \"{0}\" is mapped to more than one column."),
        ["import.mapping.none"] = ("没有任何列映射到字段。", "No column is mapped to a field."),
        ["import.matchOn"] = ("“{0}” 不是映射到某一列的字段，不能按它匹配。", "\"{0}\" is not a field mapped to a column, so rows cannot be matched on it."),
        ["import.onDuplicate"] = ("重复处理方式只能是 skip、update 或 create。", "onDuplicate must be skip, update or create."),
        ["import.mode"] = ("模式只能是 dryRun 或 commit。", "The mode must be dryRun or commit."),
        ["import.file.missing"] = ("请上传文件（表单字段 file）。", "Upload a file (form field \"file\")."),
        ["import.file.format"] = ("只能导入 .xlsx 或 .csv 文件；旧版 .xls 请另存为 .xlsx。", "Only .xlsx and .csv files can be imported; save an old .xls workbook as .xlsx."),
        ["import.file.header"] = ("文件第一行必须是列名。", "The first row of the file must hold the column names."),
        ["import.file.unreadable"] = ("无法读取文件：{0}", "The file cannot be read: {0}"),
        ["import.file.form"] = ("请求必须是 multipart/form-data。", "The request must be multipart/form-data."),
        ["import.notFound"] = ("找不到导入任务 {0}。", "Import {0} was not found."),
        ["import.entityGone"] = ("实体 “{0}” 已不存在。", "Entity \"{0}\" no longer exists."),
        ["import.interrupted"] = ("预演在服务器重启时中断，请重新上传。", "The dry run was interrupted by a server restart; upload the file again."),
        ["import.failed"] = ("导入中止：{0}", "The import stopped: {0}"),
        ["export.format"] = ("格式只能是 csv 或 xlsx。", "The format must be csv or xlsx."),
        ["transfer.column.row"] = ("行号", "Row"),
        ["transfer.column.errors"] = ("错误", "Errors"),
        ["transfer.column.id"] = ("ID", "ID"),
        ["transfer.column.createdAt"] = ("创建时间", "Created at"),
        ["transfer.column.updatedAt"] = ("更新时间", "Updated at"),
        ["transfer.column.createdBy"] = ("创建人", "Created by"),
        ["transfer.column.ownerId"] = ("负责人", "Owner"),
        ["transfer.yes"] = ("是", "Yes"),
        ["transfer.no"] = ("否", "No"),
    };
}
