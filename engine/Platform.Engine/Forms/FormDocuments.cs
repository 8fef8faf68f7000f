using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Forms;

/// <summary>The JSON documents the API returns for a form, with its schema and uiSchema in one language.</summary>
public static class FormDocuments
{
    /// <summary>The definition as stored, plus <c>schema</c> and <c>uiSchema</c>.</summary>
    public static JsonObject Describe(EntityDefinition entity, FormDefinition form, string language)
    {
        var document = JsonSerializer.SerializeToNode(form, Json.Options)!.AsObject();
        document["schema"] = FormSchemaBuilder.Schema(entity, form, language);
        document["uiSchema"] = FormSchemaBuilder.UiSchema(entity, form, language);
        return document;
    }

    /// <summary>What a page needs to render and check the form: no drafts, no settings.</summary>
    public static JsonObject Render(EntityDefinition entity, FormDefinition form, int version, string language) => new()
    {
        ["slug"] = form.Slug.Length == 0 ? null : form.Slug,
        ["entity"] = entity.Slug,
        ["version"] = version,
        ["label"] = Languages.Pick(form.Label, language) ?? Languages.Pick(entity.Label, language),
        ["description"] = Languages.Pick(form.Description, language),
        ["schema"] = FormSchemaBuilder.Schema(entity, form, language),
        ["uiSchema"] = FormSchemaBuilder.UiSchema(entity, form, language),
        ["rules"] = JsonSerializer.SerializeToNode(form.Rules, Json.Options),
    };

    /// <summary>A public form: what <see cref="Render"/> gives plus the URL parameters and the thank-you.</summary>
    public static JsonObject Public(EntityDefinition entity, FormDefinition form, string language)
    {
        var document = Render(entity, form, form.Version, language);
        document.Remove("entity");
        document["params"] = new JsonArray(form.HiddenFields.Select(h => (JsonNode)h.Param).ToArray());
        document["thankYou"] = Languages.Pick(form.Submission?.ThankYou, language);
        document["redirectUrl"] = form.Submission?.RedirectUrl;
        return document;
    }
}
