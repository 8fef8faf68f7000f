using System.Globalization;
using System.Text;

namespace Platform.Benchmarks;

/// <summary>The figures of a run, printed as an aligned console table and as Markdown for docs/performance.md.</summary>
public sealed class ResultTable
{
    private readonly List<Row> _rows = [];

    /// <summary>A goal from the issue, and how a figure is checked against it.</summary>
    public sealed record Goal(string Text, Func<double, bool> IsMet)
    {
        public static Goal Below(double ms) => new(Invariant($"p50 < {ms:0.#} ms"), v => v < ms);

        public static Goal AtLeast(double perSecond) => new(Invariant($"≥ {perSecond:N0} /s"), v => v >= perSecond);

        public static Goal BelowMegabytes(double mb) => new(Invariant($"< {mb:0} MB"), v => v < mb);

        public static Goal P99Below(double ms) => new(Invariant($"p99 < {ms:N0} ms"), v => v < ms);
    }

    private sealed record Row(string Measure, string Result, string Latency, string Detail, string GoalText, bool? Met, string Cpu = "");

    public void AddThroughput(string measure, LatencyStats stats, Goal? goal, string unit, string detail = "")
    {
        var result = Invariant($"{stats.PerSecond:N0} {unit}/s");
        Add(new Row(measure, result, Latency(stats), Join(Join(Invariant($"{stats.Count:N0} in {stats.Elapsed.TotalSeconds:0.0} s"), detail), Others(stats)),
            goal?.Text ?? "", goal?.IsMet(stats.PerSecond), Cpu(stats)));
    }

    public void AddLatency(string measure, LatencyStats stats, Goal? goal, string detail = "") =>
        Add(new Row(measure, Invariant($"{stats.P50Ms:0.00} ms"), Latency(stats), Join(Join(Invariant($"n={stats.Count}"), detail), Others(stats)),
            goal?.Text ?? "", goal?.IsMet(stats.P50Ms), Cpu(stats)));

    /// <summary>A delay measured per event (a timer's firing after it fell due), judged on its p99.</summary>
    public void AddLag(string measure, LatencyStats stats, Goal? goal, string detail = "") =>
        Add(new Row(measure, Invariant($"p99 {stats.P99Ms:N0} ms"), Latency(stats), Join(Join(Invariant($"n={stats.Count:N0}"), detail), Others(stats)),
            goal?.Text ?? "", goal?.IsMet(stats.P99Ms), Cpu(stats)));

    /// <summary>A figure that is neither a rate nor a latency (bytes, rows).</summary>
    public void AddFigure(string measure, string result, string detail = "") => Add(new Row(measure, result, "", detail, "", null));

    public void AddMemory(string measure, double megabytes, Goal? goal, string detail = "") =>
        Add(new Row(measure, Invariant($"{megabytes:0} MB"), "", detail, goal?.Text ?? "", goal?.IsMet(megabytes)));

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| Measure | Result | p50 / p95 / p99 / max (ms) | CPU ms per op (server + bench) | Goal | Met | Notes |");
        text.AppendLine("| --- | ---: | ---: | ---: | --- | :---: | --- |");
        foreach (var row in _rows)
        {
            text.AppendLine(Invariant($"| {row.Measure} | {row.Result} | {row.Latency} | {row.Cpu} | {row.GoalText} | {Verdict(row.Met, markdown: true)} | {row.Detail} |"));
        }
        return text.ToString();
    }

    public string ToConsole()
    {
        string[] headers = ["Measure", "Result", "p50/p95/p99/max ms", "CPU ms/op", "Goal", "Met", "Notes"];
        var cells = _rows.Select(r => new[] { r.Measure, r.Result, r.Latency, r.Cpu, r.GoalText, Verdict(r.Met), r.Detail }).ToList();
        var widths = headers.Select((h, i) => cells.Select(c => Width(c[i])).Append(Width(h)).Max()).ToArray();
        var text = new StringBuilder();
        void Line(string[] row) => text.AppendLine(string.Join("  ", row.Select((c, i) => c + new string(' ', widths[i] - Width(c)))).TrimEnd());
        Line(headers);
        Line([.. widths.Select(w => new string('-', w))]);
        cells.ForEach(Line);
        return text.ToString();
    }

    private void Add(Row row)
    {
        lock (_rows)
        {
            _rows.Add(row);
        }
        Console.WriteLine($"  {row.Measure}: {row.Result}{(row.Latency.Length > 0 ? "  (" + row.Latency + " ms)" : "")}  {Verdict(row.Met)}");
    }

    private static string Latency(LatencyStats s) => Invariant($"{s.P50Ms:0.00} / {s.P95Ms:0.00} / {s.P99Ms:0.00} / {s.MaxMs:0.0}");

    private static string Cpu(LatencyStats s) => s.CpuMsPerOperation is { } c ? Invariant($"{c.Server:0.00} + {c.Client:0.00}") : "";

    private static string Verdict(bool? met, bool markdown = false) => met switch { true => "yes", false => markdown ? "**no**" : "NO", null => "" };

    // Worth a mention only when other processes took a noticeable share of the machine.
    private static string Others(LatencyStats s) => s.OthersCpuPercent is >= 5 and var p ? Invariant($"other processes used {p:0}% of the CPUs") : "";

    private static string Join(string a, string b) => b.Length == 0 ? a : $"{a}; {b}";

    // Chinese characters take two columns in a terminal.
    private static int Width(string text) => text.Sum(c => c >= 0x2E80 ? 2 : 1);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
