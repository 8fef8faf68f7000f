using Microsoft.Extensions.DependencyInjection;

namespace Platform.Engine.Workflows.Expressions;

public static class WorkflowExpressionServices
{
    /// <summary>The <c>JavaScript</c> and <c>Liquid</c> expression handlers, over the scripting sandbox and Liquid templates.</summary>
    public static IServiceCollection AddWorkflowExpressions(this IServiceCollection services)
    {
        services.AddSingleton<IExpressionHandler, JavaScriptExpressionHandler>();
        services.AddSingleton<IExpressionHandler, LiquidExpressionHandler>();
        return services;
    }
}
