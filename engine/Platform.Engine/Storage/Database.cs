using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Platform.Engine.Common;

namespace Platform.Engine.Storage;

/// <summary>
/// The platform's SQLite file. Reads use pooled connections and see a consistent WAL snapshot; writes go
/// one at a time through a single writer connection inside <c>BEGIN IMMEDIATE</c>, so concurrent writers in
/// this process queue on a semaphore instead of meeting SQLITE_BUSY, and other processes are held off by
/// the busy timeout.
/// </summary>
public sealed class Database : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private SqliteConnection? _writer;

    public Database(IOptions<StorageOptions> options, ISqlDialect dialect)
    {
        var path = System.IO.Path.GetFullPath(options.Value.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        FilePath = path;
        _busyTimeoutMs = options.Value.BusyTimeoutMilliseconds;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = Math.Max(1, _busyTimeoutMs / 1000),
        }.ToString();
        Dialect = dialect;
    }

    public ISqlDialect Dialect { get; }

    public string FilePath { get; }

    /// <summary>Opens a pooled connection for reading.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await work(connection);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction. It commits only when the work succeeds; a
    /// failure result or an exception rolls everything back, so bad input never leaves a partial write.
    /// </summary>
    public async Task<Result<T>> WriteAsync<T>(Func<WriteScope, Task<Result<T>>> work, CancellationToken ct)
    {
        await _writeGate.WaitAsync(ct);
        try
        {
            var connection = await WriterAsync(ct);
            await using var transaction = connection.BeginTransaction(deferred: false);
            var scope = new WriteScope(connection, transaction);
            Result<T> result;
            try
            {
                result = await work(scope);
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None);
                throw;
            }
            if (result.IsSuccess)
            {
                await transaction.CommitAsync(CancellationToken.None);
                scope.RunAfterCommit();
            }
            else
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
            return result;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Sets the file-level settings once: WAL survives in the file, so this is for a new file.</summary>
    public async Task InitializeAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<SqliteConnection> WriterAsync(CancellationToken ct)
    {
        if (_writer is { State: System.Data.ConnectionState.Open })
        {
            return _writer;
        }
        _writer?.Dispose();
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        // NORMAL is durable across application crashes in WAL mode and avoids an fsync per commit.
        command.CommandText = $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={_busyTimeoutMs};";
        await command.ExecuteNonQueryAsync(ct);
        _writer = connection;
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
        _writeGate.Dispose();
    }
}
