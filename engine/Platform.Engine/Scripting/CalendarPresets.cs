using Platform.Engine.Common;

namespace Platform.Engine.Scripting;

/// <summary>
/// The presets shipped with the platform, kept as data in <c>CalendarPresets.json</c> beside this file:
/// China's public holidays and make-up working days as the State Council announces them each year.
/// </summary>
public static class CalendarPresets
{
    private static readonly Lazy<IReadOnlyList<CalendarPreset>> Loaded = new(Load);

    public static IReadOnlyList<CalendarPreset> All => Loaded.Value;

    private static IReadOnlyList<CalendarPreset> Load()
    {
        using var stream = typeof(CalendarPresets).Assembly.GetManifestResourceStream("Platform.Engine.Scripting.CalendarPresets.json")
            ?? throw new InvalidOperationException("The calendar presets resource is missing from the engine assembly.");
        using var reader = new StreamReader(stream);
        return Json.Deserialize<List<CalendarPreset>>(reader.ReadToEnd());
    }
}
