using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Forms;

namespace Platform.Benchmarks;

/// <summary>
/// How many records a 20-field form checks per second on one thread: NJsonSchema over the form's schema
/// plus three rule conditions, as every record write does. Prints figures for docs/performance.md.
/// </summary>
public static class FormValidationBench
{
    public static async Task<int> RunAsync(int seconds)
    {
        var entity = Json.Deserialize<EntityDefinition>(EntityJson);
        var form = Json.Deserialize<FormDefinition>(FormJson) with { Layout = FormSchemaBuilder.DefaultLayout(entity) };
        // What every record write runs: NJsonSchema for what the form adds to its fields, and the rules.
        var writes = await FormCompiler.CompileAsync(entity, form, 1);
        // The whole schema, as the browser checks it (and as a write would if field types checked nothing).
        var schema = FormSchemaBuilder.Schema(entity, form, "en");
        var types = entity.Fields.ToDictionary(f => f.Slug, f => f.Type);
        var full = await FormCompiler.CompileAsync("bench", 1, schema, form.Rules, types);
        var valid = JsonSerializer.Deserialize<Dictionary<string, object?>>(ValidJson)!;
        var invalid = JsonSerializer.Deserialize<Dictionary<string, object?>>(InvalidJson)!;
        if (writes.Validate(valid).Count != 0 || full.Validate(valid).Count != 0 || writes.Validate(invalid).Count != 4 || full.Validate(invalid).Count != 4)
        {
            Console.Error.WriteLine("The benchmark's records do not check as intended.");
            return 1;
        }
        Console.WriteLine($"Form of {writes.Fields.Count()} fields and {form.Rules.Count} rules; {Environment.ProcessorCount} cores, one thread used.");
        foreach (var (name, compiled, data) in new[]
        {
            ("record write, valid", writes, valid), ("record write, 4 errors", writes, invalid),
            ("full schema, valid", full, valid), ("full schema, 4 errors", full, invalid),
        })
        {
            Measure(compiled, data, TimeSpan.FromSeconds(1));
            var (count, elapsed, allocated) = Measure(compiled, data, TimeSpan.FromSeconds(seconds));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {count / elapsed.TotalSeconds:N0} validations/s ({elapsed.TotalMicroseconds / count:0.0} µs each, {allocated / count / 1024.0:0.0} KB allocated each)"));
        }
        return 0;
    }

    private static (long Count, TimeSpan Elapsed, long Allocated) Measure(CompiledForm form, Dictionary<string, object?> data, TimeSpan duration)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        long count = 0;
        while (clock.Elapsed < duration)
        {
            for (var i = 0; i < 1000; i++)
            {
                form.Validate(data);
            }
            count += 1000;
        }
        return (count, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }

    private const string EntityJson = """
        {"slug":"lead","label":{"en":"Lead"},"fields":[
          {"slug":"name","type":"text","required":true},{"slug":"company","type":"text"},{"slug":"title","type":"text"},
          {"slug":"phone","type":"phone"},{"slug":"email","type":"email"},{"slug":"wechat","type":"text"},
          {"slug":"city","type":"text"},{"slug":"website","type":"url"},{"slug":"notes","type":"longtext"},
          {"slug":"industry","type":"select","options":[{"value":"education"},{"value":"finance"},{"value":"retail"}]},
          {"slug":"source","type":"select","options":[{"value":"website"},{"value":"sem"},{"value":"referral"}]},
          {"slug":"status","type":"select","options":[{"value":"new"},{"value":"working"},{"value":"lost"}]},
          {"slug":"grade","type":"select","options":[{"value":"A"},{"value":"B"},{"value":"C"}]},
          {"slug":"tags","type":"multiselect","options":[{"value":"vip"},{"value":"hot"},{"value":"cold"}]},
          {"slug":"budget","type":"currency"},{"slug":"employees","type":"number"},{"slug":"score","type":"rating"},
          {"slug":"vip","type":"boolean"},{"slug":"captured_on","type":"date"},{"slug":"competitor","type":"text"}]}
        """;

    private const string FormJson = """
        {"slug":"bench","fields":{"name":{"minLength":2},"budget":{"minimum":0,"maximum":100000000},"employees":{"minimum":1}},
         "rules":[
           {"when":{"properties":{"status":{"enum":["lost"]}},"required":["status"]},"effect":"show","field":"competitor"},
           {"when":{"properties":{"grade":{"enum":["A"]}},"required":["grade"]},"effect":"require","field":"budget"},
           {"when":{"properties":{"tags":{"not":{"items":{"not":{"enum":["vip"]}}}}},"required":["tags"]},"effect":"require","field":"phone"}]}
        """;

    private const string ValidJson = """
        {"name":"王敏","company":"上海云帆科技有限公司","title":"采购经理","phone":"13912345678","email":"wang.min@example.com",
         "wechat":"wangmin","city":"上海","website":"https://example.com","notes":"对私有化部署感兴趣","industry":"finance",
         "source":"sem","status":"lost","grade":"A","tags":["vip","hot"],"budget":250000,"employees":320,"score":4,
         "vip":true,"captured_on":"2026-06-15","competitor":"竞品甲"}
        """;

    private const string InvalidJson = """
        {"name":"王","email":"wang.min@example.com","status":"lost","grade":"A","tags":["vip"],"employees":0,"score":4}
        """;
}
