using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Platform.Engine.Scripting;

namespace Platform.Engine.Workflows.Expressions;

/// <summary>Elsa's JavaScript functions that need no workflow: text checks, JSON, GUIDs and Base64. Built once, shared by every evaluation.</summary>
internal static class JavaScriptFunctions
{
    // Chinese text stays readable in toJson(), as Elsa writes it.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static readonly IReadOnlyDictionary<string, ScriptFunction> Shared = new Dictionary<string, ScriptFunction>(StringComparer.Ordinal)
    {
        ["isNullOrWhiteSpace"] = a => JsonValue.Create(Arg(a, 0) is null || (Arg(a, 0) is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s))),
        ["isNullOrEmpty"] = a => JsonValue.Create(Arg(a, 0) is null || (Arg(a, 0) is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0)),
        ["toJson"] = a => JsonValue.Create(Arg(a, 0)?.ToJsonString(Readable) ?? "null"),
        ["parseGuid"] = a => Guid.TryParse(Text(a, 0, "parseGuid(text)", "text"), out var guid)
            ? JsonValue.Create(guid.ToString())
            : throw new ScriptHostException($"parseGuid(text): \"{Text(a, 0, "parseGuid(text)", "text")}\" is not a GUID"),
        ["newGuid"] = _ => JsonValue.Create(Guid.NewGuid().ToString()),
        ["newGuidString"] = _ => JsonValue.Create(Guid.NewGuid().ToString()),
        ["newShortGuid"] = _ => JsonValue.Create(ShortGuid()),
        ["getGuidString"] = _ => JsonValue.Create(Guid.NewGuid().ToString()),
        ["getShortGuid"] = _ => JsonValue.Create(ShortGuid()),
        ["stringToBase64"] = a => JsonValue.Create(Convert.ToBase64String(Encoding.UTF8.GetBytes(Text(a, 0, "stringToBase64(text)", "text")))),
        ["stringFromBase64"] = a => JsonValue.Create(FromBase64(Text(a, 0, "stringFromBase64(text)", "text"))),
    };

    /// <summary>The argument at <paramref name="index"/>; null when the script passed fewer.</summary>
    public static JsonNode? Arg(IReadOnlyList<JsonNode?> args, int index) => index < args.Count ? args[index] : null;

    /// <summary>The text argument at <paramref name="index"/>; anything else is an error the script sees, naming the call and the parameter.</summary>
    public static string Text(IReadOnlyList<JsonNode?> args, int index, string call, string parameter) =>
        Arg(args, index) is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw new ScriptHostException($"{call}: {parameter} must be a string");

    /// <summary>A text argument that may be null (a correlation id, a name); other values are taken as their JSON text.</summary>
    public static string? OptionalText(IReadOnlyList<JsonNode?> args, int index) => Arg(args, index) switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var other => other.ToJsonString(),
    };

    private static string ShortGuid() =>
        Convert.ToBase64String(Guid.NewGuid().ToByteArray()).Replace("/", "", StringComparison.Ordinal).Replace("+", "", StringComparison.Ordinal).TrimEnd('=');

    private static string FromBase64(string text)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(text));
        }
        catch (FormatException)
        {
            throw new ScriptHostException("stringFromBase64(text): text is not Base64");
        }
    }
}
