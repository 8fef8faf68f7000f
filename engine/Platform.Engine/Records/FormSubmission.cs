using System.Text.Json;

namespace Platform.Engine.Records;

/// <summary>
/// A public form submission as posted: <c>{"version", "data", "params", "_honeypot"}</c>, or a flat object
/// whose members named like a hidden field's URL parameter are parameters and the rest field values.
/// </summary>
public sealed record FormSubmission(int? Version, IReadOnlyDictionary<string, JsonElement> Data, IReadOnlyDictionary<string, string> Params, string? Honeypot)
{
    public const string HoneypotName = "_honeypot";

    public static FormSubmission? Read(JsonElement body, IReadOnlySet<string> parameterNames)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var honeypot = body.TryGetProperty(HoneypotName, out var trap) && trap.ValueKind == JsonValueKind.String ? trap.GetString() : null;
        if (body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            int? version = body.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;
            var parameters = body.TryGetProperty("params", out var p) && p.ValueKind == JsonValueKind.Object
                ? p.EnumerateObject().Where(m => m.Value.ValueKind == JsonValueKind.String).ToDictionary(m => m.Name, m => m.Value.GetString()!, StringComparer.Ordinal)
                : [];
            return new FormSubmission(version, data.EnumerateObject().ToDictionary(m => m.Name, m => m.Value.Clone(), StringComparer.Ordinal), parameters, honeypot);
        }
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var flatParams = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in body.EnumerateObject().Where(m => m.Name != HoneypotName))
        {
            if (parameterNames.Contains(member.Name) && member.Value.ValueKind == JsonValueKind.String)
            {
                flatParams[member.Name] = member.Value.GetString()!;
            }
            else
            {
                values[member.Name] = member.Value.Clone();
            }
        }
        return new FormSubmission(null, values, flatParams, honeypot);
    }
}
