using System.Buffers;
using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// Turns each data row into a record body through the import's column map, reads the body as a new
/// record and checks it against the form. None of this needs the database's write lock, so it runs
/// while the previous batch is being written. One per import run.
/// </summary>
internal sealed class RowPreparer
{
    private readonly (int Index, string Key, FieldDefinition Field)[] _columns;
    private readonly FieldDefinition[] _matchOn;
    private readonly int _width;
    private readonly EntityDefinition _entity;
    private readonly CellConverter _converter;
    private readonly CreateBatches _creates;
    private readonly TimeProvider _clock;
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;

    public RowPreparer(EntityDefinition entity, ImportPlan plan, CellConverter converter, CreateBatches creates, TimeProvider clock)
    {
        _columns = [.. plan.Fields.Select((key, index) => (Index: index, Key: key))
            .Where(c => c.Key is not null)
            .Select(c => (c.Index, c.Key!, c.Key == ColumnMatcher.Owner ? Records.SystemFields.Resolve(entity, c.Key)!.Field : entity.Field(c.Key!)!))];
        _matchOn = [.. plan.MatchOn.Select(slug => entity.Field(slug)!)];
        _width = plan.Fields.Length;
        _entity = entity;
        _converter = converter;
        _creates = creates;
        _clock = clock;
        _json = new Utf8JsonWriter(_buffer);
    }

    public async ValueTask<PreparedRow> PrepareAsync(TableRow row, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        var extra = row.Cells.Skip(_width).Count(c => !string.IsNullOrWhiteSpace(CellText.Of(c)));
        if (extra > 0)
        {
            // More cells than headers usually means a stray delimiter or quote; guessing which cell moved would misfile data.
            errors.Add(new ImportError(row.Number, null, Texts.Get("import.cells", _width + extra, _width)));
        }
        _buffer.ResetWrittenCount();
        _json.Reset();
        _json.WriteStartObject();
        foreach (var (index, key, field) in _columns)
        {
            var value = await _converter.ConvertAsync(field, index < row.Cells.Length ? row.Cells[index] : null, ct);
            if (!value.Ok)
            {
                errors.Add(new ImportError(row.Number, key, value.Error!));
            }
            else if (value.Stored is { } stored)
            {
                _json.WritePropertyName(key);
                Write(stored);
            }
        }
        _json.WriteEndObject();
        _json.Flush();
        var body = _buffer.WrittenSpan.ToArray();
        if (errors.Count > 0)
        {
            // The row is refused, but every other problem is still worth reporting at once (a required
            // field left empty, a malformed e-mail): the cells that converted are checked like any record.
            using var partial = JsonDocument.Parse(body);
            var input = await _creates.ReadAsync(_entity, partial.RootElement, _clock.GetUtcNow(), ct);
            var failed = errors.Select(e => e.Field).ToHashSet();
            var more = input.Errors.Any ? input.Errors.ToFailure().Errors : new Dictionary<string, string[]>();
            errors.AddRange(more.Where(e => !failed.Contains(e.Key)).SelectMany(e => e.Value.Select(m => new ImportError(row.Number, e.Key, m))));
            return new PreparedRow(row.Number, row.Cells, null, errors);
        }
        using var document = JsonDocument.Parse(body);
        return new PreparedRow(row.Number, row.Cells, body, errors)
        {
            Input = await _creates.ReadAsync(_entity, document.RootElement, _clock.GetUtcNow(), ct),
            Key = MatchKey.Of(_matchOn, document.RootElement),
        };
    }

    private void Write(object value)
    {
        switch (value)
        {
            case string text:
                _json.WriteStringValue(text);
                break;
            case long whole:
                _json.WriteNumberValue(whole);
                break;
            case decimal number:
                _json.WriteNumberValue(number);
                break;
            case bool flag:
                _json.WriteBooleanValue(flag);
                break;
            case string[] items:
                _json.WriteStartArray();
                foreach (var item in items)
                {
                    _json.WriteStringValue(item);
                }
                _json.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"No JSON form for {value.GetType().Name}.");
        }
    }
}
