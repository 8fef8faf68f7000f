using MiniExcelLibs;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// The first worksheet of an .xlsx workbook, streamed by MiniExcel (rows are parsed as they are read;
/// only the shared-string table is held, and MiniExcel moves a large one to disk).
/// </summary>
internal sealed class XlsxTableReader : ITableReader
{
    private readonly IEnumerator<IDictionary<string, object?>> _rows;

    public XlsxTableReader(Stream stream)
    {
        _rows = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().GetEnumerator();
        Headers = _rows.MoveNext() ? [.. Cells(_rows.Current).Select(CellText.Of).Select(h => h?.Trim() ?? "")] : [];
    }

    public IReadOnlyList<string> Headers { get; }

    public IEnumerable<TableRow> Rows()
    {
        var number = 1;
        while (_rows.MoveNext())
        {
            number++;
            var cells = Cells(_rows.Current);
            if (Array.TrueForAll(cells, c => c is null || c is string { Length: 0 }))
            {
                continue;
            }
            yield return new TableRow(number, cells);
        }
    }

    /// <summary>The row's cells by column position; MiniExcel keys them by column letter (A, B, … AA).</summary>
    private static object?[] Cells(IDictionary<string, object?> row)
    {
        var cells = new object?[row.Count];
        foreach (var (column, value) in row)
        {
            var index = ColumnIndex(column);
            if (index < cells.Length)
            {
                cells[index] = value is string { Length: 0 } ? null : value;
            }
        }
        return cells;
    }

    private static int ColumnIndex(string letters)
    {
        var index = 0;
        foreach (var c in letters)
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }

    public void Dispose() => _rows.Dispose();
}
