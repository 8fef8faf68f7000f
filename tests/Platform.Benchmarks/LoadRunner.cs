using System.Diagnostics;

namespace Platform.Benchmarks;

/// <summary>
/// Closed-loop load: each worker sends its next operation as soon as the previous one answered, so the
/// throughput is what the system sustains and each latency is one operation's own.
/// </summary>
public static class LoadRunner
{
    /// <summary>
    /// Runs <paramref name="total"/> operations spread over the workers; <paramref name="operation"/> gets the
    /// worker number and the operation's sequence number (0…total-1), each sequence number exactly once.
    /// </summary>
    public static async Task<LatencyStats> RunAsync(int workers, int total, Func<int, int, CancellationToken, Task> operation, CancellationToken ct)
    {
        var next = -1;
        var latencies = new List<long>[workers];
        var cpu = CpuMonitor.Take();
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var own = latencies[worker] = new List<long>(total / workers + 1);
            int sequence;
            while ((sequence = Interlocked.Increment(ref next)) < total)
            {
                var started = Stopwatch.GetTimestamp();
                await operation(worker, sequence, ct);
                own.Add(Stopwatch.GetTimestamp() - started);
            }
        }, ct)).ToArray();
        await Task.WhenAll(tasks);
        clock.Stop();
        var cpuAfter = CpuMonitor.Take();
        var used = CpuMonitor.Used(cpu, cpuAfter);
        return LatencyStats.From([.. latencies.SelectMany(l => l)], clock.Elapsed) with
        {
            OthersCpuPercent = CpuMonitor.OthersPercent(cpu, cpuAfter),
            CpuMsPerOperation = used is { } u ? (u.Server / total, u.Client / total) : null,
        };
    }

    /// <summary>One client, <paramref name="warmUp"/> untimed calls, then <paramref name="iterations"/> timed ones.</summary>
    public static async Task<LatencyStats> RepeatAsync(int warmUp, int iterations, Func<CancellationToken, Task> operation, CancellationToken ct)
    {
        for (var i = 0; i < warmUp; i++)
        {
            await operation(ct);
        }
        return await RunAsync(1, iterations, (_, _, c) => operation(c), ct);
    }
}
