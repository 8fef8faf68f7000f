using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Engine.Scripting;

/// <summary>
/// Writes the weekend as day names (<c>["saturday","sunday"]</c>) rather than enum numbers, which mean
/// nothing to a person reading the stored settings or the API.
/// </summary>
public sealed class WeekendJsonConverter : JsonConverter<DayOfWeek[]>
{
    public override DayOfWeek[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("The weekend must be a list of day names.");
        }
        var days = new List<DayOfWeek>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (!WeekdayNames.TryParse(name, out var day))
            {
                throw new JsonException($"\"{name}\" is not a day name.");
            }
            days.Add(day);
        }
        return [.. days];
    }

    public override void Write(Utf8JsonWriter writer, DayOfWeek[] value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var day in value)
        {
            writer.WriteStringValue(WeekdayNames.Name(day));
        }
        writer.WriteEndArray();
    }
}
