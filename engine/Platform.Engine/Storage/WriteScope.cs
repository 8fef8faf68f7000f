using System.Data.Common;

namespace Platform.Engine.Storage;

/// <summary>The connection and transaction of one write, plus work to do once it has committed.</summary>
public sealed class WriteScope(DbConnection connection, DbTransaction transaction, Func<string, DbCommand> prepared)
{
    private List<Action>? _afterCommit;

    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    /// <summary>
    /// A command for <paramref name="sql"/> that stays prepared across writes, with no parameters yet.
    /// For the statements every record write runs: preparing them anew each time costs more than
    /// running them.
    /// The command belongs to the scope: use it at once and do not dispose it.
    /// </summary>
    public DbCommand Prepared(string sql) => prepared(sql);

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
