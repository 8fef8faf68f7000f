namespace Platform.Engine.Records;

/// <summary>One field's value before and after a change, as they appear in JSON.</summary>
public sealed record FieldChange(string Field, object? Old, object? New);
