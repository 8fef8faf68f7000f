using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Identity;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Assignment;

/// <summary>
/// The evaluated inputs of a <c>Platform.AssignOwner</c> node as an <see cref="AssignmentRequest"/>. Literal
/// inputs arrive as text ("42", "true", JSON text for objects), so each accepts its JSON type or text of it
/// (<see cref="WorkflowValues"/>).
/// Without <c>entity</c> and <c>recordId</c> the record is the one the workflow was started for (a record
/// trigger's input). Bad input throws, which faults the activity with the message.
/// </summary>
internal static class AssignOwnerInputs
{
    public static readonly string[] Names = ["entity", "recordId", "strategy", "candidates", "rules", "respectCapacity", "defaultOwnerId", "cursorKey"];

    public static AssignmentRequest ToRequest(IReadOnlyDictionary<string, JsonNode?> inputs, JsonObject workflowInput, Actor actor, string instanceId) => new()
    {
        Entity = Text(inputs.GetValueOrDefault("entity") ?? workflowInput["entity"])
            ?? throw new ArgumentException(Texts.Get("assignment.entity")),
        RecordId = Number("recordId", inputs.GetValueOrDefault("recordId") ?? workflowInput["recordId"]) is long id && id > 0
            ? id
            : throw new ArgumentException(Texts.Get("assignment.recordId")),
        Strategy = Text(inputs.GetValueOrDefault("strategy")) ?? AssignmentStrategies.RoundRobin,
        Candidates = Object<AssignmentCandidates>("candidates", inputs.GetValueOrDefault("candidates")),
        Rules = Object<AssignmentRules>("rules", inputs.GetValueOrDefault("rules")),
        RespectCapacity = Flag("respectCapacity", inputs.GetValueOrDefault("respectCapacity")) ?? true,
        DefaultOwnerId = Number("defaultOwnerId", inputs.GetValueOrDefault("defaultOwnerId")),
        CursorKey = Text(inputs.GetValueOrDefault("cursorKey")),
        Actor = actor,
        WorkflowInstanceId = instanceId,
    };

    private static string? Text(JsonNode? node) => WorkflowValues.ToText(node)?.Trim() is { Length: > 0 } text ? text : null;

    private static long? Number(string name, JsonNode? node) => Read(name, () => WorkflowValues.ToInt64(node));

    /// <summary>Unlike a bare Elsa boolean, an absent flag keeps its default rather than reading as false.</summary>
    private static bool? Flag(string name, JsonNode? node) => Text(node) is null ? null : Read(name, () => WorkflowValues.ToBool(node));

    /// <summary>Names the input in the message of a value that cannot be read.</summary>
    private static T Read<T>(string name, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (FormatException e)
        {
            throw Invalid(name, e.Message);
        }
    }

    /// <summary>An object input, or JSON text of one; unknown properties are refused so a misspelt rule is not silently ignored.</summary>
    private static T? Object<T>(string name, JsonNode? node) where T : class
    {
        try
        {
            return node switch
            {
                null => null,
                JsonObject json => json.Deserialize<T>(Json.Options),
                JsonValue when Text(node) is { } text => JsonSerializer.Deserialize<T>(text, Json.Options),
                JsonValue => null,
                _ => throw Invalid(name, node.ToJsonString()),
            };
        }
        catch (JsonException e)
        {
            throw Invalid(name, e.Message);
        }
    }

    private static ArgumentException Invalid(string name, string detail) => new(Texts.Get("assignment.input", name, detail));
}
