using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// Exports the records a list request (or a saved view) selects, all of them: the file is written while
/// the records are read, a keyset page at a time, so its size is not limited by memory. Everything about
/// the request is checked by reading the first page, before a byte of the file is sent.
/// </summary>
public sealed class ExportService(EntityCatalog catalog, RecordReader reader, ViewStore views, TimeProvider clock, LocalCalendar calendar)
{
    private static readonly string[] SystemColumns =
        [SystemFields.Id, SystemFields.CreatedAt, SystemFields.UpdatedAt, SystemFields.CreatedBy, SystemFields.OwnerId];

    public async Task<Result<ExportFile>> PrepareAsync(string entitySlug, ExportRequest request, CancellationToken ct)
    {
        if (await catalog.FindAsync(entitySlug, ct) is not { } entity)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
        }
        var format = string.IsNullOrEmpty(request.Format) ? TableFiles.Csv : request.Format.ToLowerInvariant();
        if (format is not (TableFiles.Csv or TableFiles.Xlsx))
        {
            return ValidationFailure.For("format", Texts.Get("export.format"));
        }
        SavedView? view = null;
        if (request.View is { Length: > 0 } viewId && (view = (await views.ListAsync(entity.Slug, ct)).FirstOrDefault(v => v.Id == viewId)) is null)
        {
            return new NotFoundFailure(Texts.Get("view.notFound", viewId));
        }
        JsonElement? filter = view?.Filter;
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            try
            {
                filter = JsonDocument.Parse(request.Filter).RootElement.Clone();
            }
            catch (JsonException e)
            {
                return ValidationFailure.For("filter", Texts.Get("query.filter", e.Message));
            }
        }
        var names = Split(request.Fields) ?? view?.Columns ?? [.. entity.Fields.Select(f => f.Slug)];
        var columns = await ColumnsAsync(entity, names, ct);
        var query = new RecordQuery
        {
            Filter = filter, Sort = request.Sort ?? view?.Sort, Q = request.Q ?? view?.Q, Limit = RecordQuery.MaxLimit,
            Fields = [.. names.Where(n => !SystemFields.IsSystem(n))],
            Expand = [.. columns.Where(c => c.Field.Type is FieldTypeNames.User or FieldTypeNames.Relation).Select(c => c.Key)],
        };
        var first = await reader.ListAsync(entity.Slug, query, ct);
        if (!first.IsSuccess)
        {
            return first.Failure;
        }
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), calendar.Zone);
        var fileName = $"{FieldLabels.In(entity.Label, entity.Slug)}-{now:yyyyMMdd-HHmm}.{format}";
        return new ExportFile(format, fileName, columns, new ExportValues(calendar.Zone), Pages(entity.Slug, query, first.Value, ct));
    }

    /// <summary>The first page, then each next one by its cursor.</summary>
    private async IAsyncEnumerable<IDictionary<string, object?>> Pages(string entity, RecordQuery query, RecordPage first,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var page = first;
        while (true)
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }
            if (page.NextCursor is null)
            {
                yield break;
            }
            var next = await reader.ListAsync(entity, query with { Cursor = page.NextCursor }, ct);
            page = next.IsSuccess ? next.Value : throw new InvalidOperationException(next.Failure.Detail);
        }
    }

    /// <summary>
    /// Each named column with its header in the caller's language. Unknown names are left to the record
    /// list, which refuses them with its own message.
    /// </summary>
    private async Task<List<ExportColumn>> ColumnsAsync(EntityDefinition entity, IEnumerable<string> names, CancellationToken ct)
    {
        var columns = new List<ExportColumn>();
        foreach (var name in names.Distinct())
        {
            if (entity.Field(name) is { } field)
            {
                var display = field.Relation is { } relation ? (await catalog.FindAsync(relation.Entity, ct))?.EffectiveDisplayField : null;
                columns.Add(new ExportColumn(field.Slug, FieldLabels.Of(field), field, display));
            }
            else if (SystemColumns.Contains(name))
            {
                columns.Add(new ExportColumn(name, Texts.Get("transfer.column." + name), SystemFields.Resolve(entity, name)!.Field));
            }
        }
        return columns;
    }

    private static List<string>? Split(string? list) =>
        list is null ? null : [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
