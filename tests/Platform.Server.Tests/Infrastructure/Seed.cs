using System.Net;
using System.Text.Json;

namespace Platform.Server.Tests.Infrastructure;

/// <summary>Creates the entities and records a test starts from, through the API like any caller.</summary>
public static class Seed
{
    /// <summary>A slug no other test in the same database uses.</summary>
    public static string Slug(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>The smallest valid entity body: a slug and an English label, no fields.</summary>
    public static string EntityBody(string slug, string label = "Test") => $$$"""{"slug":"{{{slug}}}","label":{"en":"{{{label}}}"}}""";

    public static async Task<JsonElement> CreateEntityAsync(this HttpClient admin, string json) =>
        await (await admin.PostJsonAsync("/api/entities", json)).ReadJsonAsync(HttpStatusCode.Created);

    /// <summary>An entity with a text <c>name</c>, an <c>email</c>, a number <c>budget</c> and a select <c>source</c>.</summary>
    public static async Task<string> CreateLeadEntityAsync(this HttpClient admin, string prefix = "lead")
    {
        var slug = Slug(prefix);
        await admin.CreateEntityAsync($$$"""
            {"slug":"{{{slug}}}","label":{"zh-CN":"线索","en":"Lead"},"fields":[
              {"slug":"name","type":"text","label":{"en":"Name"}},
              {"slug":"email","type":"email","label":{"en":"Email"}},
              {"slug":"budget","type":"number","label":{"en":"Budget"}},
              {"slug":"source","type":"select","options":[{"value":"web","label":{"en":"Web"}},{"value":"fair","label":{"en":"Fair"}}]}]}
            """);
        return slug;
    }

    public static async Task<JsonElement> CreateRecordAsync(this HttpClient client, string entity, object body) =>
        await (await client.PostJsonAsync($"/api/entities/{entity}/records", body)).ReadJsonAsync(HttpStatusCode.Created);

    public static async Task<long> CreateRecordIdAsync(this HttpClient client, string entity, object body) =>
        (await client.CreateRecordAsync(entity, body)).GetProperty("id").GetInt64();

    /// <summary>The records page for a raw query string such as <c>sort=name&amp;limit=2</c>.</summary>
    public static Task<JsonElement> ListAsync(this HttpClient client, string entity, string query = "") =>
        client.GetJsonAsync($"/api/entities/{entity}/records?{query}");

    public static async Task<long> CountAsync(this HttpClient client, string entity, string query = "") =>
        (await client.ListAsync(entity, $"count=true&limit=1&{query}")).GetProperty("total").GetInt64();

    /// <summary>The filter as the <c>filter=</c> query value.</summary>
    public static string Filter(string json) => "filter=" + Uri.EscapeDataString(json);

    public static IReadOnlyList<JsonElement> Items(this JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    public static IReadOnlyList<long> Ids(this JsonElement page) => [.. page.Items().Select(i => i.GetProperty("id").GetInt64())];

    public static IReadOnlyList<string?> Strings(this JsonElement page, string field) =>
        [.. page.Items().Select(i => i.GetProperty(field).ValueKind == JsonValueKind.Null ? null : i.GetProperty(field).GetString())];
}
