using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Scripting;

/// <summary>The calendar's row of <c>sys_settings</c> (key <c>calendar</c>): the settings as their wire JSON.</summary>
public sealed class WorkingCalendarStore(Database database)
{
    private const string Key = "calendar";

    /// <summary>The saved settings, or null when none were ever saved.</summary>
    public Task<WorkingCalendarSettings?> FindAsync(CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            var json = await c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                "SELECT value FROM sys_settings WHERE key = @Key", new { Key }, cancellationToken: ct));
            return json is null ? null : Json.Deserialize<WorkingCalendarSettings>(json);
        }, ct);

    public Task SaveAsync(WriteScope scope, WorkingCalendarSettings settings, DateTimeOffset now, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO sys_settings (key, value, updated_at) VALUES (@Key, @Value, @UpdatedAt)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
            """,
            new { Key, Value = Json.Serialize(settings), UpdatedAt = Timestamps.Format(now) }, scope.Transaction, cancellationToken: ct));
}
