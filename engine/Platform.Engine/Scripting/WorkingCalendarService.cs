using Platform.Engine.Common;

namespace Platform.Engine.Scripting;

/// <summary>Reads and saves the platform's working calendar; the current one is cached until it changes.</summary>
public sealed class WorkingCalendarService
{
    public ValueTask<WorkingCalendar> CurrentAsync(CancellationToken ct) => throw new NotImplementedException();

    public Task<Result<WorkingCalendarSettings>> SaveAsync(WorkingCalendarSettings settings, CancellationToken ct) => throw new NotImplementedException();
}
