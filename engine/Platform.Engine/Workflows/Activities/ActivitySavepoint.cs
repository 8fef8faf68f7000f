using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// Makes one activity's write all or nothing inside the burst's transaction. A record create can fail after
/// its row is written (an after-save script refuses it); the burst still commits the faulted instance, and
/// without this the half-made record would commit with it and a retry would make a second one.
/// </summary>
internal static class ActivitySavepoint
{
    public static async Task<Result<T>> RunAsync<T>(WriteScope scope, Func<Task<Result<T>>> work, CancellationToken ct)
    {
        await scope.Prepared("SAVEPOINT activity").ExecuteNonQueryAsync(ct);
        var kept = false;
        try
        {
            var result = await work();
            kept = result.IsSuccess;
            return result;
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
