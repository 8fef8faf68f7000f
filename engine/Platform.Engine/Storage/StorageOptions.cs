namespace Platform.Engine.Storage;

public sealed class StorageOptions
{
    public const string Section = "Platform:Storage";

    /// <summary>The SQLite file; relative paths are under the working folder.</summary>
    public string Path { get; set; } = "data/platform.db";

    /// <summary>How long a writer waits for another process's lock before failing.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 30_000;

    /// <summary>Problems that must stop the server at start, empty when the options are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            yield return "Platform:Storage:Path is empty.";
        }
        if (BusyTimeoutMilliseconds is < 100 or > 600_000)
        {
            yield return "Platform:Storage:BusyTimeoutMilliseconds must be between 100 and 600000.";
        }
    }
}
