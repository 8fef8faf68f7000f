using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// The outputs activities recorded in this burst, for <c>getOutputFrom</c> and <c>getLastResult</c>. Like Elsa's, it is
/// transient: after a suspend it starts empty, so a value needed later must be bound to a variable.
/// </summary>
internal sealed class OutputRegister
{
    private readonly List<(string ActivityId, string? ActivityName, string Output, JsonNode? Value)> _entries = [];

    public void Record(WorkflowActivity activity, string output, JsonNode? value) =>
        _entries.Add((activity.Id, activity.Name, output, value?.DeepClone()));

    /// <summary>The latest value of <paramref name="output"/> (Result when null) recorded by the activity with that id or name.</summary>
    public JsonNode? Get(string activityIdOrName, string? output)
    {
        var name = string.IsNullOrEmpty(output) ? "Result" : output;
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            var entry = _entries[i];
            if ((entry.ActivityId == activityIdOrName || entry.ActivityName == activityIdOrName)
                && string.Equals(entry.Output, name, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Value?.DeepClone();
            }
        }
        return null;
    }

    public IReadOnlyList<(string Activity, string Output)> Recorded =>
        _entries.Where(e => e.ActivityName is not null).Select(e => (e.ActivityName!, e.Output)).Distinct().ToList();

    public JsonNode? LastResult
    {
        get
        {
            for (var i = _entries.Count - 1; i >= 0; i--)
            {
                if (string.Equals(_entries[i].Output, "Result", StringComparison.OrdinalIgnoreCase))
                {
                    return _entries[i].Value?.DeepClone();
                }
            }
            return null;
        }
    }
}
