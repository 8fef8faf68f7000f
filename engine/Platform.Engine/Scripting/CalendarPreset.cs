namespace Platform.Engine.Scripting;

/// <summary>A ready-made list of public holidays and make-up working days an admin can load into the calendar.</summary>
public sealed record CalendarPreset(string Id, Dictionary<string, string> Label, List<CalendarDay> Holidays, List<CalendarDay> WorkingDays);
