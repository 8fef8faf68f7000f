using System.Text.Json;

namespace Platform.Benchmarks;

/// <summary>
/// The read side over HTTP: a filtered page, the same sorted, the next page by cursor, and both search
/// paths. One client, sequential requests after a warm-up, so each latency is one request on an
/// otherwise idle server (what a person paging a grid sees).
/// </summary>
public sealed class ReadMeasurements(PlatformApi api, BenchOptions options, ResultTable results)
{
    private const string Records = $"/api/entities/{LeadSchema.Entity}/records";
    private static readonly string WebLeads = Uri.EscapeDataString("""{"and":[{"field":"source","op":"eq","value":"web"}]}""");

    public async Task RunAsync(int size, CancellationToken ct)
    {
        var n = size.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        await WarmUpAsync(ct);
        await MeasureAsync($"List page of 50, no filter (default sort -id), {n} records", $"{Records}?limit=50", null, ct);
        var first = await MeasureAsync($"Filtered page of 50 (source = web), {n} records",
            $"{Records}?filter={WebLeads}&limit=50", ResultTable.Goal.Below(5), ct);
        await MeasureAsync($"Filtered page of 50, sorted by indexed date (sort=-created_on), {n} records",
            $"{Records}?filter={WebLeads}&sort=-created_on&limit=50", null, ct);
        if (first.NextCursor is { } cursor)
        {
            await MeasureAsync($"Filtered page 2 via cursor, {n} records",
                $"{Records}?filter={WebLeads}&limit=50&cursor={Uri.EscapeDataString(cursor)}", null, ct);
        }
        await MeasureAsync($"Search q=云计算 (3 chars: FTS5 trigram), limit 50, {n} records",
            $"{Records}?q={Uri.EscapeDataString("云计算")}&limit=50", ResultTable.Goal.Below(50), ct);
        await MeasureAsync($"Search q=Cloud Computing (English phrase), limit 50, {n} records",
            $"{Records}?q={Uri.EscapeDataString("Cloud Computing")}&limit=50", ResultTable.Goal.Below(50), ct);
        await MeasureAsync($"Search q=上海 (2 chars: substring scan), limit 50, {n} records",
            $"{Records}?q={Uri.EscapeDataString("上海")}&limit=50", ResultTable.Goal.Below(50), ct);
        // The worst case of a short query: nothing matches, so no limit can stop the scan early.
        await MeasureAsync($"Search q=火星 (2 chars, no record matches), limit 50, {n} records",
            $"{Records}?q={Uri.EscapeDataString("火星")}&limit=50", ResultTable.Goal.Below(50), ct, expectEmpty: true);
        await MeasureAsync($"Filtered page of 50 with count=true, {n} records",
            $"{Records}?filter={WebLeads}&limit=50&count=true", null, ct);
    }

    /// <summary>
    /// A few seconds of untimed list requests, so the read path runs optimised code (tiered compilation)
    /// before any read is timed; the seed exercised only the write path.
    /// </summary>
    private async Task WarmUpAsync(CancellationToken ct)
    {
        string[] paths = [$"{Records}?limit=50", $"{Records}?filter={WebLeads}&limit=50", $"{Records}?q={Uri.EscapeDataString("云计算")}&limit=50"];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < TimeSpan.FromSeconds(5); i++)
        {
            await api.GetAsync(paths[i % paths.Length], ct);
        }
    }

    /// <summary>The number of live records, as the API counts them.</summary>
    public static async Task<long> CountAsync(PlatformApi api, CancellationToken ct)
    {
        using var page = JsonDocument.Parse(await api.GetAsync($"{Records}?limit=1&count=true", ct));
        return page.RootElement.GetProperty("total").GetInt64();
    }

    private async Task<Page> MeasureAsync(string name, string path, ResultTable.Goal? goal, CancellationToken ct, bool expectEmpty = false)
    {
        // A request slower than 100 ms is measured fewer times, so that one slow query does not stretch the run by minutes.
        var probe = System.Diagnostics.Stopwatch.StartNew();
        var last = await api.GetAsync(path, ct);
        var slow = probe.Elapsed > TimeSpan.FromMilliseconds(100);
        var stats = await LoadRunner.RepeatAsync(slow ? 2 : options.WarmUp - 1, slow ? Math.Min(options.Iterations, 30) : options.Iterations,
            async token => last = await api.GetAsync(path, token), ct);
        var page = Page.Parse(last);
        if ((page.Items == 0) != expectEmpty)
        {
            throw new InvalidOperationException($"{name}: {page.Items} items, expected {(expectEmpty ? "none" : "some")}.");
        }
        results.AddLatency(name, stats, goal, $"{page.Items} items, {last.Length / 1024.0:0.0} KB");
        return page;
    }

    private sealed record Page(int Items, string? NextCursor)
    {
        public static Page Parse(byte[] json)
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var next = root.GetProperty("nextCursor");
            return new Page(root.GetProperty("items").GetArrayLength(), next.ValueKind == JsonValueKind.String ? next.GetString() : null);
        }
    }
}
