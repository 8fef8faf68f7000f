using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Platform.Engine.Common;

namespace Platform.Engine.Workflows;

/// <summary>
/// A workflow document as it will be stored: the text as given, checked once here. The text is changed
/// only to write in a <c>definitionId</c> it lacked; everything else, unknown properties included, is kept
/// as sent, so an export reads back what was imported.
/// </summary>
public sealed partial record WorkflowDocument(string DefinitionId, string? Name, string Json)
{
    /// <summary>
    /// Checks <paramref name="text"/>. <paramref name="definitionId"/> is the id the document must carry (an
    /// edit) or null (a new definition, which takes the body's id or <paramref name="newId"/>).
    /// </summary>
    public static Result<WorkflowDocument> Read(string text, string? definitionId, Func<string> newId)
    {
        var errors = new ValidationErrors();
        if (!TryParse(text, out var node) || node is not JsonObject document)
        {
            errors.Add("body", Texts.Get(node is null ? "workflow.body.json" : "workflow.body.object"));
            return errors.ToFailure();
        }
        var givenId = document["definitionId"];
        var id = givenId is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        if (givenId is not null && (id is null || !IdPattern().IsMatch(id)))
        {
            errors.Add("definitionId", Texts.Get("workflow.definitionId.invalid"));
        }
        else if (id is not null && definitionId is not null && id != definitionId)
        {
            errors.Add("definitionId", Texts.Get("workflow.definitionId.mismatch", definitionId));
        }
        if (document["name"] is { } name && name.GetValueKind() != JsonValueKind.String)
        {
            errors.Add("name", Texts.Get("workflow.name.text"));
        }
        CheckRoot(document["root"], errors);
        if (errors.Any)
        {
            return errors.ToFailure();
        }
        if (id is null)
        {
            id = definitionId ?? newId();
            document["definitionId"] = id;
            text = document.ToJsonString(Common.Json.Options);
        }
        return new WorkflowDocument(id, document["name"]?.GetValue<string>(), text);
    }

    private static void CheckRoot(JsonNode? root, ValidationErrors errors)
    {
        if (root is not JsonObject activity)
        {
            errors.Add("root", Texts.Get("workflow.root.required"));
        }
        else if (activity["type"] is not JsonValue type || type.GetValueKind() != JsonValueKind.String || type.GetValue<string>().Length == 0)
        {
            errors.Add("root.type", Texts.Get("workflow.root.type"));
        }
    }

    private static bool TryParse(string text, out JsonNode? node)
    {
        try
        {
            node = JsonNode.Parse(text);
            // Materialise the top level now: a repeated property name only throws when the object is first read.
            _ = (node as JsonObject)?.Count;
            return node is not null;
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            node = null;
            return false;
        }
    }

    // Ids travel in URLs; Elsa's own are hex or GUID-like, names such as "order-approval" are fine too.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$")]
    private static partial Regex IdPattern();
}
