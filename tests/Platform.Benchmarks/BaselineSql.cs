using System.Globalization;
using Platform.Engine.Entities;

namespace Platform.Benchmarks;

/// <summary>
/// The SQL the engine runs for one create (see RecordService.CreateAsync, RecordStore, SequenceStore,
/// SearchIndexStore), written out for the baselines. Names come from the engine's own identifier helpers.
/// </summary>
public static class BaselineSql
{
    /// <summary>A counter of the baseline's own in sys_sequences, so the server's auto-number is not disturbed.</summary>
    public const string SequenceField = "bench_code";

    public static readonly string Table = SchemaStore.Table(LeadSchema.Entity).Quoted;

    public static readonly string SearchTable = SearchIndexStore.Table(LeadSchema.Entity).Quoted;

    public static readonly string NextSequence =
        $"INSERT INTO sys_sequences (entity, field, period, value) VALUES ('{LeadSchema.Entity}', '{SequenceField}', '2026', 1) " +
        "ON CONFLICT (entity, field, period) DO UPDATE SET value = value + 1 RETURNING value";

    public static readonly string InsertRow =
        $"INSERT INTO {Table} (created_at, updated_at, created_by, owner_id, {string.Join(", ", LeadSchema.Columns.Select(c => SchemaStore.Column(c).Quoted))}) " +
        $"VALUES (@At, @At, @CreatedBy, @CreatedBy, {string.Join(", ", LeadSchema.Columns.Select(c => "@" + c))}) RETURNING id";

    public static readonly string InsertAudit =
        $"INSERT INTO sys_audit (entity, record_id, at, user_id, action, changes) VALUES ('{LeadSchema.Entity}', @id, @At, @CreatedBy, 'create', @changes)";

    /// <summary>The search text is computed by SQL from the row, as SearchIndexStore does.</summary>
    public static readonly string IndexSearch =
        $"INSERT INTO {SearchTable} (rowid, body) SELECT id, " +
        string.Join(" || ' ' || ", LeadSchema.Searchable.Select(c => $"coalesce({SchemaStore.Column(c).Quoted}, '')")) +
        $" FROM {Table} WHERE id = @id";

    /// <summary>The bulk endpoint's form: a run of new ids at once (SearchIndexStore.IndexRangeAsync).</summary>
    public static readonly string IndexSearchRange =
        $"INSERT INTO {SearchTable} (rowid, body) SELECT id, " +
        string.Join(" || ' ' || ", LeadSchema.Searchable.Select(c => $"coalesce({SchemaStore.Column(c).Quoted}, '')")) +
        $" FROM {Table} WHERE id BETWEEN @first AND @last";

    public static readonly string ReadBack = $"SELECT * FROM {Table} WHERE id = @id";

    public static string Code(long counter) => string.Create(CultureInfo.InvariantCulture, $"L-2026-{counter:0000000}");
}
