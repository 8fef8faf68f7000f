using System.Net;
using System.Text.Json;

namespace Platform.Server.Tests.Infrastructure;

/// <summary>The entity and forms the form tests start from, made through the API like any caller.</summary>
public static class FormSeed
{
    /// <summary>The fields of <see cref="CreateDealEntityAsync"/> a form can show, in entity order (the auto-number <c>code</c> is not one).</summary>
    public static readonly string[] DealFormFields = ["name", "grade", "budget", "status", "competitor", "source", "tags", "closes", "won"];

    /// <summary>"budget is required when grade is A", as the designer writes it.</summary>
    public const string BudgetWhenGradeA =
        """{"when":{"properties":{"grade":{"enum":["A"]}},"required":["grade"]},"effect":"require","field":"budget"}""";

    /// <summary>"show competitor only when status is lost".</summary>
    public const string CompetitorWhenLost =
        """{"when":{"properties":{"status":{"enum":["lost"]}},"required":["status"]},"effect":"show","field":"competitor"}""";

    /// <summary>
    /// An entity with one field of most types: text <c>name</c> (required when asked), select <c>grade</c> (A, B with
    /// labels in both languages), whole-number <c>budget</c>, select <c>status</c> (new, lost), text <c>competitor</c>,
    /// select <c>source</c> (website, sem, social), multi-select <c>tags</c>, date <c>closes</c>, boolean <c>won</c>
    /// and an auto-number <c>code</c>.
    /// </summary>
    public static async Task<string> CreateDealEntityAsync(this HttpClient admin, bool nameRequired = false)
    {
        var slug = Seed.Slug("deal");
        await admin.CreateEntityAsync($$$"""
            {"slug":"{{{slug}}}","label":{"zh-CN":"商机","en":"Deal"},"fields":[
              {"slug":"name","type":"text","label":{"zh-CN":"名称","en":"Name"},"required":{{{(nameRequired ? "true" : "false")}}}},
              {"slug":"grade","type":"select","label":{"zh-CN":"等级","en":"Grade"},"options":[
                {"value":"A","label":{"zh-CN":"甲级","en":"Grade A"}},{"value":"B","label":{"zh-CN":"乙级","en":"Grade B"}}]},
              {"slug":"budget","type":"number","label":{"zh-CN":"预算","en":"Budget"}},
              {"slug":"status","type":"select","label":{"en":"Status"},"options":[{"value":"new","label":{"en":"New"}},{"value":"lost","label":{"en":"Lost"}}]},
              {"slug":"competitor","type":"text","label":{"en":"Competitor"}},
              {"slug":"source","type":"select","label":{"en":"Source"},"options":[
                {"value":"website","label":{"en":"Website"}},{"value":"sem","label":{"en":"Search ads"}},{"value":"social","label":{"en":"Social"}}]},
              {"slug":"tags","type":"multiselect","label":{"en":"Tags"},"options":[{"value":"vip","label":{"en":"VIP"}},{"value":"new","label":{"en":"New"}}]},
              {"slug":"closes","type":"date","label":{"en":"Closes"}},
              {"slug":"won","type":"boolean","label":{"en":"Won"}},
              {"slug":"code","type":"autonumber","label":{"en":"Code"},"pattern":"D-{0000}"}]}
            """);
        return slug;
    }

    /// <summary>A form slug no other test in the same database uses.</summary>
    public static string FormSlug() => Seed.Slug("form").Replace('_', '-');

    /// <summary>One section of one column holding <paramref name="fields"/>.</summary>
    public static string Layout(params string[] fields) =>
        $$$"""{"sections":[{"id":"main","columns":1,"fields":{{{JsonSerializer.Serialize(fields)}}}}]}""";

    public static async Task<JsonElement> CreateFormAsync(this HttpClient admin, string entity, string json) =>
        await (await admin.PostJsonAsync($"/api/entities/{entity}/forms", json)).ReadJsonAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> PublishFormAsync(this HttpClient admin, string entity, string form) =>
        await (await admin.PostAsync($"/api/entities/{entity}/forms/{form}/publish", null)).ReadJsonAsync(HttpStatusCode.OK);

    /// <summary>Replaces a form's draft.</summary>
    public static async Task<JsonElement> PutFormAsync(this HttpClient admin, string entity, string form, string json) =>
        await (await admin.PutAsync($"/api/entities/{entity}/forms/{form}", HttpJson.Content(json))).ReadJsonAsync(HttpStatusCode.OK);

    /// <summary>Creates and publishes the entity's default form with these rules (JSON objects) over its generated layout.</summary>
    public static async Task<string> PublishDefaultFormAsync(this HttpClient admin, string entity, string fields = "{}", params string[] rules)
    {
        var slug = FormSlug();
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{slug}}}","isDefault":true,"fields":{{{fields}}},"rules":[{{{string.Join(",", rules)}}}]}""");
        await admin.PublishFormAsync(entity, slug);
        return slug;
    }

    /// <summary>
    /// A public lead form showing <c>name</c>, <c>grade</c> and <c>budget</c>, with <c>source</c> filled from
    /// <c>utm_source</c> (baidu → sem, wechat → social, else website), records owned by <paramref name="ownerId"/>.
    /// </summary>
    public static string PublicFormBody(string slug, long ownerId, string rules = "") => $$$"""
        {"slug":"{{{slug}}}","public":true,
         "label":{"zh-CN":"联系我们","en":"Contact us"},
         "layout":{{{Layout("name", "grade", "budget")}}},
         "rules":[{{{rules}}}],
         "hiddenFields":[{"field":"source","param":"utm_source","map":{"baidu":"sem","wechat":"social"},"default":"website"}],
         "submission":{"ownerId":{{{ownerId}}},"thankYou":{"zh-CN":"谢谢，我们已收到。","en":"Thank you, we got it."} } }
        """;

    /// <summary>A new deal entity with a published public form (<see cref="PublicFormBody"/>) owned by a new member.</summary>
    public static async Task<(string Entity, string Slug, long Owner)> PublishPublicFormAsync(this HttpClient admin, string rules = "")
    {
        var entity = await admin.CreateDealEntityAsync();
        var owner = await admin.CreateMemberIdAsync();
        var slug = FormSlug();
        await admin.CreateFormAsync(entity, PublicFormBody(slug, owner, rules));
        await admin.PublishFormAsync(entity, slug);
        return (entity, slug, owner);
    }

    /// <summary>A new member's id, for a form's <c>submission.ownerId</c>.</summary>
    public static async Task<long> CreateMemberIdAsync(this HttpClient admin)
    {
        var email = $"owner-{Guid.NewGuid():N}@example.com";
        var user = await (await admin.PostJsonAsync("/api/users", new { email, name = "Lead owner", role = "member", password = "Secret123!" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        return user.GetProperty("id").GetInt64();
    }

    /// <summary>The names of a JSON object's members.</summary>
    public static IReadOnlyList<string> Names(this JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    public static IReadOnlyList<string> StringItems(this JsonElement array) => [.. array.EnumerateArray().Select(i => i.GetString()!)];
}
