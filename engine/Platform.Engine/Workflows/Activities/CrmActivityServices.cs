using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

public static class CrmActivityServices
{
    /// <summary>The Platform activities: record triggers, the schedule trigger and the CRM actions.</summary>
    public static IServiceCollection AddCrmActivities(this IServiceCollection services)
    {
        services.AddSingleton<ActivityTemplates>();
        services.AddSingleton<Recipients>();
        Trigger<RecordCreatedHandler>(services);
        Trigger<RecordUpdatedHandler>(services);
        Trigger<RecordDeletedHandler>(services);
        Trigger<StageChangedHandler>(services);
        Trigger<FormSubmittedHandler>(services);
        Trigger<DateReachedHandler>(services);
        Trigger<ScheduleHandler>(services);
        services.AddSingleton<IScheduledTrigger>(provider => provider.GetRequiredService<ScheduleHandler>());
        services.AddSingleton<IActivityHandler, CreateRecordHandler>();
        services.AddSingleton<IActivityHandler, UpdateRecordHandler>();
        services.AddSingleton<IActivityHandler, FindRecordsHandler>();
        services.AddSingleton<IActivityHandler, CreateTaskHandler>();
        services.AddSingleton<IActivityHandler, WaitForTaskHandler>();
        services.AddSingleton<IActivityHandler, NotifyHandler>();
        services.AddSingleton<IActivityHandler, DelayWorkingTimeHandler>();
        services.AddSingleton<IActivityHandler, RunScriptHandler>();
        return services;
    }

    // One instance answers as the node's handler and as its trigger.
    private static void Trigger<T>(IServiceCollection services) where T : class, ITriggerActivity
    {
        services.AddSingleton<T>();
        services.AddSingleton<IActivityHandler>(provider => provider.GetRequiredService<T>());
        services.AddSingleton<ITriggerActivity>(provider => provider.GetRequiredService<T>());
    }
}
