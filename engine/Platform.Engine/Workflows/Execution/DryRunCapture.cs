namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// Set on a <see cref="WorkflowEnvironment"/> when the burst is a dry run: activities that would reach outside
/// the database (an HTTP request) note what they would have done here instead of doing it.
/// </summary>
public sealed class DryRunCapture
{
    private readonly List<(string Method, string Url, DateTimeOffset At)> _requests = [];

    public IReadOnlyList<(string Method, string Url, DateTimeOffset At)> Requests => _requests;

    public void Request(string method, string url, DateTimeOffset at) => _requests.Add((method, url, at));
}
