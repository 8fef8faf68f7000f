using Dapper;
using Platform.Engine.Common;

namespace Platform.Engine.Storage;

/// <summary>Applies the migrations a database has not seen yet, each in its own transaction, and records them.</summary>
public sealed class MigrationRunner(Database database, TimeProvider clock)
{
    public async Task<IReadOnlyList<int>> ApplyAsync(IEnumerable<Migration> migrations, CancellationToken ct)
    {
        await database.InitializeAsync(ct);
        var applied = new List<int>();
        foreach (var migration in migrations.OrderBy(m => m.Number))
        {
            var result = await database.WriteAsync<bool>(async scope =>
            {
                await scope.Connection.ExecuteAsync(new CommandDefinition(
                    """
                    CREATE TABLE IF NOT EXISTS sys_migrations (
                        number INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        applied_at TEXT NOT NULL)
                    """, transaction: scope.Transaction, cancellationToken: ct));
                var done = await scope.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT count(*) FROM sys_migrations WHERE number = @Number",
                    new { migration.Number }, scope.Transaction, cancellationToken: ct));
                if (done > 0)
                {
                    return false;
                }
                await scope.Connection.ExecuteAsync(new CommandDefinition(
                    migration.Sql, transaction: scope.Transaction, cancellationToken: ct));
                await scope.Connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO sys_migrations (number, name, applied_at) VALUES (@Number, @Name, @At)",
                    new { migration.Number, migration.Name, At = Timestamps.Format(clock.GetUtcNow()) },
                    scope.Transaction, cancellationToken: ct));
                return true;
            }, ct, alone: true);
            if (result.Value)
            {
                applied.Add(migration.Number);
            }
        }
        return applied;
    }
}
