namespace Platform.Engine.Records.Transfers;

/// <summary>A refused row: its number, its cells as the file had them, and every reason.</summary>
internal sealed record ImportFailure(int Row, IReadOnlyList<string?> Cells, IReadOnlyList<ImportError> Errors);
