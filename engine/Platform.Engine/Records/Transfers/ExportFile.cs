using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using Platform.Engine.Entities;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// An export ready to be written: the header row is the columns' labels, then one row per record. CSV is
/// written straight to the output; a workbook is a zip, which needs a seekable file, so it is built in a
/// temporary file (deleted when closed) and then copied out.
/// </summary>
public sealed class ExportFile
{
    private readonly string _format;
    private readonly IReadOnlyList<ExportColumn> _columns;
    private readonly ExportValues _values;
    private readonly IAsyncEnumerable<IDictionary<string, object?>> _records;

    internal ExportFile(string format, string fileName, IReadOnlyList<ExportColumn> columns, ExportValues values, IAsyncEnumerable<IDictionary<string, object?>> records)
    {
        _format = format;
        FileName = fileName;
        _columns = Unique(columns);
        _values = values;
        _records = records;
    }

    public string FileName { get; }

    public string ContentType => _format == TableFiles.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";

    public Task WriteAsync(Stream output, CancellationToken ct) => _format == TableFiles.Xlsx ? WriteXlsxAsync(output, ct) : WriteCsvAsync(output, ct);

    private async Task WriteCsvAsync(Stream output, CancellationToken ct)
    {
        await using var csv = new CsvTableWriter(output);
        await csv.WriteRowAsync(_columns.Select(c => c.Header), ct);
        var rows = 0;
        await foreach (var record in _records.WithCancellation(ct))
        {
            await csv.WriteRowAsync(_columns.Select(c => _values.Text(c, record.TryGetValue(c.Key, out var v) ? v : null)), ct);
            if (++rows % RecordQuery.MaxLimit == 0)
            {
                await csv.FlushAsync(ct);
            }
        }
    }

    private async Task WriteXlsxAsync(Stream output, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.xlsx");
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns = [.. _columns.Where(c => c.Field.Type is FieldTypeNames.Date or FieldTypeNames.DateTime)
                .Select(c => new DynamicExcelColumn(c.Header) { Format = c.Field.Type == FieldTypeNames.Date ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm" })],
        };
        await file.SaveAsAsync(Rows(ct), configuration: configuration, cancellationToken: ct);
        file.Position = 0;
        await file.CopyToAsync(output, ct);
    }

    private async IAsyncEnumerable<Dictionary<string, object?>> Rows([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var any = false;
        await foreach (var record in _records.WithCancellation(ct))
        {
            any = true;
            yield return _columns.ToDictionary(c => c.Header, c => _values.Typed(c, record.TryGetValue(c.Key, out var v) ? v : null));
        }
        if (!any)
        {
            // A workbook takes its header from the first row; with no records, an empty row carries it.
            yield return _columns.ToDictionary(c => c.Header, _ => (object?)null);
        }
    }

    /// <summary>Headers must differ (a workbook row is keyed by them): a repeated label gets its field slug added.</summary>
    private static List<ExportColumn> Unique(IReadOnlyList<ExportColumn> columns) =>
        [.. columns.Select(c => columns.Count(o => o.Header == c.Header) > 1 ? c with { Header = $"{c.Header} ({c.Key})" } : c)];
}
