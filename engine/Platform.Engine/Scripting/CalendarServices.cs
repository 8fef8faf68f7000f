using Microsoft.Extensions.DependencyInjection;

namespace Platform.Engine.Scripting;

public static class CalendarServices
{
    /// <summary>The working calendar: its settings store and the cached current calendar.</summary>
    public static IServiceCollection AddWorkingCalendar(this IServiceCollection services)
    {
        services.AddSingleton<WorkingCalendarStore>();
        services.AddSingleton<WorkingCalendarService>();
        return services;
    }
}
