using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// The rows an import refused, as a CSV file: the file's own columns with the row's cells as they were,
/// then the row number and every reason. Fixed and uploaded again, it imports like the original (the two
/// added columns match no field).
/// </summary>
public sealed class ImportErrorsFile
{
    private const int Page = 1_000;
    private readonly ImportJob _job;
    private readonly EntityDefinition? _entity;
    private readonly ImportStore _store;

    internal ImportErrorsFile(ImportJob job, EntityDefinition? entity, ImportStore store)
    {
        _job = job;
        _entity = entity;
        _store = store;
    }

    public string FileName => Path.GetFileNameWithoutExtension(_job.FileName) + "-errors.csv";

    public async Task WriteAsync(Stream output, CancellationToken ct)
    {
        await using var csv = new CsvTableWriter(output);
        var width = _job.Columns.Count;
        await csv.WriteRowAsync([.. _job.Columns.Select(c => c.Name), Texts.Get("transfer.column.row"), Texts.Get("transfer.column.errors")], ct);
        var after = 0;
        IReadOnlyList<ImportFailure> failures;
        do
        {
            failures = await _store.FailuresAsync(_job.Id, after, Page, ct);
            foreach (var failure in failures)
            {
                var cells = Enumerable.Range(0, width).Select(i => i < failure.Cells.Count ? failure.Cells[i] : null);
                var reasons = string.Join("; ", failure.Errors.Select(e => e.Field is null ? e.Message : $"{Label(e.Field)}: {e.Message}"));
                await csv.WriteRowAsync([.. cells, failure.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), reasons], ct);
                after = failure.Row;
            }
            await csv.FlushAsync(ct);
        }
        while (failures.Count == Page);
    }

    private string Label(string field) =>
        field == ColumnMatcher.Owner ? Texts.Get("transfer.column.ownerId")
        : _entity?.Field(field) is { } known ? FieldLabels.Of(known) : field;
}
