namespace Platform.Engine.Scripting;

/// <summary>Days of the week as the wire spells them: lowercase English names, whatever the UI language.</summary>
public static class WeekdayNames
{
    public static string Name(DayOfWeek day) => day.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out DayOfWeek day)
    {
        foreach (var candidate in Enum.GetValues<DayOfWeek>())
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                day = candidate;
                return true;
            }
        }
        day = default;
        return false;
    }

    /// <summary>Monday first, as a working week is read.</summary>
    public static int Order(DayOfWeek day) => ((int)day + 6) % 7;
}
