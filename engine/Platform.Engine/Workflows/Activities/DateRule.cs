using System.Globalization;
using System.Text.Json.Nodes;
using Platform.Engine.Common;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// "<see cref="Offset"/> from the date in <see cref="Field"/>, at <see cref="Time"/>": when a
/// <c>Platform.DateReached</c> trigger fires for one record. The rule is the trigger's whole payload, so two
/// workflows with the same rule share one scheduled fire per record and rules that differ never mix.
/// </summary>
public sealed record DateRule(string Entity, string Field, TimeSpan Offset, TimeOnly? Time)
{
    public JsonObject Payload()
    {
        var payload = new JsonObject
        {
            [RecordPayload.Entity] = Entity,
            ["field"] = Field,
            ["offset"] = Offset.ToString("c", CultureInfo.InvariantCulture),
        };
        if (Time is { } time)
        {
            payload["time"] = time.ToString("HH:mm", CultureInfo.InvariantCulture);
        }
        return payload;
    }

    /// <summary>The rule a node's inputs describe; an entity and a field are required.</summary>
    public static async ValueTask<DateRule> ReadAsync(Func<string, ValueTask<JsonNode?>> input) => new(
        InputValues.Text(await input(RecordPayload.Entity)) ?? throw ActivityInputs.Missing(RecordPayload.Entity),
        InputValues.Text(await input("field")) ?? throw ActivityInputs.Missing("field"),
        InputValues.Span(await input("offset"), "offset") ?? TimeSpan.Zero,
        TimeOfDay(InputValues.Text(await input("time"))));

    /// <summary>The rule stored as a trigger payload; null for a payload this version cannot read.</summary>
    public static DateRule? FromPayload(JsonObject payload)
    {
        try
        {
            return InputValues.Text(payload[RecordPayload.Entity]) is { } entity && InputValues.Text(payload["field"]) is { } field
                ? new DateRule(entity, field, InputValues.Span(payload["offset"], "offset") ?? TimeSpan.Zero, TimeOfDay(InputValues.Text(payload["time"])))
                : null;
        }
        catch (ActivityFailedException)
        {
            return null;
        }
    }

    /// <summary>
    /// When the rule fires for a record whose field holds <paramref name="value"/>: a date counts from its
    /// start in the platform's time zone, a date-time from its instant; then the offset is added and, when a
    /// time is set, the time of day replaced by it. Null when the field is empty or not a date.
    /// </summary>
    public DateTimeOffset? DueAt(JsonNode? value, TimeZoneInfo zone)
    {
        var text = InputValues.Text(value);
        DateTimeOffset at;
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            at = Local(day.ToDateTime(TimeOnly.MinValue), zone);
        }
        else if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at))
        {
            return null;
        }
        try
        {
            at = at.Add(Offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
        if (Time is { } time)
        {
            at = Local(TimeZoneInfo.ConvertTime(at, zone).Date.Add(time.ToTimeSpan()), zone);
        }
        return at;
    }

    private static TimeOnly? TimeOfDay(string? text) => text switch
    {
        null => null,
        _ when TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) => time,
        _ => throw new ActivityFailedException(Texts.Get("activity.input.time", "time")),
    };

    // A local time in a daylight-saving gap does not exist; the offset just before the gap moves it forward.
    private static DateTimeOffset Local(DateTime local, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(local, zone.GetUtcOffset(local)), zone);
}
