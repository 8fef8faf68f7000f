using System.Net;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Scripting;

public sealed class ScriptingTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Bant = """
        const parts = { budget: record.budget, need: record.need, decision: record.decision, urgency: record.urgency };
        const reasons = Object.entries(parts).map(([rule, points]) => ({ rule, points: points ?? 0 }));
        const score = reasons.reduce((sum, r) => sum + r.points, 0);
        log('score', score);
        return { score, grade: score >= 15 ? 'A' : score >= 8 ? 'B' : 'C', reasons };
        """;

    private static async Task<string> LeadsAsync(HttpClient admin)
    {
        var slug = Seed.Slug("lead");
        await admin.CreateEntityAsync($$"""
            {"slug":"{{slug}}","label":{"en":"Lead"},"fields":[{"slug":"name","type":"text"},
              {"slug":"budget","type":"number"},{"slug":"need","type":"number"},{"slug":"decision","type":"number"},{"slug":"urgency","type":"number"},
              {"slug":"score","type":"number"},{"slug":"grade","type":"select","options":[{"value":"A"},{"value":"B"},{"value":"C"}]}]}
            """);
        return slug;
    }

    [Fact]
    public async Task ScoreRule_SavedThroughTheApi_ScoresEveryNewRecord_WithReasonsToRead()
    {
        using var admin = await factory.AdminAsync();
        var lead = await LeadsAsync(admin);
        var rule = await (await admin.PostJsonAsync($"/api/entities/{lead}/rules",
            new { slug = "bant", kind = "score", script = Bant, field = "score", gradeField = "grade", label = new Dictionary<string, string> { ["en"] = "BANT" } }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.True(rule.GetProperty("enabled").GetBoolean());

        var record = await admin.CreateRecordAsync(lead, new { name = "Ann", budget = 5, need = 4, decision = 3, urgency = 2 });
        Assert.Equal((14, "B"), (record.GetProperty("score").GetInt32(), record.GetProperty("grade").GetString()));

        var scores = await admin.GetJsonAsync($"/api/entities/{lead}/records/{record.GetProperty("id").GetInt64()}/scores");
        var score = Assert.Single(scores.EnumerateArray());
        Assert.Equal(("bant", "BANT", 14d, "B"), (score.GetProperty("rule").GetString(), score.GetProperty("label").GetProperty("en").GetString(),
            score.GetProperty("score").GetDouble(), score.GetProperty("grade").GetString()));
        Assert.Equal(4, score.GetProperty("reasons").GetArrayLength());
    }

    [Fact]
    public async Task ScriptTest_RunsAgainstAStoredRecord_AndReportsResultLogAndDuration()
    {
        using var admin = await factory.AdminAsync();
        var lead = await LeadsAsync(admin);
        var id = await admin.CreateRecordIdAsync(lead, new { name = "Ann", budget = 5, need = 5, decision = 5, urgency = 1 });

        var test = await (await admin.PostJsonAsync("/api/scripts/test", new { script = Bant, entity = lead, recordId = id, kind = "score" })).ReadJsonAsync(HttpStatusCode.OK);

        Assert.True(test.GetProperty("ok").GetBoolean());
        Assert.Equal(("A", 16), (test.GetProperty("result").GetProperty("grade").GetString(), test.GetProperty("result").GetProperty("score").GetInt32()));
        Assert.Equal("score 16", test.GetProperty("logs")[0].GetString());
        Assert.True(test.GetProperty("durationMs").GetDouble() >= 0);
        Assert.Equal(JsonValueKind.Null, test.GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task ScriptTest_ShowsAHostileScriptStopped_WithKindLineAndColumn()
    {
        using var admin = await factory.AdminAsync();
        var lead = await LeadsAsync(admin);

        var test = await (await admin.PostJsonAsync("/api/scripts/test", new { script = "let n = 0;\nwhile (true) { n++; }", entity = lead, kind = "formula", record = new { } }))
            .ReadJsonAsync(HttpStatusCode.OK);

        var error = test.GetProperty("error");
        Assert.False(test.GetProperty("ok").GetBoolean());
        Assert.Contains(error.GetProperty("kind").GetString(), new[] { "statements", "timeout" });
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.True(error.GetProperty("column").GetInt32() > 0);
    }

    [Fact]
    public async Task ScriptTest_OfAHook_ShowsTheRecordAsTheHookLeftIt()
    {
        using var admin = await factory.AdminAsync();
        var lead = await LeadsAsync(admin);

        var test = await (await admin.PostJsonAsync("/api/scripts/test", new { script = "record.name = record.name.toUpperCase();", entity = lead, kind = "hook", record = new { name = "ann" } }))
            .ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("ANN", test.GetProperty("record").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ScriptTest_WithAnUnknownKind_Is400KeyedByKind()
    {
        using var admin = await factory.AdminAsync();
        var lead = await LeadsAsync(admin);
        var errors = await (await admin.PostJsonAsync("/api/scripts/test", new { script = "1", entity = lead, kind = "macro" })).ReadValidationErrorAsync("kind");
        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task FailingRule_RefusesTheWriteWith422NamingScriptKindLineAndColumn_AndWritesNothing()
    {
        using var admin = await factory.AdminAsync();
        var lead = await LeadsAsync(admin);
        await (await admin.PostJsonAsync($"/api/entities/{lead}/rules", new { slug = "strict", kind = "validation", script = "const x = 1;\nreturn record.company.name;" }))
            .ReadJsonAsync(HttpStatusCode.Created);

        var problem = await (await admin.PostJsonAsync($"/api/entities/{lead}/records", new { name = "Ann" })).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("https://platform.local/problems/script", problem.GetProperty("type").GetString());
        Assert.Equal(("strict", "validation", "error", 2), (problem.GetProperty("script").GetString(), problem.GetProperty("scriptKind").GetString(),
            problem.GetProperty("kind").GetString(), problem.GetProperty("line").GetInt32()));
        Assert.StartsWith("TypeError", problem.GetProperty("message").GetString());
        Assert.Equal(0, await admin.CountAsync(lead));
    }

    [Fact]
    public async Task Rules_CanBeListedReplacedAndDeleted_AndOnlyAdminsChangeThem()
    {
        using var admin = await factory.AdminAsync();
        using var member = (await factory.UserAsync(admin)).Client;
        var lead = await LeadsAsync(admin);
        var url = $"/api/entities/{lead}/rules";
        await (await admin.PostJsonAsync(url, new { slug = "a", kind = "validation", script = "true" })).ReadJsonAsync(HttpStatusCode.Created);
        await (await member.PostJsonAsync(url, new { slug = "b", kind = "validation", script = "true" })).ReadProblemAsync(HttpStatusCode.Forbidden);

        var replaced = await (await admin.PutAsync($"{url}/a", HttpJson.Content(new { slug = "a2", kind = "validation", script = "false", enabled = false })))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("a2", false), (replaced.GetProperty("slug").GetString(), replaced.GetProperty("enabled").GetBoolean()));
        Assert.Equal(["a2"], (await member.GetJsonAsync(url)).EnumerateArray().Select(r => r.GetProperty("slug").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{url}/a2")).StatusCode);
        Assert.Empty((await admin.GetJsonAsync(url)).EnumerateArray());
    }

    [Theory]
    [InlineData("""{"slug":"Bad Slug","kind":"validation","script":"true"}""", "slug")]
    [InlineData("""{"slug":"ok","kind":"macro","script":"true"}""", "kind")]
    [InlineData("""{"slug":"ok","kind":"validation","script":"return (;"}""", "script")]
    [InlineData("""{"slug":"ok","kind":"validation","script":""}""", "script")]
    [InlineData("""{"slug":"ok","kind":"score","script":"1","field":"name"}""", "field")]
    [InlineData("""{"slug":"ok","kind":"score","script":"1","gradeField":"missing"}""", "gradeField")]
    public async Task Rule_WithBadInput_Is400KeyedByProperty_AndNothingIsSaved(string body, string key)
    {
        using var admin = await factory.AdminAsync();
        var lead = await LeadsAsync(admin);
        var errors = await (await admin.PostJsonAsync($"/api/entities/{lead}/rules", body)).ReadValidationErrorAsync(key);
        Assert.NotEmpty(errors);
        Assert.Empty((await admin.GetJsonAsync($"/api/entities/{lead}/rules")).EnumerateArray());
    }

    [Fact]
    public async Task FormulaField_AddedToRecords_IsRecomputedInTheBackground_WithProgress()
    {
        using var admin = await factory.AdminAsync();
        var lead = await LeadsAsync(admin);
        await admin.CreateRecordAsync(lead, new { name = "Ann", budget = 5, need = 4, decision = 3, urgency = 4 });
        await (await admin.PostJsonAsync($"/api/entities/{lead}/fields",
            """{"slug":"bant_total","type":"formula","resultType":"number","formula":"return record.budget + record.need + record.decision + record.urgency;"}"""))
            .ReadJsonAsync(HttpStatusCode.Created);

        var job = await FinishedAsync(admin, $"/api/entities/{lead}/fields/bant_total/recompute");

        Assert.Equal(("completed", 1, 0), (job.GetProperty("status").GetString(), job.GetProperty("processed").GetInt32(), job.GetProperty("failed").GetInt32()));
        Assert.Equal(16, (await admin.ListAsync(lead)).Items()[0].GetProperty("bant_total").GetInt32());
        var created = await admin.CreateRecordAsync(lead, new { name = "Bo", budget = 1, need = 1, decision = 1, urgency = 1, bant_total = 99 });
        Assert.Equal(4, created.GetProperty("bant_total").GetInt32());
    }

    [Fact]
    public async Task Recompute_OfAFieldThatIsNoFormula_Is404()
    {
        using var admin = await factory.AdminAsync();
        var lead = await LeadsAsync(admin);
        await (await admin.PostJsonAsync($"/api/entities/{lead}/fields/name/recompute", "{}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task FormulaField_WithASyntaxError_Is400KeyedByFormula()
    {
        using var admin = await factory.AdminAsync();
        var lead = await LeadsAsync(admin);
        var errors = await (await admin.PostJsonAsync($"/api/entities/{lead}/fields", """{"slug":"f","type":"formula","resultType":"number","formula":"1 +"}"""))
            .ReadValidationErrorAsync("formula");
        Assert.StartsWith("Line 1, column 4", errors[0]);
    }

    [Theory]
    [InlineData("POST", "/api/scripts/test")]
    [InlineData("GET", "/api/entities/lead/rules")]
    [InlineData("GET", "/api/entities/lead/records/1/scores")]
    [InlineData("GET", "/api/entities/lead/fields/f/recompute")]
    public async Task ScriptingRoutes_Return401_WhenNotSignedIn(string method, string url)
    {
        using var anonymous = factory.Anonymous();
        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = HttpJson.Content("{}") });
        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    /// <summary>Polls the recomputation until it ends; it is real work on a real server, so this waits (up to a minute).</summary>
    private static async Task<JsonElement> FinishedAsync(HttpClient client, string url)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var job = await response.ReadJsonAsync(HttpStatusCode.OK);
                if (job.GetProperty("status").GetString() is "completed" or "failed" || DateTime.UtcNow > deadline)
                {
                    return job;
                }
            }
            await Task.Delay(50);
        }
    }
}
