using Platform.Engine.Common;
using Platform.Engine.Storage;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// Makes one activity's write all or nothing inside the burst's transaction. A record create can fail after
/// its row is written (an after-save script refuses it); the burst still commits the faulted instance, and
/// without this the half-made record would commit with it and a retry would make a second one.
/// </summary>
internal static class ActivitySavepoint
{
    /// <summary>Runs <paramref name="work"/> in the burst's write; a refusal undoes it and faults the activity with every field's error.</summary>
    public static async Task<T> WriteAsync<T>(ActivityContext context, Func<WriteScope, Task<Result<T>>> work, CancellationToken ct)
    {
        var scope = context.Scope();
        await scope.Prepared("SAVEPOINT activity").ExecuteNonQueryAsync(ct);
        var kept = false;
        try
        {
            var result = await work(scope);
            kept = result.IsSuccess;
            return result.IsSuccess ? result.Value : throw ActivityFailedException.From(context.Activity.Type, result.Failure);
        }
        finally
        {
            if (!kept)
            {
                await scope.Prepared("ROLLBACK TO activity").ExecuteNonQueryAsync(CancellationToken.None);
            }
            await scope.Prepared("RELEASE activity").ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
