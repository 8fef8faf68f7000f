using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Common;

namespace Platform.Engine.Workflows.Runtime;

public static class RuntimeServices
{
    /// <summary>The durable runtime: stores, trigger index, stimuli, the scheduler and its background worker.</summary>
    public static IServiceCollection AddWorkflowRuntime(this IServiceCollection services)
    {
        services.AddSingleton<WorkflowInstanceStore>();
        services.AddSingleton<WorkflowBookmarkStore>();
        services.AddSingleton<WorkflowJournalStore>();
        services.AddSingleton<WorkflowJobStore>();
        services.AddSingleton<WorkflowTriggerStore>();
        services.AddSingleton<WorkflowSignal>();
        services.AddSingleton<WorkflowTriggers>();
        services.AddSingleton<WorkflowStimuli>();
        services.AddSingleton<PublishedDefinitions>();
        services.AddSingleton<WorkflowRuntime>();
        services.AddSingleton<WorkflowInstanceService>();
        services.AddSingleton<WorkflowScheduler>();
        services.AddSingleton<IScheduledWork>(sp => sp.GetRequiredService<WorkflowScheduler>());
        services.AddHostedService<JobWorker<WorkflowScheduler>>();
        services.AddSingleton<ISimulatedTimeStore, SimulatedTimeStore>();
        services.AddSingleton<ClockAdvance>();
        return services;
    }
}
