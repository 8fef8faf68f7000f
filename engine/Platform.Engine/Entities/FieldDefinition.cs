using System.Text.Json;

namespace Platform.Engine.Entities;

/// <summary>
/// A field of an entity. Type-specific settings are optional properties that only their type reads;
/// keeping them flat keeps the JSON an integrator writes short.
/// </summary>
public sealed record FieldDefinition
{
    public required string Slug { get; init; }

    public required string Type { get; init; }

    public Dictionary<string, string> Label { get; init; } = [];

    public Dictionary<string, string>? Help { get; init; }

    public bool Required { get; init; }

    public bool Unique { get; init; }

    public bool Indexed { get; init; }

    public JsonElement? Default { get; init; }

    /// <summary>Decimal places for number, currency and percent; 0 means whole numbers.</summary>
    public int? Precision { get; init; }

    /// <summary>ISO currency code for currency fields.</summary>
    public string? Currency { get; init; }

    public List<FieldOption>? Options { get; init; }

    public RelationSettings? Relation { get; init; }

    /// <summary>Auto-number pattern such as <c>L-{yyyy}-{0000}</c>.</summary>
    public string? Pattern { get; init; }

    /// <summary>Highest rating.</summary>
    public int? Max { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>
    /// What a formula field's script returns: number, text, boolean, date or datetime. For a rollup the
    /// engine derives it from the aggregated field when the rollup is saved.
    /// </summary>
    public string? ResultType { get; init; }

    /// <summary>A stage field's stages, in pipeline order.</summary>
    public List<StageDefinition>? Stages { get; init; }

    /// <summary>Whether a stage field lets a record move back to an earlier stage.</summary>
    public bool? AllowBackward { get; init; }

    /// <summary>A rollup field's aggregate over related records.</summary>
    public RollupSettings? Rollup { get; init; }

    /// <summary>A formula field's script (JavaScript; a bare expression or a body that returns).</summary>
    public string? Formula { get; init; }
}
