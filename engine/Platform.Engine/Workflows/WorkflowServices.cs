using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Workflows.Activities;

namespace Platform.Engine.Workflows;

public static class WorkflowServices
{
    /// <summary>Workflow definitions: their store and the service that versions and publishes them.</summary>
    public static IServiceCollection AddWorkflows(this IServiceCollection services)
    {
        services.AddSingleton<WorkflowDefinitionStore>();
        services.AddSingleton<WorkflowDefinitionService>();
        services.AddCrmActivities();
        return services;
    }
}
