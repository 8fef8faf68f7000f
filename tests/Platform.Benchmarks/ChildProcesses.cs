using System.Diagnostics;

namespace Platform.Benchmarks;

/// <summary>
/// Makes sure a server child never outlives the benchmark: on normal disposal, on Ctrl+C and on process exit
/// (an unhandled exception or SIGTERM), whichever comes first.
/// </summary>
public static class ChildProcesses
{
    private static readonly List<Process> Running = [];

    static ChildProcesses() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

    public static void Track(Process process)
    {
        lock (Running)
        {
            Running.Add(process);
        }
    }

    public static void Kill(Process process)
    {
        lock (Running)
        {
            Running.Remove(process);
        }
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public static void KillAll()
    {
        Process[] all;
        lock (Running)
        {
            all = [.. Running];
        }
        foreach (var process in all)
        {
            Kill(process);
        }
    }
}
