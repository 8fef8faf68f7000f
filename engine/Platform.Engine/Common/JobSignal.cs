using System.Threading.Channels;

namespace Platform.Engine.Common;

/// <summary>A doorbell: any number of rings before the worker looks count as one.</summary>
public sealed class JobSignal
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wake.Writer.TryWrite(true);

    public Task WaitAsync(CancellationToken ct) => _wake.Reader.ReadAsync(ct).AsTask();
}
