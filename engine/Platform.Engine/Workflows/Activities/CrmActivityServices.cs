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
