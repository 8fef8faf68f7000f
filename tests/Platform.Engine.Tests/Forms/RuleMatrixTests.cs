using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Forms;

namespace Platform.Engine.Tests.Forms;

/// <summary>
/// The shared matrix (tests/fixtures/forms/rule-matrix.json): the same schemas, rules and data run here
/// through NJsonSchema and in Vitest through ajv, and both must give exactly the expected errors.
/// </summary>
public sealed class RuleMatrixTests
{
    private static readonly JsonObject Matrix = JsonNode.Parse(File.ReadAllText(Locate()))!.AsObject();

    public static TheoryData<string> Cases() => [.. Matrix["cases"]!.AsArray().Select(c => c!["name"]!.GetValue<string>())];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Validate_GivesTheSharedExpectedErrors(string name)
    {
        var @case = Matrix["cases"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == name)!;
        var schema = Matrix["schemas"]![@case["schema"]!.GetValue<string>()]!.AsObject();
        var rules = Json.Deserialize<List<FormRule>>(@case["rules"]!.ToJsonString());
        var form = await FormCompiler.CompileAsync("matrix", 1, schema, rules, new Dictionary<string, string>());
        var data = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(@case["data"]!.ToJsonString())!
            .ToDictionary(d => d.Key, d => (object?)d.Value);

        var errors = form.Validate(data).ToDictionary(e => e.Key, e => e.Value.Select(x => x.Code).ToList());

        var expected = @case["errors"]!.AsObject().ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(c => c!.GetValue<string>()).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(Describe(expected), Describe(errors));
    }

    private static string Describe(Dictionary<string, List<string>> errors) =>
        string.Join("; ", errors.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {string.Join(",", e.Value)}"));

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "tests", "fixtures", "forms", "rule-matrix.json");
            if (File.Exists(path))
            {
                return path;
            }
        }
        throw new FileNotFoundException("tests/fixtures/forms/rule-matrix.json not found above " + AppContext.BaseDirectory);
    }
}
