using Dapper;
using Platform.Engine.Storage;

namespace Platform.Engine.Entities;

/// <summary>
/// Checks that ids in user and relation fields point at something that exists (a user, or a record of the
/// target entity that is not in the trash). The engine enforces these links itself, in the writing
/// transaction, because soft-deleted rows would satisfy a database foreign key.
/// </summary>
public sealed class ReferenceStore
{
    public async Task<IReadOnlySet<long>> MissingAsync(WriteScope scope, FieldDefinition field, IEnumerable<long> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToArray();
        if (wanted.Length == 0)
        {
            return new HashSet<long>();
        }
        var sql = field.Type == FieldTypeNames.User
            ? "SELECT id FROM sys_users WHERE id IN @wanted"
            : $"SELECT id FROM {SchemaStore.Table(field.Relation!.Entity).Quoted} WHERE deleted_at IS NULL AND id IN @wanted";
        var found = new HashSet<long>();
        foreach (var chunk in wanted.Chunk(500))
        {
            found.UnionWith(await scope.Connection.QueryAsync<long>(new CommandDefinition(
                sql, new { wanted = chunk }, scope.Transaction, cancellationToken: ct)));
        }
        return wanted.Where(id => !found.Contains(id)).ToHashSet();
    }
}
