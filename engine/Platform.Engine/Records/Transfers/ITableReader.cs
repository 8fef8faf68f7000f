namespace Platform.Engine.Records.Transfers;

/// <summary>
/// A spreadsheet read row by row: the first row is the header, the others are data. Cells are strings
/// (CSV) or what the workbook stored (string, double, DateTime, bool); an empty cell is null.
/// </summary>
internal interface ITableReader : IDisposable
{
    IReadOnlyList<string> Headers { get; }

    /// <summary>The data rows in file order, each read only when asked for.</summary>
    IEnumerable<TableRow> Rows();
}
