using System.Globalization;

namespace Platform.Benchmarks;

/// <summary>
/// How much of the machine other processes used while a figure was measured. The benchmark machine is
/// shared (builds, browser tests), and on two cores a busy neighbour halves the figures, so each row says
/// how quiet the machine was. Linux only; elsewhere it reports nothing.
/// </summary>
public static class CpuMonitor
{
    private static int? _server;

    /// <summary>The server process, whose CPU time is part of the measurement like this process's own.</summary>
    public static void Watch(int serverProcessId) => _server = serverProcessId;

    /// <summary>Machine-wide busy and total clock ticks, and the ticks this process and the server used.</summary>
    public readonly record struct Sample(long Busy, long Total, long Client, long Server);

    public static Sample? Take()
    {
        try
        {
            // cpu user nice system idle iowait irq softirq steal …, in clock ticks.
            var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
                .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var idle = cpu[3] + cpu[4];
            return new Sample(cpu.Sum() - idle, cpu.Sum(), ProcessTicks(Environment.ProcessId), _server is { } server ? ProcessTicks(server) : 0);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Share of the whole machine (all cores) that other processes used between the samples, in %.</summary>
    public static double? OthersPercent(Sample? before, Sample? after) =>
        before is { } a && after is { } b && b.Total > a.Total
            ? Math.Max(0, (b.Busy - a.Busy - (b.Client - a.Client) - (b.Server - a.Server)) * 100.0 / (b.Total - a.Total))
            : null;

    /// <summary>CPU milliseconds the server and this process (the clients) used between the samples.</summary>
    public static (double Server, double Client)? Used(Sample? before, Sample? after) =>
        before is { } a && after is { } b ? ((b.Server - a.Server) * TickMs, (b.Client - a.Client) * TickMs) : null;

    // Linux reports process and machine CPU time in USER_HZ ticks, which is 100 per second on every
    // mainstream architecture.
    private const double TickMs = 10;

    // utime and stime, fields 14 and 15 of /proc/<pid>/stat (after the parenthesised command name).
    private static long ProcessTicks(int pid)
    {
        var path = $"/proc/{pid}/stat";
        if (!File.Exists(path))
        {
            return 0;
        }
        var text = File.ReadAllText(path);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }
}
