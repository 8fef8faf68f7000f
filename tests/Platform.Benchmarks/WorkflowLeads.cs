using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Records;

namespace Platform.Benchmarks;

/// <summary>
/// What the CRM lead-intake workflow works on: the <c>lead</c> entity of the main benchmark, six sales reps and two
/// nurture reps (the two teams it assigns to), and leads to run it for. A run's input is what a record trigger
/// hands a workflow: <c>{"entity","recordId","record"}</c>, the record as the API shows it.
/// </summary>
public static class WorkflowLeads
{
    private static readonly (string Team, int Count)[] Teams = [("sales", 6), ("nurture", 2)];

    /// <summary>In this process: the entity, the reps and <paramref name="count"/> leads; answers the run inputs as JSON text.</summary>
    public static async Task<IReadOnlyList<string>> PrepareAsync(InProcessEngine engine, int count, CancellationToken ct)
    {
        var created = await engine.Get<EntityService>().CreateAsync(Json.Deserialize<EntityDefinition>(LeadSchema.Definition), ct);
        Check(created.IsSuccess, () => $"the lead entity: {created.Failure}");
        foreach (var (email, team) in Reps())
        {
            var user = await engine.Get<IdentityService>().CreateAsync(
                new UserInput { Email = email, Name = email.Split('@')[0], Password = "bench-password-1", Role = Roles.Member, Team = team }, ct);
            Check(user.IsSuccess, () => $"user {email}: {user.Failure}");
        }
        var records = engine.Get<RecordService>();
        var bodies = Leads(count).Select(l => JsonDocument.Parse(l.ToJson()).RootElement).ToList();
        var inputs = new string[count];
        await LoadRunner.RunAsync(64, count, async (_, i, c) =>
        {
            var record = await records.CreateAsync(LeadSchema.Entity, bodies[i], Actor.System, c);
            Check(record.IsSuccess, () => $"a lead: {record.Failure}");
            inputs[i] = Input(JsonSerializer.SerializeToNode(record.Value, Json.Options)!.AsObject());
        }, ct);
        return inputs;
    }

    /// <summary>Through the API of a server: the same entity, reps and leads (bulk requests of 1,000).</summary>
    public static async Task<IReadOnlyList<string>> PrepareAsync(PlatformApi api, int count, CancellationToken ct)
    {
        await api.CreateEntityAsync(LeadSchema.Definition, ct);
        foreach (var (email, team) in Reps())
        {
            await api.PostAsync("/api/users", JsonSerializer.SerializeToUtf8Bytes(new
            {
                email, name = email.Split('@')[0], role = Roles.Member, password = "bench-password-1", team,
            }), HttpStatusCode.Created, ct);
        }
        var inputs = new List<string>(count);
        foreach (var chunk in Leads(count).Chunk(1_000))
        {
            var answer = JsonNode.Parse(await api.PostAsync($"/api/entities/{LeadSchema.Entity}/records/bulk", Lead.BulkJson(chunk), HttpStatusCode.Created, ct))!;
            inputs.AddRange(answer["items"]!.AsArray().Select(r => Input(r!.DeepClone().AsObject())));
        }
        return inputs;
    }

    /// <summary>The body of <c>POST /api/workflows/{id}/run</c> for one of the inputs.</summary>
    public static byte[] RunBody(string input) => Encoding.UTF8.GetBytes($$"""{"input":{{input}}}""");

    private static string Input(JsonObject record) => new JsonObject
    {
        ["entity"] = LeadSchema.Entity, ["recordId"] = record["id"]!.GetValue<long>(), ["record"] = record,
    }.ToJsonString();

    private static IEnumerable<(string Email, string Team)> Reps() =>
        Teams.SelectMany(t => Enumerable.Range(1, t.Count).Select(i => ($"{t.Team}{i}@example.com", t.Team)));

    private static IEnumerable<Lead> Leads(int count)
    {
        var generator = new LeadGenerator(42);
        return Enumerable.Range(0, count).Select(_ => generator.Next());
    }

    private static void Check(bool ok, Func<string> problem)
    {
        if (!ok)
        {
            throw new InvalidOperationException("Preparing the leads failed: " + problem());
        }
    }
}
