using Platform.Engine.Entities;

namespace Platform.Engine.Records;

/// <summary>A filterable, sortable name: its SQL expression, its key in a fetched row, and how it behaves.</summary>
public sealed record ResolvedField(string Column, string Key, FieldDefinition Field);
