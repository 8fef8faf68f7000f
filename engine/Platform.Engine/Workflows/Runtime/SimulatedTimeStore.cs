using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Workflows.Runtime;

/// <summary>The simulated clock's row of <c>sys_settings</c> (key <c>clock.simulated</c>): the instant it has reached.</summary>
public sealed class SimulatedTimeStore(Database database) : ISimulatedTimeStore
{
    private const string Key = "clock.simulated";

    public Task<DateTimeOffset?> ReadAsync(CancellationToken ct) =>
        database.ReadAsync(async c => await c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT value FROM sys_settings WHERE key = @Key", new { Key }, cancellationToken: ct)) is { } text
                ? Timestamps.Parse(text)
                : (DateTimeOffset?)null, ct);

    // Two advances may run at once; the text comparison (fixed-width UTC) keeps the later instant whichever writes last.
    public Task SaveAsync(DateTimeOffset instant, CancellationToken ct) =>
        database.WriteAsync<bool>(async scope =>
        {
            await scope.Connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO sys_settings (key, value, updated_at) VALUES (@Key, @value, @value)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at WHERE excluded.value > sys_settings.value
                """,
                new { Key, value = Timestamps.Format(instant) }, scope.Transaction, cancellationToken: ct));
            return true;
        }, ct);
}
