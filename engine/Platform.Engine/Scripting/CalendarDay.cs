namespace Platform.Engine.Scripting;

/// <summary>A dated exception to the working week: a public holiday, or a make-up working day on a weekend.</summary>
public sealed record CalendarDay(DateOnly Date, string? Name = null);
