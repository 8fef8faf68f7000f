using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Entities;

/// <summary>
/// Counters behind auto-number fields, one per entity, field and period. Taken inside the write
/// transaction, so two concurrent creates can never receive the same code.
/// </summary>
public sealed class SequenceStore(LocalCalendar calendar)
{
    /// <summary>Reserves <paramref name="count"/> codes and returns them in order.</summary>
    public async Task<IReadOnlyList<string>> TakeAsync(WriteScope scope, string entity, FieldDefinition field, int count, CancellationToken ct)
    {
        AutoNumberPattern.TryParse(field.Pattern ?? AutoNumberPattern.Default, out var pattern);
        var today = calendar.Today();
        var period = pattern.PeriodKey(today);
        var last = Convert.ToInt64(await scope.Prepared(
            """
            INSERT INTO sys_sequences (entity, field, period, value) VALUES (@entity, @field, @period, @count)
            ON CONFLICT (entity, field, period) DO UPDATE SET value = value + @count
            RETURNING value
            """).With("entity", entity).With("field", field.Slug).With("period", period).With("count", count).ExecuteScalarAsync(ct),
            System.Globalization.CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(0, count).Select(i => pattern.Format(today, last - count + 1 + i))];
    }

    public Task RenameFieldAsync(WriteScope scope, string entity, string from, string to, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_sequences SET field = @to WHERE entity = @entity AND field = @from",
            new { entity, from, to }, scope.Transaction, cancellationToken: ct));

    public Task DeleteFieldAsync(WriteScope scope, string entity, string field, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM sys_sequences WHERE entity = @entity AND field = @field",
            new { entity, field }, scope.Transaction, cancellationToken: ct));
}
