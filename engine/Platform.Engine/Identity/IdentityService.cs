using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Identity;

/// <summary>Users, sign-in and API keys.</summary>
public sealed class IdentityService(Database database, UserStore store, TimeProvider clock)
{
    private const string KeyPrefix = "pk_";

    // Integrators send a key with every request. Remembering a key's user briefly saves a database read
    // per call; revoking a key or changing a user clears the memory at once, so a change made through
    // this server is never outlived by it.
    private static readonly TimeSpan KeyMemory = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, KnownKey> _knownKeys = new(StringComparer.Ordinal);

    private sealed record KnownKey(User User, long KeyId, DateTimeOffset? LastUsedAt, DateTimeOffset CheckedAt);

    public Task<IReadOnlyList<User>> ListAsync(CancellationToken ct) => store.ListAsync(ct);

    public Task<User?> FindAsync(long id, CancellationToken ct) => store.FindAsync(id, ct);

    /// <summary>The user with these credentials, or null; an inactive user cannot sign in.</summary>
    public async Task<User?> SignInAsync(string? email, string? password, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(password))
        {
            return null;
        }
        var found = await store.FindByEmailAsync(email.Trim(), ct);
        return found is { User.Active: true } f && PasswordHasher.Verify(password, f.PasswordHash) ? f.User : null;
    }

    /// <summary>
    /// Creates the first admin when there are no users. Returns the generated password when none was
    /// configured, so the host can print it once; null otherwise.
    /// </summary>
    public async Task<string?> EnsureAdminAsync(AdminOptions options, CancellationToken ct)
    {
        var generated = string.IsNullOrEmpty(options.Password) ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)) : null;
        var result = await database.WriteAsync<bool>(async scope =>
        {
            if (await store.CountAsync(scope, ct) > 0)
            {
                return false;
            }
            var admin = new User { Email = options.Email, Name = options.Name, Role = Roles.Admin, CreatedAt = clock.GetUtcNow() };
            await store.InsertAsync(scope, admin, PasswordHasher.Hash(options.Password ?? generated!), ct);
            return true;
        }, ct);
        return result.Value ? generated : null;
    }

    public Task<Result<User>> CreateAsync(UserInput input, CancellationToken ct) =>
        database.WriteAsync<User>(async scope =>
        {
            var user = new User
            {
                Email = input.Email?.Trim() ?? "", Name = input.Name?.Trim() ?? "", Role = input.Role ?? Roles.Member,
                CreatedAt = clock.GetUtcNow(),
            };
            user = Apply(user, input);
            var errors = Check(user, input.Password, passwordRequired: true);
            if (errors.Any)
            {
                return errors.ToFailure();
            }
            if (await store.EmailTakenAsync(scope, user.Email, 0, ct))
            {
                return new ConflictFailure(Texts.Get("user.emailTaken", user.Email));
            }
            var id = await store.InsertAsync(scope, user, PasswordHasher.Hash(input.Password!), ct);
            return user with { Id = id };
        }, ct);

    public Task<Result<User>> UpdateAsync(long id, UserInput input, CancellationToken ct) =>
        database.WriteAsync<User>(async scope =>
        {
            if (await store.FindAsync(scope, id, ct) is not { } current)
            {
                return new NotFoundFailure(Texts.Get("user.notFound", id));
            }
            var user = Apply(current with { Email = input.Email?.Trim() ?? current.Email, Name = input.Name?.Trim() ?? current.Name }, input);
            var errors = Check(user, input.Password, passwordRequired: false);
            if (errors.Any)
            {
                return errors.ToFailure();
            }
            if (await store.EmailTakenAsync(scope, user.Email, id, ct))
            {
                return new ConflictFailure(Texts.Get("user.emailTaken", user.Email));
            }
            // Someone must always be able to administer the platform.
            var losesAdmin = current is { Role: Roles.Admin, Active: true } && (user.Role != Roles.Admin || !user.Active);
            if (losesAdmin && await store.CountActiveAdminsAsync(scope, ct) <= 1)
            {
                return new ConflictFailure(Texts.Get("user.lastAdmin"));
            }
            await store.UpdateAsync(scope, user, input.Password is null ? null : PasswordHasher.Hash(input.Password), ct);
            scope.AfterCommit(_knownKeys.Clear);
            return user;
        }, ct);

    public Task<IReadOnlyList<ApiKey>> ListKeysAsync(long userId, CancellationToken ct) => store.ListKeysAsync(userId, ct);

    public Task<Result<CreatedApiKey>> CreateKeyAsync(long userId, string? name, CancellationToken ct) =>
        database.WriteAsync<CreatedApiKey>(async scope =>
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
            {
                return ValidationFailure.For("name", Texts.Get("apiKey.name"));
            }
            var secret = KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
                .TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var prefix = secret[..(KeyPrefix.Length + 6)];
            var at = clock.GetUtcNow();
            var id = await store.InsertKeyAsync(scope, userId, name.Trim(), prefix, HashKey(secret), at, ct);
            return new CreatedApiKey(id, name.Trim(), prefix, at, secret);
        }, ct);

    public Task<Result<bool>> RevokeKeyAsync(long userId, long id, CancellationToken ct) =>
        database.WriteAsync<bool>(async scope =>
        {
            if (!await store.RevokeKeyAsync(scope, userId, id, clock.GetUtcNow(), ct))
            {
                return new NotFoundFailure(Texts.Get("apiKey.notFound", id));
            }
            scope.AfterCommit(_knownKeys.Clear);
            return true;
        }, ct);

    /// <summary>The active user behind a bearer key, or null.</summary>
    public async Task<User?> AuthenticateKeyAsync(string key, CancellationToken ct)
    {
        if (!key.StartsWith(KeyPrefix, StringComparison.Ordinal) || key.Length > 200)
        {
            return null;
        }
        var hash = HashKey(key);
        var now = clock.GetUtcNow();
        if (!_knownKeys.TryGetValue(hash, out var known) || now - known.CheckedAt >= KeyMemory)
        {
            var found = await store.FindByKeyHashAsync(hash, ct);
            if (found is not { } f)
            {
                _knownKeys.TryRemove(hash, out _);
                return null;
            }
            known = new KnownKey(f.User, f.KeyId, f.LastUsedAt, now);
        }
        // Recording every use would turn each read into a write; once a minute says enough.
        if (known.LastUsedAt is null || now - known.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            var keyId = known.KeyId;
            await database.WriteAsync<bool>(async scope =>
            {
                await store.TouchKeyAsync(scope, keyId, now, ct);
                return true;
            }, ct);
            known = known with { LastUsedAt = now };
        }
        _knownKeys[hash] = known;
        return known.User;
    }

    // Keys are 256 random bits, so a plain SHA-256 is enough; a slow hash would only slow every request.
    private static string HashKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static User Apply(User user, UserInput input) => user with
    {
        Role = input.Role ?? user.Role,
        Team = input.Team ?? user.Team,
        Region = input.Region ?? user.Region,
        Industries = input.Industries ?? user.Industries,
        Seniority = input.Seniority ?? user.Seniority,
        Capacity = input.Capacity ?? user.Capacity,
        Active = input.Active ?? user.Active,
        Locale = input.Locale ?? user.Locale,
    };

    private static ValidationErrors Check(User user, string? password, bool passwordRequired)
    {
        var errors = new ValidationErrors();
        if (!TextFieldType.IsEmail(user.Email))
        {
            errors.Add("email", Texts.Get("value.email"));
        }
        if (user.Name.Length is 0 or > 200)
        {
            errors.Add("name", Texts.Get("user.name"));
        }
        if ((passwordRequired || password is not null) && (password is null || password.Length < 8 || password.Length > 200))
        {
            errors.Add("password", Texts.Get("user.password"));
        }
        if (!Roles.IsKnown(user.Role))
        {
            errors.Add("role", Texts.Get("user.role"));
        }
        return errors;
    }
}
