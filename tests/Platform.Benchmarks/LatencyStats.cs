using System.Globalization;

namespace Platform.Benchmarks;

/// <summary>Throughput and latency percentiles of one measurement.</summary>
public sealed record LatencyStats(int Count, TimeSpan Elapsed, double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    /// <summary>Share of the machine other processes used meanwhile, in % (see <see cref="CpuMonitor"/>).</summary>
    public double? OthersCpuPercent { get; init; }

    /// <summary>CPU milliseconds the server and the benchmark's clients spent per operation.</summary>
    public (double Server, double Client)? CpuMsPerOperation { get; init; }

    public double PerSecond => Count / Elapsed.TotalSeconds;

    /// <summary>From per-operation latencies in <see cref="System.Diagnostics.Stopwatch"/> ticks.</summary>
    public static LatencyStats From(IReadOnlyCollection<long> ticks, TimeSpan elapsed)
    {
        var sorted = ticks.Order().ToArray();
        double Ms(long t) => t * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
        // Nearest rank: the smallest latency that at least p % of operations did not exceed.
        double At(double p) => sorted.Length == 0 ? 0 : Ms(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)]);
        return new LatencyStats(sorted.Length, elapsed, At(0.50), At(0.95), At(0.99), sorted.Length == 0 ? 0 : Ms(sorted[^1]));
    }

    public string Latencies => string.Create(CultureInfo.InvariantCulture, $"p50 {P50Ms:0.00} / p95 {P95Ms:0.00} / p99 {P99Ms:0.00} ms");
}
