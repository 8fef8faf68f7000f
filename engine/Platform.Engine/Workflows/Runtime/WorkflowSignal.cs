using Platform.Engine.Common;

namespace Platform.Engine.Workflows.Runtime;

/// <summary>Wakes the workflow scheduler after a write that queued or moved a job has committed.</summary>
public sealed class WorkflowSignal
{
    private readonly JobSignal _signal = new();

    public void Wake() => _signal.Wake();

    public Task WaitAsync(CancellationToken ct) => _signal.WaitAsync(ct);
}
