using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Platform.Engine.Tests.Workflows.Assignment;

/// <summary>The activity JSON of docs/assignment.md, so the documented example is the one the tests run.</summary>
internal static partial class DocumentedActivity
{
    /// <summary>The block <c>```json title="<paramref name="title"/>"</c>, with the fallback owner set to <paramref name="defaultOwnerId"/>.</summary>
    public static JsonObject Node(string title, long defaultOwnerId)
    {
        var text = File.ReadAllText(RepoFiles.PathOf("docs", "assignment.md"));
        var block = CodeBlock().Matches(text).FirstOrDefault(m => m.Groups["title"].Value == title);
        Assert.True(block is not null, $"docs/assignment.md has no ```json title=\"{title}\" block");
        var node = JsonNode.Parse(block.Groups["code"].Value)!.AsObject();
        // The example names user 7 as the fallback; a test's users have other ids.
        node["defaultOwnerId"]!["expression"]!["value"] = defaultOwnerId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return node;
    }

    [GeneratedRegex("""^```json title="(?<title>[^"]+)"\n(?<code>.*?)\n```""", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CodeBlock();
}
