using System.Globalization;

namespace Platform.Benchmarks;

/// <summary>Settings of the <c>workflows</c> mode. Defaults are the figures the issue asks for.</summary>
public sealed record WorkflowBenchOptions
{
    /// <summary>Instances started in each timed round of the throughput measurements.</summary>
    public int Runs { get; init; } = 20_000;

    /// <summary>Timed rounds of the in-process throughput measurement; the median round is reported.</summary>
    public int Rounds { get; init; } = 3;

    /// <summary>Starts in flight at once in-process: the writer group-commits what arrives together.</summary>
    public int Concurrency { get; init; } = 64;

    /// <summary>Concurrent HTTP clients for <c>POST /api/workflows/{id}/run</c>; 0 leaves the HTTP measurement out.</summary>
    public int HttpClients { get; init; } = 8;

    /// <summary>Suspended instances, each waiting on one Delay timer.</summary>
    public int Timers { get; init; } = 100_000;

    /// <summary>Seconds over which the timers fall due, evenly spread.</summary>
    public int WindowSeconds { get; init; } = 60;

    public bool NoBuild { get; init; }

    public const string Usage = """
        Workflows: dotnet run -c Release --project tests/Platform.Benchmarks -- workflows [options]
          --runs <n>         instances per timed round of started-to-finished (default 20000)
          --rounds <n>       timed rounds in-process (default 3)
          --concurrency <n>  starts in flight in-process (default 64)
          --http-clients <n> concurrent clients of POST /api/workflows/{id}/run, 0 for none (default 8)
          --timers <n>       suspended instances with a Delay timer (default 100000)
          --window <s>       seconds over which the timers fall due (default 60)
          --no-build         do not build the server first
        """;

    public static WorkflowBenchOptions Parse(IEnumerable<string> args)
    {
        var options = new WorkflowBenchOptions();
        using var arguments = args.GetEnumerator();
        while (arguments.MoveNext())
        {
            var name = arguments.Current;
            int Next(int minimum = 1) => arguments.MoveNext() && int.TryParse(arguments.Current, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= minimum
                ? n
                : throw new ArgumentException($"{name} needs a whole number of at least {minimum}.");
            options = name switch
            {
                "--runs" => options with { Runs = Next() },
                "--rounds" => options with { Rounds = Next() },
                "--concurrency" => options with { Concurrency = Next() },
                "--http-clients" => options with { HttpClients = Next(0) },
                "--timers" => options with { Timers = Next() },
                "--window" => options with { WindowSeconds = Next() },
                "--no-build" => options with { NoBuild = true },
                _ => throw new ArgumentException($"Unknown option {name}.\n{Usage}"),
            };
        }
        return options;
    }
}
