using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Transfers;

/// <summary>Import uploads as the UI sends them (multipart form data), and waiting for a background import.</summary>
public static class Uploads
{
    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, string entity, byte[] file, string fileName,
        string mode = "dryRun", string? mapping = null, string? matchOn = null, string? onDuplicate = null)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(content, "file", fileName);
        form.Add(new StringContent(mode), "mode");
        if (mapping is not null)
        {
            form.Add(new StringContent(mapping, Encoding.UTF8), "mapping");
        }
        if (matchOn is not null)
        {
            form.Add(new StringContent(matchOn), "matchOn");
        }
        if (onDuplicate is not null)
        {
            form.Add(new StringContent(onDuplicate), "onDuplicate");
        }
        return client.PostAsync($"/api/entities/{entity}/imports", form);
    }

    public static Task<HttpResponseMessage> ImportCsvAsync(this HttpClient client, string entity, string csv, string mode = "dryRun",
        string? mapping = null, string? matchOn = null, string? onDuplicate = null) =>
        client.ImportAsync(entity, Encoding.UTF8.GetBytes(csv), "leads.csv", mode, mapping, matchOn, onDuplicate);

    /// <summary>
    /// Polls the import until the background run has ended. The run is real work on a real server, so
    /// this waits for it (up to a minute) instead of simulating time.
    /// </summary>
    public static async Task<JsonElement> FinishedAsync(this HttpClient client, string id)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var report = await client.GetJsonAsync($"/api/imports/{id}");
            var status = report.GetProperty("status").GetString();
            if (status is "completed" or "failed" || DateTime.UtcNow > deadline)
            {
                return report;
            }
            await Task.Delay(50);
        }
    }

    public static async Task<JsonElement> CommitAsync(this HttpClient client, string entity, string csv, string? matchOn = null, string? onDuplicate = null)
    {
        var accepted = await (await client.ImportCsvAsync(entity, csv, "commit", matchOn: matchOn, onDuplicate: onDuplicate)).ReadJsonAsync(HttpStatusCode.Accepted);
        return await client.FinishedAsync(accepted.GetProperty("id").GetString()!);
    }
}
