using System.Text.Json;

namespace Platform.Engine.Records.Rules;

/// <summary>A script tried out against a stored record (<see cref="RecordId"/>) or a record given as JSON (<see cref="Record"/>).</summary>
public sealed record ScriptTest
{
    public string? Script { get; init; }

    public string? Entity { get; init; }

    /// <summary>formula, validation, hook (= beforeSave), beforeSave, afterSave or score.</summary>
    public string? Kind { get; init; }

    public long? RecordId { get; init; }

    public JsonElement? Record { get; init; }

    public JsonElement? Previous { get; init; }
}
