using Platform.Engine.Entities;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// A column of an export: the record member it shows (a field slug or a system field), its header, the
/// field that says how to show it and, for a relation, the linked entity's display field.
/// </summary>
internal sealed record ExportColumn(string Key, string Header, FieldDefinition Field, string? Display = null);
