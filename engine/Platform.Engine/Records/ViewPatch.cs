using System.Text.Json;
using Platform.Engine.Common;

namespace Platform.Engine.Records;

/// <summary>Applies a JSON patch to a saved view, refusing members of the wrong type by name.</summary>
public static class ViewPatch
{
    public static Result<SavedView> Apply(SavedView current, JsonElement patch)
    {
        var errors = new ValidationErrors();
        if (patch.ValueKind != JsonValueKind.Object)
        {
            return ValidationFailure.For("body", Texts.Get("record.body"));
        }
        var view = current with
        {
            Name = Text(patch, "name", current.Name, errors) ?? current.Name,
            Sort = Text(patch, "sort", current.Sort, errors),
            Q = Text(patch, "q", current.Q, errors),
            Columns = Columns(patch, current.Columns, errors),
            Filter = patch.TryGetProperty("filter", out var filter)
                ? filter.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.Object => filter.Clone(),
                    _ => Invalid(errors, "filter", Texts.Get("query.filter", "an object")),
                }
                : current.Filter,
        };
        return errors.Any ? errors.ToFailure() : view;
    }

    private static string? Text(JsonElement patch, string name, string? current, ValidationErrors errors)
    {
        if (!patch.TryGetProperty(name, out var value))
        {
            return current;
        }
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            _ => Invalid<string>(errors, name, Texts.Get("value.text")),
        };
    }

    private static List<string>? Columns(JsonElement patch, List<string>? current, ValidationErrors errors)
    {
        if (!patch.TryGetProperty("columns", out var value))
        {
            return current;
        }
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(c => c.ValueKind == JsonValueKind.String))
        {
            return [.. value.EnumerateArray().Select(c => c.GetString()!)];
        }
        return Invalid<List<string>>(errors, "columns", Texts.Get("view.columns"));
    }

    private static JsonElement? Invalid(ValidationErrors errors, string key, string message)
    {
        errors.Add(key, message);
        return null;
    }

    private static T? Invalid<T>(ValidationErrors errors, string key, string message) where T : class
    {
        errors.Add(key, message);
        return null;
    }
}
