using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using DotLiquid;
using DotLiquid.Exceptions;
using Platform.Engine.Common;

namespace Platform.Engine.Scripting;

/// <summary>
/// Renders Liquid templates over JSON data: e-mail subjects and bodies, Liquid workflow expressions.
/// Templates are parsed once per text. Data is copied into plain dictionaries and lists, so a template reads
/// values and never reaches a .NET object's members.
/// </summary>
public sealed class LiquidTemplates
{
    private const int MaxCached = 1_000;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    /// <summary>The syntax error of <paramref name="template"/>, or null when it parses.</summary>
    public static string? CheckSyntax(string template)
    {
        try
        {
            Template.Parse(template);
            return null;
        }
        catch (LiquidException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// Renders <paramref name="template"/> with each property of <paramref name="model"/> as a top-level name;
    /// a failure is keyed by <paramref name="field"/>, the input the template came from.
    /// </summary>
    public Result<string> Render(string template, JsonObject model, string field = "template")
    {
        Template parsed;
        try
        {
            parsed = _parsed.TryGetValue(template, out var cached) ? cached : Template.Parse(template);
        }
        catch (LiquidException e)
        {
            return ValidationFailure.For(field, Texts.Get("liquid.syntax", e.Message));
        }
        if (_parsed.Count < MaxCached)
        {
            _parsed.TryAdd(template, parsed);
        }
        var values = Hash.FromDictionary(model.ToDictionary(p => p.Key, p => Plain(p.Value), StringComparer.Ordinal));
        var parameters = new RenderParameters(System.Globalization.CultureInfo.InvariantCulture)
        {
            LocalVariables = values,
            ErrorsOutputMode = ErrorsOutputMode.Rethrow,
        };
        try
        {
            // A parsed template keeps per-render state of its own, so one render at a time per template.
            lock (parsed)
            {
                return parsed.Render(parameters);
            }
        }
        catch (Exception e) when (e is LiquidException or InvalidOperationException or System.ArgumentException or FormatException)
        {
            return ValidationFailure.For(field, Texts.Get("liquid.render", e.Message));
        }
    }

    private static object? Plain(JsonNode? node) => node switch
    {
        JsonObject o => o.ToDictionary(p => p.Key, p => Plain(p.Value), StringComparer.Ordinal),
        JsonArray a => a.Select(Plain).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            // The value may be held as any .NET number; its JSON text is the one form every number has.
            JsonValueKind.Number => long.TryParse(v.ToJsonString(), out var whole) ? whole : decimal.Parse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        },
        _ => null,
    };
}
