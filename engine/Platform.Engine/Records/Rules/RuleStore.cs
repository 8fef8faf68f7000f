using System.Data.Common;
using System.Text.Json.Nodes;
using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Rules;

/// <summary>The SQL of entity rules (<c>sys_rules</c>) and of the scores they give records (<c>sys_record_scores</c>).</summary>
public sealed class RuleStore
{
    private const string Columns = "slug, kind, label, script, field, grade_field AS GradeField, enabled, position, created_at AS CreatedAt, updated_at AS UpdatedAt";

    public async Task<IReadOnlyList<EntityRule>> ListAsync(DbConnection connection, DbTransaction? transaction, string entity, CancellationToken ct) =>
        [.. (await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM sys_rules WHERE entity = @entity ORDER BY position, slug", new { entity }, transaction, cancellationToken: ct)))
            .Select(r => r.ToRule())];

    public async Task InsertAsync(WriteScope scope, string entity, EntityRule rule, CancellationToken ct) =>
        await scope.Connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO sys_rules (entity, slug, kind, label, script, field, grade_field, enabled, position, created_at, updated_at)
            VALUES (@entity, @Slug, @Kind, @Label, @Script, @Field, @GradeField, @Enabled, @Position, @CreatedAt, @UpdatedAt)
            """, Parameters(entity, rule), scope.Transaction, cancellationToken: ct));

    public async Task UpdateAsync(WriteScope scope, string entity, string slug, EntityRule rule, CancellationToken ct)
    {
        var parameters = new DynamicParameters(Parameters(entity, rule));
        parameters.Add("old", slug);
        await scope.Connection.ExecuteAsync(new CommandDefinition("""
            UPDATE sys_rules SET slug = @Slug, kind = @Kind, label = @Label, script = @Script, field = @Field, grade_field = @GradeField,
                enabled = @Enabled, updated_at = @UpdatedAt
            WHERE entity = @entity AND slug = @old
            """, parameters, scope.Transaction, cancellationToken: ct));
    }

    public async Task<bool> DeleteAsync(WriteScope scope, string entity, string slug, CancellationToken ct) =>
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM sys_rules WHERE entity = @entity AND slug = @slug", new { entity, slug }, scope.Transaction, cancellationToken: ct)) > 0;

    public Task<int> NextPositionAsync(WriteScope scope, string entity, CancellationToken ct) =>
        scope.Connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT coalesce(max(position) + 1, 0) FROM sys_rules WHERE entity = @entity", new { entity }, scope.Transaction, cancellationToken: ct));

    /// <summary>Rules bound to a renamed field follow it.</summary>
    public async Task RenameFieldAsync(WriteScope scope, string entity, string from, string to, CancellationToken ct)
    {
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_rules SET field = @to WHERE entity = @entity AND field = @from", new { entity, from, to }, scope.Transaction, cancellationToken: ct));
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_rules SET grade_field = @to WHERE entity = @entity AND grade_field = @from", new { entity, from, to }, scope.Transaction, cancellationToken: ct));
    }

    /// <summary>Rules bound to a deleted field keep running, unbound: a validation message goes to the record as a whole.</summary>
    public async Task UnbindFieldAsync(WriteScope scope, string entity, string field, CancellationToken ct)
    {
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_rules SET field = NULL WHERE entity = @entity AND field = @field", new { entity, field }, scope.Transaction, cancellationToken: ct));
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_rules SET grade_field = NULL WHERE entity = @entity AND grade_field = @field", new { entity, field }, scope.Transaction, cancellationToken: ct));
    }

    public async Task SaveScoresAsync(WriteScope scope, string entity, long recordId, IReadOnlyList<RecordScore> scores, CancellationToken ct)
    {
        foreach (var score in scores)
        {
            await scope.Connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO sys_record_scores (entity, record_id, rule, score, grade, reasons, scored_at)
                VALUES (@entity, @recordId, @Rule, @Score, @Grade, @Reasons, @At)
                ON CONFLICT (entity, record_id, rule) DO UPDATE SET score = excluded.score, grade = excluded.grade,
                    reasons = excluded.reasons, scored_at = excluded.scored_at
                """, new { entity, recordId, score.Rule, score.Score, score.Grade, Reasons = score.Reasons.ToJsonString(), At = Timestamps.Format(score.ScoredAt) },
                scope.Transaction, cancellationToken: ct));
        }
    }

    public async Task<IReadOnlyList<RecordScore>> ScoresAsync(DbConnection connection, string entity, long recordId, CancellationToken ct) =>
        [.. (await connection.QueryAsync<(string Rule, double Score, string? Grade, string Reasons, string At)>(new CommandDefinition(
            "SELECT rule, score, grade, reasons, scored_at FROM sys_record_scores WHERE entity = @entity AND record_id = @recordId ORDER BY rule",
            new { entity, recordId }, cancellationToken: ct)))
            .Select(r => new RecordScore(r.Rule, r.Score, r.Grade, JsonNode.Parse(r.Reasons)!.AsArray(), Timestamps.Parse(r.At)))];

    private static object Parameters(string entity, EntityRule rule) => new
    {
        entity, rule.Slug, rule.Kind, Label = Json.Serialize(rule.Label), rule.Script, rule.Field, rule.GradeField,
        rule.Enabled, rule.Position, CreatedAt = Timestamps.Format(rule.CreatedAt), UpdatedAt = Timestamps.Format(rule.UpdatedAt),
    };

    private sealed record Row(string Slug, string Kind, string Label, string Script, string? Field, string? GradeField, long Enabled, long Position,
        string CreatedAt, string UpdatedAt)
    {
        public EntityRule ToRule() => new()
        {
            Slug = Slug, Kind = Kind, Label = Json.Deserialize<Dictionary<string, string>>(Label) ?? [], Script = Script, Field = Field,
            GradeField = GradeField, Enabled = Enabled != 0, Position = (int)Position,
            CreatedAt = Timestamps.Parse(CreatedAt), UpdatedAt = Timestamps.Parse(UpdatedAt),
        };
    }
}
