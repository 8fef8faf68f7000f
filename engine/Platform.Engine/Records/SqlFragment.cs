namespace Platform.Engine.Records;

/// <summary>Generated SQL text with its parameters; values never enter the text.</summary>
public sealed class SqlFragment
{
    private int _next;

    public Dictionary<string, object?> Parameters { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a parameter and returns its name (without the @).</summary>
    public string Add(object? value)
    {
        var name = "p" + _next++;
        Parameters[name] = value;
        return name;
    }
}
