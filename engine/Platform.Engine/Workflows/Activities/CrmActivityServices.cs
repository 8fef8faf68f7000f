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
        Trigger<RecordCreatedActivity>(services);
        Trigger<RecordUpdatedActivity>(services);
        Trigger<RecordDeletedActivity>(services);
        Trigger<StageChangedActivity>(services);
        Trigger<FormSubmittedActivity>(services);
        Trigger<DateReachedActivity>(services);
        Trigger<ScheduleActivity>(services);
        services.AddSingleton<IScheduledTrigger>(provider => provider.GetRequiredService<ScheduleActivity>());
        services.AddSingleton<IActivityHandler, CreateRecordActivity>();
        services.AddSingleton<IActivityHandler, UpdateRecordActivity>();
        services.AddSingleton<IActivityHandler, FindRecordsActivity>();
        services.AddSingleton<IActivityHandler, CreateTaskActivity>();
        services.AddSingleton<IActivityHandler, WaitForTaskActivity>();
        services.AddSingleton<IActivityHandler, NotifyActivity>();
        services.AddSingleton<IActivityHandler, DelayWorkingTimeActivity>();
        services.AddSingleton<IActivityHandler, RunScriptActivity>();
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
