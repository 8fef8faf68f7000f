using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Platform.Benchmarks;

/// <summary>
/// Import speed through the real server: a CSV of realistic leads, written as people fill spreadsheets in
/// China (Chinese headers, option labels, amounts with thousands separators, dates as 2026/6/15), is
/// uploaded over HTTP as a dry run and as a background import. Prints rows per second, server CPU per row
/// and the server's peak memory, for docs/performance.md.
/// </summary>
public static class ImportBench
{
    private const string Header = "姓名,公司,邮箱,电话,来源,阶段,预算,城市,创建日期,评分,备注";
    private const int WarmUpRows = 5_000;
    private static readonly Dictionary<string, string> SourceLabels = new()
    {
        ["web"] = "官网", ["referral"] = "转介绍", ["event"] = "活动", ["ads"] = "广告", ["partner"] = "合作伙伴",
    };
    private static readonly Dictionary<string, string> StageLabels = new()
    {
        ["new"] = "新建", ["contacted"] = "已联系", ["qualified"] = "已确认", ["won"] = "赢单", ["lost"] = "输单",
    };

    public static async Task<int> RunAsync(int rows, bool noBuild, CancellationToken ct)
    {
        var repo = RepoRoot.Find();
        if (!noBuild)
        {
            Step("Building the server (Release)");
            await ServerHost.BuildAsync(repo, ct);
        }
        var folder = Path.Combine(Path.GetTempPath(), "platform-import-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var loadBefore = MachineInfo.LoadAverage();
            Step($"Writing CSV files of {WarmUpRows:N0} and {rows:N0} rows");
            var warmUp = Write(Path.Combine(folder, "warm-up.csv"), WarmUpRows, seed: 7);
            var file = Write(Path.Combine(folder, "leads.csv"), rows, seed: 42);
            Step($"Starting the server on a new database in {folder}");
            await using var server = await ServerHost.StartAsync(repo, folder, [], ct);
            CpuMonitor.Watch(server.ProcessId);
            var key = await PlatformApi.CreateApiKeyAsync(server.Address, ct);
            using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(30) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using (var api = new PlatformApi(server.Address, key))
            {
                await api.CreateEntityAsync(LeadSchema.Definition, ct);
            }

            Step("Warming the server up (an untimed dry run and import)");
            await UploadAsync(http, warmUp, "dryRun", ct);
            await FinishAsync(http, await UploadAsync(http, warmUp, "commit", ct), ct);
            var (idle, _) = server.Memory();
            ResetPeak(server.ProcessId);

            Step($"Dry run of {rows:N0} rows");
            var dry = await MeasureAsync(() => UploadAsync(http, file, "dryRun", ct));
            Step($"Import of {rows:N0} rows");
            var real = await MeasureAsync(async () => await FinishAsync(http, await UploadAsync(http, file, "commit", ct), ct));
            var (after, peak) = server.Memory();

            var figures = new[]
            {
                Row($"Dry run, {rows:N0} rows (synchronous request)", dry, rows),
                Row($"Import, {rows:N0} rows (upload to completed)", real, rows),
                $"| Server memory before the import (VmRSS), after, and peak during the dry run and import (VmHWM) | {idle:0} / {after:0} / **{peak:0} MB** | | |",
            };
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Machine: {MachineInfo.Describe()}; load average before {loadBefore}, after {MachineInfo.LoadAverage()}"));
            Console.WriteLine($"File: {new FileInfo(file).Length / 1048576.0:0.0} MB, {rows:N0} rows, 11 columns");
            Console.WriteLine();
            Console.WriteLine("| Measure | Result | Server CPU per row | Notes |");
            Console.WriteLine("| --- | ---: | ---: | --- |");
            foreach (var line in figures)
            {
                Console.WriteLine(line);
            }
            return 0;
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"Could not delete {folder}: {e.Message}");
            }
        }
    }

    private sealed record Measured(JsonElement Report, TimeSpan Elapsed, double? ServerCpuMs, double? OthersPercent);

    private static async Task<Measured> MeasureAsync(Func<Task<JsonElement>> run)
    {
        var before = CpuMonitor.Take();
        var clock = Stopwatch.StartNew();
        var report = await run();
        clock.Stop();
        var after = CpuMonitor.Take();
        return new Measured(report, clock.Elapsed, CpuMonitor.Used(before, after)?.Server, CpuMonitor.OthersPercent(before, after));
    }

    private static string Row(string measure, Measured m, int rows)
    {
        var counts = $"created {m.Report.GetProperty("created").GetInt64():N0}, failed {m.Report.GetProperty("failed").GetInt64():N0}, status {m.Report.GetProperty("status").GetString()}";
        var others = m.OthersPercent is >= 5 and var p ? $"; other processes used {p:0}% of the CPUs" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"| {measure} | **{rows / m.Elapsed.TotalSeconds:N0} rows/s** ({m.Elapsed.TotalSeconds:0.0} s) | {(m.ServerCpuMs is { } cpu ? $"{cpu * 1000 / rows:0} µs" : "")} | {counts}{others} |");
    }

    private static async Task<JsonElement> UploadAsync(HttpClient http, string path, string mode, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        using var form = new MultipartFormDataContent();
        var file = new StreamContent(stream);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", Path.GetFileName(path));
        form.Add(new StringContent(mode), "mode");
        using var response = await http.PostAsync($"/api/entities/{LeadSchema.Entity}/imports", form, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Accepted))
        {
            throw new InvalidOperationException($"The upload answered {(int)response.StatusCode}: {text}");
        }
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Polls the background import every 100 ms until it has ended.</summary>
    private static async Task<JsonElement> FinishAsync(HttpClient http, JsonElement accepted, CancellationToken ct)
    {
        var id = accepted.GetProperty("id").GetString();
        while (true)
        {
            using var document = JsonDocument.Parse(await http.GetStringAsync($"/api/imports/{id}", ct));
            if (document.RootElement.GetProperty("status").GetString() is "completed" or "failed")
            {
                return document.RootElement.Clone();
            }
            await Task.Delay(100, ct);
        }
    }

    private static string Write(string path, int rows, int seed)
    {
        var generator = new LeadGenerator(seed);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        writer.NewLine = "\r\n";
        writer.WriteLine(Header);
        for (var i = 0; i < rows; i++)
        {
            var lead = generator.Next();
            var day = DateOnly.ParseExact(lead.CreatedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.WriteLine(string.Join(',',
                Quote(lead.Name), Quote(lead.Company), lead.Email, Quote(lead.Phone), SourceLabels[lead.Source], StageLabels[lead.Stage],
                lead.Budget is { } budget ? Quote(budget.ToString("#,##0.00", CultureInfo.InvariantCulture)) : "",
                Quote(lead.City), $"{day.Year}/{day.Month}/{day.Day}", lead.Score.ToString(CultureInfo.InvariantCulture), Quote(lead.Notes)));
        }
        return path;
    }

    private static string Quote(string? text) =>
        text is null ? "" : text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>Starts the peak (VmHWM) afresh, so that it measures the import alone (Linux: clear_refs 5).</summary>
    private static void ResetPeak(int pid)
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.WriteLine("  (could not reset the peak memory figure; it includes the warm-up)");
        }
    }

    private static void Step(string text) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {text}");
}
