using System.Globalization;

namespace Platform.Benchmarks;

/// <summary>Command-line settings. Defaults are the figures the issue asks for.</summary>
public sealed record BenchOptions
{
    /// <summary>Live records in the entity when reads and searches are measured.</summary>
    public int Records { get; init; } = 1_000_000;

    /// <summary>Records created in each write measurement (HTTP and baseline alike).</summary>
    public int Creates { get; init; } = 5_000;

    /// <summary>Concurrent clients (and baseline writers) in the concurrent write measurements.</summary>
    public int Clients { get; init; } = 8;

    /// <summary>Timed requests per read measurement, after <see cref="WarmUp"/> untimed ones.</summary>
    public int Iterations { get; init; } = 200;

    public int WarmUp { get; init; } = 20;

    /// <summary>Clients sending bulk requests while seeding.</summary>
    public int SeedClients { get; init; } = 2;

    /// <summary>Skip building the server (it must already be built in Release).</summary>
    public bool NoBuild { get; init; }

    /// <summary>Extra environment variables for the server only (runtime knobs such as DOTNET_gcServer=0).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ServerEnvironment { get; init; } = [];

    /// <summary>Keep the temporary folder (the database) after the run, to inspect it.</summary>
    public bool Keep { get; init; }

    public const string Usage = """
        Usage: dotnet run -c Release --project tests/Platform.Benchmarks -- [options]
          --records <n>      live records when reads and searches are measured (default 1000000)
          --creates <n>      records per write measurement (default 5000)
          --clients <n>      concurrent clients/writers (default 8)
          --iterations <n>   timed requests per read measurement (default 200)
          --seed-clients <n> parallel bulk clients while seeding (default 2)
          --server-env K=V   set an environment variable for the server only (repeatable)
          --no-build         do not build the server first
          --keep             keep the temporary database folder
        Import speed instead: dotnet run -c Release --project tests/Platform.Benchmarks -- import [rows] [--no-build]
          (default 100000 rows; a CSV upload as a dry run and as a background import, with the server's peak memory)
        Script speed instead: dotnet run -c Release --project tests/Platform.Benchmarks -- scripts [seconds] [rounds] [creates]
          (default 2 s, 5 rounds, 2000 creates: BANT scores per second on one thread, rounds of that many seconds;
          then what formula fields add to a record write, rounds of that many creates per entity)
        Pipelines instead: dotnet run -c Release --project tests/Platform.Benchmarks -- pipelines [records] [ledger-rows] [clients] [--no-build]
          (default 5000 records, 1000000 ledger rows, 4 clients: stage changes per second through PATCH with gates, the board
          and a column, then the snapshot at a past date after that many ledger rows were added with one SQL insert)

        """ + WorkflowBenchOptions.Usage;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            int Next() => i + 1 < args.Length && int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new ArgumentException($"{name} needs a positive whole number.");
            KeyValuePair<string, string> Variable() =>
                i + 1 < args.Length && args[++i].Split('=', 2) is [{ Length: > 0 } key, var value]
                    ? new(key, value)
                    : throw new ArgumentException($"{name} needs NAME=VALUE.");
            options = name switch
            {
                "--records" => options with { Records = Next() },
                "--creates" => options with { Creates = Next() },
                "--clients" => options with { Clients = Next() },
                "--iterations" => options with { Iterations = Next() },
                "--seed-clients" => options with { SeedClients = Next() },
                "--server-env" => options with { ServerEnvironment = [.. options.ServerEnvironment, Variable()] },
                "--no-build" => options with { NoBuild = true },
                "--keep" => options with { Keep = true },
                _ => throw new ArgumentException($"Unknown option {name}.\n{Usage}"),
            };
        }
        return options;
    }
}
