namespace Platform.Engine.Records;

/// <summary>One key of an ORDER BY: the quoted column, its key in a fetched row, and its direction.</summary>
public sealed record SortKey(string Column, string Key, bool Descending);
