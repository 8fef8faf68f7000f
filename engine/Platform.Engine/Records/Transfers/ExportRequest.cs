namespace Platform.Engine.Records.Transfers;

/// <summary>
/// What to export: <paramref name="Format"/> <c>csv</c> (default) or <c>xlsx</c>; <paramref name="Filter"/>
/// (JSON text), <paramref name="Fields"/> (comma-separated), <paramref name="Sort"/> and <paramref name="Q"/>
/// as the record list takes them; <paramref name="View"/> a saved view whose filter, columns, sort and
/// search are used where the request gives none.
/// </summary>
public sealed record ExportRequest(string? Format, string? Filter, string? Fields, string? Sort, string? Q, string? View);
