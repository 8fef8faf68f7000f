using System.Data.Common;

namespace Platform.Engine.Storage;

/// <summary>The connection and transaction of one write, plus work to do once it has committed.</summary>
public sealed class WriteScope(DbConnection connection, DbTransaction transaction)
{
    private List<Action>? _afterCommit;

    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

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
