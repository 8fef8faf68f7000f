using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Notifications;
using Platform.Engine.Records;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

public static class CrmActivityServices
{
    /// <summary>The Platform activities (record triggers, the schedule trigger, the CRM actions) and the sinks that feed record events and completed tasks to workflows.</summary>
    public static IServiceCollection AddCrmActivities(this IServiceCollection services)
    {
        services.AddSingleton<ActivityTemplates>();
        services.AddSingleton<WorkflowListeners>();
        services.AddSingleton<IRecordEventSink, WorkflowRecordEvents>();
        services.AddSingleton<ITaskCompletionSink, WorkflowTaskCompletions>();
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
