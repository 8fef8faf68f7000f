using System.Globalization;
using Platform.Engine.Common;

namespace Platform.Engine.Storage;

/// <summary>A write waiting in <see cref="Database"/>'s queue, and the caller waiting for its outcome.</summary>
internal abstract class PendingWrite(bool alone, CancellationToken ct)
{
    public bool Alone => alone;

    protected CancellationToken Token => ct;

    public bool IsCancelled => ct.IsCancellationRequested;

    /// <summary>Runs the work inside the current transaction; true when it succeeded and is to be kept.</summary>
    public abstract Task<bool> RunAsync(WriteScope scope);

    /// <summary>Hands the caller its result; for a kept write, only once the commit has happened.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception exception);

    public abstract void Cancel();
}

internal sealed class PendingWrite<T>(Func<WriteScope, Task<Result<T>>> work, bool alone, CancellationToken token)
    : PendingWrite(alone, token)
{
    // Continuations must not run on the writer loop, or one caller's code would delay every write.
    private readonly TaskCompletionSource<Result<T>> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // The work runs on the writer loop, but its messages are for the caller, in the caller's language.
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private Result<T> _result;
    private WriteScope? _scope;

    public Task<Result<T>> Task => _outcome.Task;

    public override async Task<bool> RunAsync(WriteScope scope)
    {
        _scope = scope;
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        _result = await work(scope);
        return _result.IsSuccess;
    }

    public override void Complete()
    {
        if (_result.IsSuccess)
        {
            _scope?.RunAfterCommit();
        }
        _outcome.TrySetResult(_result);
    }

    public override void Fail(Exception exception) => _outcome.TrySetException(exception);

    public override void Cancel() => _outcome.TrySetCanceled(Token);
}
