namespace Platform.Engine.Records.Transfers;

/// <summary>
/// A data row ready to write: the record body its cells make (UTF-8 JSON, as an API caller would send
/// it), or the conversion errors that stop it. The cells are kept for the error report.
/// </summary>
internal sealed record PreparedRow(int Number, object?[] Cells, byte[]? Body, IReadOnlyList<ImportError> Errors)
{
    /// <summary>The body read as a new record (defaults added) and checked against the form; its errors are its own.</summary>
    public RecordInput? Input { get; init; }

    /// <summary>The stored values of the match fields; null when there are none or one is empty (the row then matches nothing).</summary>
    public MatchKey? Key { get; init; }
}
