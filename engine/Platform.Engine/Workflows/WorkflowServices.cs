using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Workflows.Activities;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Http;
using Platform.Engine.Workflows.Runtime;

namespace Platform.Engine.Workflows;

public static class WorkflowServices
{
    /// <summary>Workflow definitions, the interpreter and its activities, and the durable runtime that runs them.</summary>
    public static IServiceCollection AddWorkflows(this IServiceCollection services)
    {
        services.AddSingleton<WorkflowDefinitionStore>();
        services.AddSingleton<WorkflowDefinitionService>();
        services.AddWorkflowExecution();
        services.AddWorkflowRuntime();
        services.AddHttpActivities();
        services.AddCrmActivities();
        return services;
    }
}
