namespace Platform.Engine.Records.Transfers;

/// <summary>A column of an uploaded file: its header, the field it fills (null: not imported) and its first values.</summary>
public sealed record ImportColumn(string Name, string? Field, IReadOnlyList<string?> Samples);
