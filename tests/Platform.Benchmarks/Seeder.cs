using System.Globalization;

namespace Platform.Benchmarks;

/// <summary>
/// Fills the entity up to the requested size through the API's bulk endpoint (1,000 records per request,
/// all or nothing), from a few clients in parallel: the server owns the file, so the API is the honest way
/// in, and the seed rate is itself a figure worth knowing.
/// </summary>
public static class Seeder
{
    public const int BatchSize = 1_000;

    public static async Task SeedAsync(IReadOnlyList<PlatformApi> clients, long current, int target, ResultTable results, CancellationToken ct)
    {
        var missing = target - current;
        if (missing <= 0)
        {
            return;
        }
        var batches = (int)((missing + BatchSize - 1) / BatchSize);
        var progressEvery = Math.Max(1, batches / 10);
        var done = 0;
        Console.WriteLine($"  seeding {missing:N0} records in {batches:N0} bulk requests from {clients.Count} clients…");
        var stats = await LoadRunner.RunAsync(clients.Count, batches, async (worker, batch, token) =>
        {
            var size = (int)Math.Min(BatchSize, missing - ((long)batch * BatchSize));
            // Seeded by batch number: the same records whatever the interleaving of clients.
            var generator = new LeadGenerator(1_000_000 + batch);
            var body = Lead.BulkJson(Enumerable.Range(0, size).Select(_ => generator.Next()));
            await clients[worker].BulkCreateAsync(LeadSchema.Entity, body, token);
            if (Interlocked.Increment(ref done) % progressEvery == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {done * 100 / batches}% ({done:N0} requests)"));
            }
        }, ct);
        var perRecord = stats with
        {
            Count = (int)missing,
            CpuMsPerOperation = stats.CpuMsPerOperation is { } c ? (c.Server * batches / missing, c.Client * batches / missing) : null,
        };
        results.AddThroughput($"Seed via bulk API (1,000 per request, {clients.Count} clients)", perRecord, null, "records",
            "latencies are per bulk request, CPU per record");
    }
}
