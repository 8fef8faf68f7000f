using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Workflows.Activities;
using Platform.Engine.Workflows.Activities.Messages;
using Platform.Engine.Workflows.Assignment;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Expressions;
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
        services.AddWorkflowExpressions();
        services.AddWorkflowRuntime();
        services.AddHttpActivities();
        services.AddMessageActivities();
        services.AddOwnerAssignment();
        services.AddCrmActivities();
        return services;
    }
}
