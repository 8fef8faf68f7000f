using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Platform.Benchmarks;

/// <summary>What the figures were measured on, for the report.</summary>
public static class MachineInfo
{
    public static string Describe()
    {
        var cpu = ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memoryKb = ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))?
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var memory = memoryKb is null ? "?" : (double.Parse(memoryKb, CultureInfo.InvariantCulture) / 1024 / 1024).ToString("0.0", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} logical CPUs ({cpu}), {memory} GB RAM, {RuntimeInformation.OSDescription}, " +
            $"{RuntimeInformation.FrameworkDescription}, SQLite {SqliteVersion()}");
    }

    /// <summary>The commit measured, and whether the engine or server had uncommitted changes (read-only git calls).</summary>
    public static string CodeVersion()
    {
        try
        {
            var repo = RepoRoot.Find();
            var commit = Git(repo, "rev-parse", "--short", "HEAD").Trim();
            var changed = Git(repo, "status", "--porcelain", "--", "engine").Trim().Length > 0;
            return changed ? $"{commit} with uncommitted changes under engine/" : commit;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or DirectoryNotFoundException)
        {
            return "unknown";
        }
    }

    private static string Git(string repo, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = repo, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var git = System.Diagnostics.Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return output;
    }

    /// <summary>The 1, 5 and 15 minute load averages: above ~0.5 the machine was not quiet.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        return (string)command.ExecuteScalar()!;
    }

    private static string[] ReadLines(string path) => File.Exists(path) ? File.ReadAllLines(path) : [];
}
