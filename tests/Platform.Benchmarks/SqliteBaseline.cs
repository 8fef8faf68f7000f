using Dapper;
using Microsoft.Data.Sqlite;

namespace Platform.Benchmarks;

/// <summary>
/// The bare baseline: Dapper inserts straight into the entity's table in the server's own SQLite file,
/// one record per <c>BEGIN IMMEDIATE</c> transaction, with the server's writer settings (WAL,
/// synchronous=NORMAL, a busy timeout). It is the floor under the HTTP figures. The server stays up and
/// idle meanwhile; this process is simply a second writer on the file, which SQLite's locking allows.
/// Every row written here is removed again by <see cref="RemoveRowsAsync"/>, so the API later sees only
/// records it created itself.
/// </summary>
public sealed class SqliteBaseline(string databasePath, long createdBy)
{
    private readonly Lock _range = new();
    private long _firstId = long.MaxValue;
    private long _lastId = long.MinValue;

    /// <summary>Row only: the minimum any create must do.</summary>
    public Task<LatencyStats> BareAsync(int writers, bool oneConnection, IReadOnlyList<Lead> leads, CancellationToken ct) =>
        RunAsync(writers, oneConnection, leads, (connection, transaction, row) => InsertAsync(connection, transaction, row), ct);

    /// <summary>
    /// The statements the engine runs for one create, the way it ran them before group commit (Dapper,
    /// each statement prepared anew, one create per transaction), without HTTP, validation or JSON
    /// output: the auto-number, the row, its audit entry, its search text and the read-back of the row.
    /// </summary>
    public Task<LatencyStats> EngineStatementsAsync(int writers, bool oneConnection, IReadOnlyList<Lead> leads, CancellationToken ct) =>
        RunAsync(writers, oneConnection, leads, async (connection, transaction, row) =>
        {
            var counter = await connection.ExecuteScalarAsync<long>(BaselineSql.NextSequence, transaction: transaction);
            row.code = BaselineSql.Code(counter);
            var id = await InsertAsync(connection, transaction, row);
            await connection.ExecuteAsync(BaselineSql.InsertAudit, new { id, row.At, row.CreatedBy, changes = row.AuditChanges() }, transaction);
            await connection.ExecuteAsync(BaselineSql.IndexSearch, new { id }, transaction);
            await connection.QuerySingleAsync(BaselineSql.ReadBack, new { id }, transaction);
        }, ct);

    /// <summary>
    /// The same statements with changes the engine does not make today: each statement prepared once and
    /// reused, <paramref name="perCommit"/> creates per commit (group commit), each inside its own savepoint
    /// so that one failing create would not undo the others, and the search text of the whole batch indexed
    /// by one statement just before the commit (as the bulk endpoint does). The last matters: FTS5 writes
    /// its pending index data out whenever a savepoint or statement journal opens after an FTS insert, so
    /// indexing inside each create's savepoint would cost a segment write per create again.
    /// One writer: batching replaces the queue.
    /// </summary>
    public async Task<LatencyStats> GroupedAsync(int perCommit, IReadOnlyList<Lead> leads, CancellationToken ct)
    {
        await using var connection = await OpenAsync();
        using var create = new PreparedCreate(connection);
        var batches = (leads.Count + perCommit - 1) / perCommit;
        var stats = await LoadRunner.RunAsync(1, batches, async (_, batch, token) =>
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            create.Enlist(transaction);
            var ids = new List<long>(perCommit);
            for (var i = batch * perCommit; i < Math.Min(leads.Count, (batch + 1) * perCommit); i++)
            {
                ids.Add(Track(create.Run(new LeadRow(leads[i], createdBy, i))));
            }
            create.IndexSearch(ids);
            await transaction.CommitAsync(token);
        }, ct);
        // Latencies are per commit; throughput and CPU are per record.
        return stats with
        {
            Count = leads.Count,
            CpuMsPerOperation = stats.CpuMsPerOperation is { } c ? (c.Server * batches / leads.Count, c.Client * batches / leads.Count) : null,
        };
    }

    /// <summary>Deletes the rows, search entries, audit entries and counter the baseline wrote.</summary>
    public async Task RemoveRowsAsync()
    {
        if (_firstId > _lastId)
        {
            return;
        }
        await using var connection = await OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: false);
        var range = new { first = _firstId, last = _lastId, entity = LeadSchema.Entity, field = BaselineSql.SequenceField };
        await connection.ExecuteAsync($"DELETE FROM {BaselineSql.SearchTable} WHERE rowid BETWEEN @first AND @last", range, transaction);
        await connection.ExecuteAsync($"DELETE FROM {BaselineSql.Table} WHERE id BETWEEN @first AND @last", range, transaction);
        await connection.ExecuteAsync("DELETE FROM sys_audit WHERE entity = @entity AND record_id BETWEEN @first AND @last", range, transaction);
        await connection.ExecuteAsync("DELETE FROM sys_sequences WHERE entity = @entity AND field = @field", range, transaction);
        await transaction.CommitAsync();
    }

    private async Task<LatencyStats> RunAsync(int writers, bool oneConnection, IReadOnlyList<Lead> leads,
        Func<SqliteConnection, SqliteTransaction, LeadRow, Task> write, CancellationToken ct)
    {
        var connections = new SqliteConnection[oneConnection ? 1 : writers];
        for (var i = 0; i < connections.Length; i++)
        {
            connections[i] = await OpenAsync();
        }
        // One connection behind an in-process gate is how the engine wrote before group commit; separate
        // connections leave the queueing to SQLite's file lock and its busy handler.
        using var gate = new SemaphoreSlim(1, 1);
        try
        {
            return await LoadRunner.RunAsync(writers, leads.Count, async (worker, sequence, token) =>
            {
                var row = new LeadRow(leads[sequence], createdBy, sequence);
                if (oneConnection)
                {
                    await gate.WaitAsync(token);
                }
                try
                {
                    var connection = connections[oneConnection ? 0 : worker];
                    await using var transaction = connection.BeginTransaction(deferred: false);
                    await write(connection, transaction, row);
                    await transaction.CommitAsync(token);
                }
                finally
                {
                    if (oneConnection)
                    {
                        gate.Release();
                    }
                }
            }, ct);
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private async Task<long> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, LeadRow row) =>
        Track(await connection.ExecuteScalarAsync<long>(BaselineSql.InsertRow, row, transaction));

    private long Track(long id)
    {
        lock (_range)
        {
            _firstId = Math.Min(_firstId, id);
            _lastId = Math.Max(_lastId, id);
        }
        return id;
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        // No pooling: nothing of the baseline stays open on the file once it is done.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await connection.ExecuteAsync("PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;");
        return connection;
    }
}
