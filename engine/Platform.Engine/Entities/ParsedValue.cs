namespace Platform.Engine.Entities;

/// <summary>A value turned into its stored form, or the message saying why it could not be.</summary>
public readonly record struct ParsedValue(object? Stored, string? Error)
{
    public bool Ok => Error is null;

    public static ParsedValue Of(object? stored) => new(stored, null);

    public static ParsedValue Fail(string error) => new(null, error);

    public static readonly ParsedValue Empty = new(null, null);
}
