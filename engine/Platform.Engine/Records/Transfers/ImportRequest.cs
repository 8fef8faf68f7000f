namespace Platform.Engine.Records.Transfers;

/// <summary>
/// The form fields of an import upload besides the file. <paramref name="Mapping"/> is JSON text,
/// <c>{"column header": "field slug" | null}</c>; columns it leaves out are matched automatically.
/// </summary>
public sealed record ImportRequest(string? Mode, string? Mapping, IReadOnlyList<string> MatchOn, string? OnDuplicate);
