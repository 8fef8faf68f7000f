using System.Data.Common;
using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Identity;

/// <summary>The <c>sys_users</c> and <c>sys_api_keys</c> tables.</summary>
public sealed class UserStore(Database database)
{
    private long _generation;

    private const string Columns =
        "id, email, name, role, team, region, industries, seniority, capacity, active, locale, created_at AS createdAt";

    public Task<IReadOnlyList<User>> ListAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<User>>(async c =>
            [.. (await c.QueryAsync<UserRow>(new CommandDefinition($"SELECT {Columns} FROM sys_users ORDER BY id", cancellationToken: ct))).Select(r => r.ToUser())], ct);

    public Task<User?> FindAsync(long id, CancellationToken ct) =>
        database.ReadAsync(async c => (await c.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"SELECT {Columns} FROM sys_users WHERE id = @id", new { id }, cancellationToken: ct)))?.ToUser(), ct);

    public Task<(User User, string? PasswordHash)?> FindByEmailAsync(string email, CancellationToken ct) =>
        database.ReadAsync<(User, string?)?>(async c =>
        {
            var row = await c.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
                $"SELECT {Columns}, password_hash AS passwordHash FROM sys_users WHERE email = @email", new { email }, cancellationToken: ct));
            return row is null ? null : (row.ToUser(), row.PasswordHash);
        }, ct);

    // Reads inside a write run as statements kept prepared on the writer: a workflow step that assigns an owner or
    // creates a task reads users each time, and parsing the query anew cost more than running it.
    public async Task<User?> FindAsync(WriteScope scope, long id, CancellationToken ct) =>
        (await ReadAsync(scope.Prepared($"SELECT {Columns} FROM sys_users WHERE id = @id").With("@id", id), ct)) is [var user] ? user : null;

    /// <summary>Every user as the write sees them, for choices that must not act on a user changed meanwhile.</summary>
    public async Task<IReadOnlyList<User>> ListAsync(WriteScope scope, CancellationToken ct) =>
        await ReadAsync(scope.Prepared($"SELECT {Columns} FROM sys_users ORDER BY id"), ct);

    /// <summary>The users a command selects, its columns in the order of <see cref="Columns"/>.</summary>
    private static async Task<List<User>> ReadAsync(DbCommand command, CancellationToken ct)
    {
        var users = new List<User>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            users.Add(new User
            {
                Id = reader.GetInt64(0), Email = reader.GetString(1), Name = reader.GetString(2), Role = reader.GetString(3), Team = Text(4),
                Region = Text(5), Industries = Json.Deserialize<string[]>(reader.GetString(6)), Seniority = (int)reader.GetInt64(7),
                Capacity = reader.IsDBNull(8) ? null : (int)reader.GetInt64(8), Active = reader.GetInt64(9) != 0, Locale = Text(10),
                CreatedAt = Timestamps.Parse(reader.GetString(11)),
            });
        }
        return users;
    }

    public Task<long> CountAsync(WriteScope scope, CancellationToken ct) =>
        scope.Connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM sys_users", transaction: scope.Transaction, cancellationToken: ct));

    public Task<long> CountActiveAdminsAsync(WriteScope scope, CancellationToken ct) =>
        scope.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM sys_users WHERE role = 'admin' AND active = 1", transaction: scope.Transaction, cancellationToken: ct));

    public Task<bool> EmailTakenAsync(WriteScope scope, string email, long exceptId, CancellationToken ct) =>
        scope.Connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM sys_users WHERE email = @email AND id <> @exceptId)",
            new { email, exceptId }, scope.Transaction, cancellationToken: ct));

    public Task<long> InsertAsync(WriteScope scope, User user, string passwordHash, CancellationToken ct) =>
        scope.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO sys_users (email, name, password_hash, role, team, region, industries, seniority, capacity, active, locale, created_at)
            VALUES (@Email, @Name, @passwordHash, @Role, @Team, @Region, @Industries, @Seniority, @Capacity, @Active, @Locale, @CreatedAt)
            RETURNING id
            """, Parameters(user, passwordHash), scope.Transaction, cancellationToken: ct));

    /// <summary>Grows each time a change to a user commits, so what others keep about users can tell it is stale.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public Task UpdateAsync(WriteScope scope, User user, string? passwordHash, CancellationToken ct)
    {
        scope.AfterCommit(() => Interlocked.Increment(ref _generation));
        return scope.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE sys_users SET email = @Email, name = @Name, role = @Role, team = @Team, region = @Region,
                industries = @Industries, seniority = @Seniority, capacity = @Capacity, active = @Active, locale = @Locale,
                password_hash = coalesce(@passwordHash, password_hash)
            WHERE id = @Id
            """, Parameters(user, passwordHash), scope.Transaction, cancellationToken: ct));
    }

    public Task<IReadOnlyList<ApiKey>> ListKeysAsync(long userId, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<ApiKey>>(async c =>
            [.. (await c.QueryAsync<KeyRow>(new CommandDefinition(
                "SELECT id, name, prefix, created_at AS createdAt, last_used_at AS lastUsedAt FROM sys_api_keys WHERE user_id = @userId AND revoked_at IS NULL ORDER BY id",
                new { userId }, cancellationToken: ct))).Select(k => k.ToKey())], ct);

    public Task<long> InsertKeyAsync(WriteScope scope, long userId, string name, string prefix, string hash, DateTimeOffset at, CancellationToken ct) =>
        scope.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO sys_api_keys (user_id, name, prefix, key_hash, created_at) VALUES (@userId, @name, @prefix, @hash, @At) RETURNING id",
            new { userId, name, prefix, hash, At = Timestamps.Format(at) }, scope.Transaction, cancellationToken: ct));

    public async Task<bool> RevokeKeyAsync(WriteScope scope, long userId, long id, DateTimeOffset at, CancellationToken ct) =>
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_api_keys SET revoked_at = @At WHERE id = @id AND user_id = @userId AND revoked_at IS NULL",
            new { id, userId, At = Timestamps.Format(at) }, scope.Transaction, cancellationToken: ct)) > 0;

    /// <summary>The active user a key belongs to, and when the key was last used.</summary>
    public Task<(User User, long KeyId, DateTimeOffset? LastUsedAt)?> FindByKeyHashAsync(string hash, CancellationToken ct) =>
        database.ReadAsync<(User, long, DateTimeOffset?)?>(async c =>
        {
            var row = await c.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
                $"""
                SELECT u.{Columns.Replace(", ", ", u.", StringComparison.Ordinal)}, k.id AS keyId, k.last_used_at AS lastUsedAt
                FROM sys_api_keys k JOIN sys_users u ON u.id = k.user_id
                WHERE k.key_hash = @hash AND k.revoked_at IS NULL AND u.active = 1
                """, new { hash }, cancellationToken: ct));
            return row is null ? null : (row.ToUser(), row.KeyId, row.LastUsedAt is null ? null : Timestamps.Parse(row.LastUsedAt));
        }, ct);

    public Task TouchKeyAsync(WriteScope scope, long keyId, DateTimeOffset at, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_api_keys SET last_used_at = @At WHERE id = @keyId", new { keyId, At = Timestamps.Format(at) }, scope.Transaction, cancellationToken: ct));

    private static object Parameters(User user, string? passwordHash) => new
    {
        user.Id, user.Email, user.Name, user.Role, user.Team, user.Region, Industries = Json.Serialize(user.Industries),
        user.Seniority, user.Capacity, user.Active, user.Locale, CreatedAt = Timestamps.Format(user.CreatedAt), passwordHash,
    };

    private sealed record UserRow
    {
        public long Id { get; init; }
        public string Email { get; init; } = "";
        public string Name { get; init; } = "";
        public string Role { get; init; } = Roles.Member;
        public string? Team { get; init; }
        public string? Region { get; init; }
        public string Industries { get; init; } = "[]";
        public long Seniority { get; init; }
        public long? Capacity { get; init; }
        public bool Active { get; init; }
        public string? Locale { get; init; }
        public string CreatedAt { get; init; } = "";
        public string? PasswordHash { get; init; }
        public long KeyId { get; init; }
        public string? LastUsedAt { get; init; }

        public User ToUser() => new()
        {
            Id = Id, Email = Email, Name = Name, Role = Role, Team = Team, Region = Region,
            Industries = Json.Deserialize<string[]>(Industries), Seniority = (int)Seniority,
            Capacity = (int?)Capacity, Active = Active, Locale = Locale, CreatedAt = Timestamps.Parse(CreatedAt),
        };
    }

    private sealed record KeyRow
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Prefix { get; init; } = "";
        public string CreatedAt { get; init; } = "";
        public string? LastUsedAt { get; init; }

        public ApiKey ToKey() => new(Id, Name, Prefix, Timestamps.Parse(CreatedAt), LastUsedAt is null ? null : Timestamps.Parse(LastUsedAt));
    }
}
