using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Platform.Engine.Common;

namespace Platform.Engine.Storage;

/// <summary>
/// The platform's SQLite file. Reads use pooled connections and see a consistent WAL snapshot. Writes
/// are queued to one writer connection and run in <c>BEGIN IMMEDIATE</c> transactions, so concurrent
/// writers in this process never meet SQLITE_BUSY, and other processes are held off by the busy timeout.
/// <para>
/// Writes that arrive together share one transaction (group commit): a commit, and the FTS segment it
/// flushes, is the largest cost of a small write. Each write still runs inside its own SAVEPOINT, so one
/// that fails or throws is rolled back alone, and every caller learns its own outcome only after the
/// commit that made it durable.
/// </para>
/// </summary>
public sealed class Database : IAsyncDisposable
{
    private const int MaxBatch = 64;

    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> _writer;
    private SqliteConnection? _connection;

    // Prepared commands of the writer connection, by SQL text; dropped with it and after schema changes.
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);
    private const int MaxPrepared = 256;

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
            DefaultTimeout = Math.Max(1, _busyTimeoutMs / 1000),
        }.ToString();
        Dialect = dialect;
        _writer = new Lazy<Task>(() => Task.Run(WriteLoopAsync));
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
    /// Runs <paramref name="work"/> as one atomic write. It is kept only when the work succeeds; a failure
    /// result or an exception undoes all of it, so bad input never leaves a partial write.
    /// <paramref name="alone"/> gives the write a transaction of its own: schema changes use it so that
    /// no record write shares a transaction with a change to the definitions it was checked against.
    /// </summary>
    public Task<Result<T>> WriteAsync<T>(Func<WriteScope, Task<Result<T>>> work, CancellationToken ct, bool alone = false)
    {
        var pending = new PendingWrite<T>(work, alone, ct);
        _ = _writer.Value;
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(Database));
        }
        return pending.Task;
    }

    /// <summary>Sets the file-level settings once: WAL survives in the file, so this is for a new file.</summary>
    public async Task InitializeAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task WriteLoopAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<PendingWrite>(MaxBatch);
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryPeek(out var next) && !(next.Alone && batch.Count > 0))
            {
                reader.TryRead(out next);
                batch.Add(next!);
                if (next!.Alone)
                {
                    break;
                }
            }
            try
            {
                await RunBatchAsync(batch);
            }
            catch (Exception e)
            {
                // The transaction itself failed (begin or commit): nothing in it was kept.
                foreach (var write in batch)
                {
                    write.Fail(e);
                }
                await ResetConnectionAsync();
            }
        }
    }

    private async Task RunBatchAsync(List<PendingWrite> batch)
    {
        var connection = await ConnectionAsync();
        await using var transaction = connection.BeginTransaction(deferred: false);
        var shared = new WriteBatch();
        var kept = new List<PendingWrite>(batch.Count);
        foreach (var write in batch)
        {
            if (write.IsCancelled)
            {
                write.Cancel();
                continue;
            }
            await Prepare(connection, transaction, "SAVEPOINT w").ExecuteNonQueryAsync(CancellationToken.None);
            var succeeded = false;
            try
            {
                succeeded = await write.RunAsync(new WriteScope(connection, transaction, sql => Prepare(connection, transaction, sql), shared));
            }
            catch (Exception e)
            {
                write.Fail(e);
            }
            if (!succeeded)
            {
                await Prepare(connection, transaction, "ROLLBACK TO w").ExecuteNonQueryAsync(CancellationToken.None);
            }
            await Prepare(connection, transaction, "RELEASE w").ExecuteNonQueryAsync(CancellationToken.None);
            if (succeeded)
            {
                kept.Add(write);
            }
            else
            {
                // A refused write is answered now: nothing of it is in the transaction any more.
                write.Complete();
            }
        }
        await shared.FlushAsync();
        await transaction.CommitAsync(CancellationToken.None);
        if (batch.Exists(w => w.Alone))
        {
            ForgetPrepared();
        }
        foreach (var write in kept)
        {
            write.Complete();
        }
    }

    private SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            if (_prepared.Count >= MaxPrepared)
            {
                ForgetPrepared();
            }
            command = connection.CreateCommand();
            command.CommandText = sql;
            _prepared[sql] = command;
        }
        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    private void ForgetPrepared()
    {
        foreach (var command in _prepared.Values)
        {
            command.Dispose();
        }
        _prepared.Clear();
    }

    private async Task<SqliteConnection> ConnectionAsync()
    {
        if (_connection is { State: System.Data.ConnectionState.Open })
        {
            return _connection;
        }
        await ResetConnectionAsync();
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // NORMAL is durable across application crashes in WAL mode and avoids an fsync per commit.
        // Foreign keys only matter to writes, so only this connection pays for turning them on.
        command.CommandText = $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={_busyTimeoutMs}; PRAGMA foreign_keys=ON;";
        await command.ExecuteNonQueryAsync();
        _connection = connection;
        return connection;
    }

    private async Task ResetConnectionAsync()
    {
        ForgetPrepared();
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_writer.IsValueCreated)
        {
            await _writer.Value;
        }
        await ResetConnectionAsync();
    }
}
