using System.Data.Common;

namespace Platform.Engine.Storage;

/// <summary>The connection and transaction of one write, plus work to do once it has committed.</summary>
public sealed class WriteScope
{
    private readonly Func<string, DbCommand> _prepared;
    private readonly WriteBatch _batch;
    private List<Action>? _afterCommit;

    internal WriteScope(DbConnection connection, DbTransaction transaction, Func<string, DbCommand> prepared, WriteBatch batch)
    {
        Connection = connection;
        Transaction = transaction;
        _prepared = prepared;
        _batch = batch;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    /// <summary>
    /// A command for <paramref name="sql"/> that stays prepared across writes, with no parameters yet.
    /// For the statements every record write runs: preparing them anew each time costs more than
    /// running them.
    /// The command belongs to the scope: use it at once and do not dispose it.
    /// </summary>
    public DbCommand Prepared(string sql) => _prepared(sql);

    /// <summary>
    /// State shared by every write in this transaction, created by the first that asks for
    /// <paramref name="key"/>; <paramref name="beforeCommit"/> runs once, after the last write, before the
    /// commit. Work done there must read the database as it then is: writes rolled back by then are gone.
    /// </summary>
    public T BeforeCommit<T>(string key, Func<T> create, Func<T, Task> beforeCommit) where T : class =>
        _batch.Shared(key, create, beforeCommit);

    /// <summary>Runs after a successful commit (e.g. dropping a cache); skipped on rollback.</summary>
    public void AfterCommit(Action action) => (_afterCommit ??= []).Add(action);

    internal void RunAfterCommit()
    {
        foreach (var action in _afterCommit ?? [])
        {
            action();
        }
    }
}
