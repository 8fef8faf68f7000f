using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Platform.Engine.Tests.Scripting;

/// <summary>
/// The worked examples of docs/scripting.md: each <c>```js title="name"</c> block is a script, and each
/// pair of <c>```json title="name/case.request"</c> and <c>"name/case.response"</c> blocks is a run of it
/// through the script test, with what it answers.
/// </summary>
internal static partial class DocumentedExamples
{
    public sealed record Case(string Name, string Script, JsonObject Request, JsonObject Response);

    private static readonly Lazy<string> Text = new(() => File.ReadAllText(RepoFiles.PathOf("docs", "scripting.md")));

    /// <summary>The scripts by name.</summary>
    public static IReadOnlyDictionary<string, string> Scripts() =>
        Blocks("js").ToDictionary(b => b.Title, b => b.Code, StringComparer.Ordinal);

    public static IReadOnlyList<Case> Cases()
    {
        var scripts = Scripts();
        var json = Blocks("json").ToDictionary(b => b.Title, b => b.Code, StringComparer.Ordinal);
        return [.. json.Keys.Where(t => t.EndsWith(".request", StringComparison.Ordinal)).Select(title =>
        {
            var name = title[..^".request".Length];
            var script = name.Split('/')[0];
            return new Case(
                name,
                scripts.TryGetValue(script, out var code) ? code : throw new InvalidOperationException($"docs/scripting.md: {title} names no ```js title=\"{script}\" block"),
                JsonNode.Parse(json[title])!.AsObject(),
                json.TryGetValue(name + ".response", out var response)
                    ? JsonNode.Parse(response)!.AsObject()
                    : throw new InvalidOperationException($"docs/scripting.md: {title} has no {name}.response block"));
        })];
    }

    /// <summary>The JSON of the block <c>```json title="<paramref name="title"/>"</c>.</summary>
    public static JsonNode Json(string title) =>
        JsonNode.Parse(Blocks("json").SingleOrDefault(b => b.Title == title).Code
            ?? throw new InvalidOperationException($"docs/scripting.md has no ```json title=\"{title}\" block"))!;

    private static IEnumerable<(string Title, string Code)> Blocks(string language) =>
        CodeBlock().Matches(Text.Value)
            .Where(m => m.Groups["language"].Value == language)
            .Select(m => (m.Groups["title"].Value, m.Groups["code"].Value));

    [GeneratedRegex("""^```(?<language>\w+) title="(?<title>[^"]+)"[^\n]*\n(?<code>.*?)\n```""", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CodeBlock();
}
