using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Scripting;

/// <summary>
/// Reads and saves the platform's working calendar. Scripts ask for it on every evaluation, so the
/// current one is kept in memory and replaced when a save commits.
/// </summary>
public sealed class WorkingCalendarService(Database database, WorkingCalendarStore store, LocalCalendar local, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private WorkingCalendar? _current;
    private long _saves;

    public ValueTask<WorkingCalendar> CurrentAsync(CancellationToken ct) =>
        Volatile.Read(ref _current) is { } current ? ValueTask.FromResult(current) : new ValueTask<WorkingCalendar>(LoadAsync(ct));

    /// <summary>Checks and saves the settings; answers them as stored (days in date order, names trimmed).</summary>
    public Task<Result<WorkingCalendarSettings>> SaveAsync(WorkingCalendarSettings settings, CancellationToken ct)
    {
        var errors = WorkingCalendarRules.Check(settings);
        if (errors.Any)
        {
            return Task.FromResult<Result<WorkingCalendarSettings>>(errors.ToFailure());
        }
        var normalized = WorkingCalendarRules.Normalize(settings);
        var calendar = new WorkingCalendar(normalized, local.Zone);
        return database.WriteAsync<WorkingCalendarSettings>(async scope =>
        {
            await store.SaveAsync(scope, normalized, clock.GetUtcNow(), ct);
            scope.AfterCommit(() => Replace(calendar));
            return normalized;
        }, ct);
    }

    /// <summary>Saves settings sent as JSON; a malformed part is reported at its own key.</summary>
    public Task<Result<WorkingCalendarSettings>> SaveAsync(JsonElement body, CancellationToken ct)
    {
        var read = WorkingCalendarSettingsJson.Read(body);
        return read.IsSuccess ? SaveAsync(read.Value, ct) : Task.FromResult<Result<WorkingCalendarSettings>>(read.Failure);
    }

    private async Task<WorkingCalendar> LoadAsync(CancellationToken ct)
    {
        long saves;
        lock (_gate)
        {
            saves = _saves;
        }
        var calendar = new WorkingCalendar(await store.FindAsync(ct) ?? new WorkingCalendarSettings(), local.Zone);
        lock (_gate)
        {
            // A save that committed while this read ran has already put the newer calendar in place.
            if (_saves == saves)
            {
                _current = calendar;
            }
            return _current ?? calendar;
        }
    }

    private void Replace(WorkingCalendar calendar)
    {
        lock (_gate)
        {
            _saves++;
            _current = calendar;
        }
    }
}
