namespace Platform.Engine.Common;

/// <summary>Collects field-keyed messages so every problem in a request is reported at once.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public bool Has(string key) => _errors.ContainsKey(key);

    public void Add(string key, string message)
    {
        if (!_errors.TryGetValue(key, out var list))
        {
            _errors[key] = list = [];
        }
        list.Add(message);
    }

    public void AddAll(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (key, messages) in errors)
        {
            foreach (var message in messages)
            {
                Add(key, message);
            }
        }
    }

    public void AddPrefixed(string prefix, IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (key, messages) in errors)
        {
            foreach (var message in messages)
            {
                Add($"{prefix}.{key}", message);
            }
        }
    }

    public ValidationFailure ToFailure() => new(
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
        Texts.Get("validation.failed"));
}
