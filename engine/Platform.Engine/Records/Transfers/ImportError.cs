namespace Platform.Engine.Records.Transfers;

/// <summary>Why a row of an import was not written: its row number in the file, the field (null for the whole row) and the message.</summary>
public sealed record ImportError(int Row, string? Field, string Message);
