namespace Platform.Engine.Records.Transfers;

/// <summary>One data row and its number as a spreadsheet shows it (the header is row 1).</summary>
internal sealed record TableRow(int Number, object?[] Cells);
