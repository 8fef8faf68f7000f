namespace Platform.Benchmarks;

/// <summary>
/// The "lead" entity a CRM-style app would define: the field mix of a typical low-code form (text, email,
/// phone, an indexed select, money, a date, an auto-number code, a rating and a free-text note).
/// </summary>
public static class LeadSchema
{
    public const string Entity = "lead";

    /// <summary>The options of the indexed select field the filtered page filters on.</summary>
    public static readonly string[] Sources = ["web", "referral", "event", "ads", "partner"];

    public static readonly string[] Stages = ["new", "contacted", "qualified", "won", "lost"];

    /// <summary>Columns the baseline writes, in the order of <see cref="Lead"/>'s values (the auto-number included).</summary>
    public static readonly string[] Columns =
        ["code", "name", "company", "email", "phone", "source", "stage", "budget", "city", "created_on", "score", "notes"];

    /// <summary>Text-like fields, in definition order: the engine's search text joins exactly these.</summary>
    public static readonly string[] Searchable = ["code", "name", "company", "email", "phone", "city", "notes"];

    public const string Definition = """
        {
          "slug": "lead",
          "label": { "zh-CN": "线索", "en": "Lead" },
          "displayField": "name",
          "fields": [
            { "slug": "code", "type": "autonumber", "pattern": "L-{yyyy}-{0000000}", "label": { "zh-CN": "编号", "en": "Code" } },
            { "slug": "name", "type": "text", "required": true, "maxLength": 100, "label": { "zh-CN": "姓名", "en": "Name" } },
            { "slug": "company", "type": "text", "maxLength": 200, "label": { "zh-CN": "公司", "en": "Company" } },
            { "slug": "email", "type": "email", "label": { "zh-CN": "邮箱", "en": "Email" } },
            { "slug": "phone", "type": "phone", "label": { "zh-CN": "电话", "en": "Phone" } },
            { "slug": "source", "type": "select", "indexed": true, "default": "web", "label": { "zh-CN": "来源", "en": "Source" },
              "options": [
                { "value": "web", "label": { "zh-CN": "官网", "en": "Website" }, "color": "#1677ff" },
                { "value": "referral", "label": { "zh-CN": "转介绍", "en": "Referral" }, "color": "#52c41a" },
                { "value": "event", "label": { "zh-CN": "活动", "en": "Event" }, "color": "#faad14" },
                { "value": "ads", "label": { "zh-CN": "广告", "en": "Ads" }, "color": "#eb2f96" },
                { "value": "partner", "label": { "zh-CN": "合作伙伴", "en": "Partner" }, "color": "#722ed1" } ] },
            { "slug": "stage", "type": "select", "default": "new", "label": { "zh-CN": "阶段", "en": "Stage" },
              "options": [
                { "value": "new", "label": { "zh-CN": "新建", "en": "New" } },
                { "value": "contacted", "label": { "zh-CN": "已联系", "en": "Contacted" } },
                { "value": "qualified", "label": { "zh-CN": "已确认", "en": "Qualified" } },
                { "value": "won", "label": { "zh-CN": "赢单", "en": "Won" } },
                { "value": "lost", "label": { "zh-CN": "输单", "en": "Lost" } } ] },
            { "slug": "budget", "type": "currency", "precision": 2, "currency": "CNY", "label": { "zh-CN": "预算", "en": "Budget" } },
            { "slug": "city", "type": "text", "maxLength": 50, "label": { "zh-CN": "城市", "en": "City" } },
            { "slug": "created_on", "type": "date", "indexed": true, "default": "today", "label": { "zh-CN": "创建日期", "en": "Created on" } },
            { "slug": "score", "type": "rating", "max": 5, "label": { "zh-CN": "评分", "en": "Score" } },
            { "slug": "notes", "type": "longtext", "label": { "zh-CN": "备注", "en": "Notes" } }
          ]
        }
        """;
}
