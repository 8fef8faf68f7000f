using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Workflows.Execution.Activities;
using Platform.Engine.Workflows.Expressions;

namespace Platform.Engine.Workflows.Execution;

public static class WorkflowExecutionServices
{
    /// <summary>
    /// The interpreter, the expression evaluator with the Literal, Object, Variable and Input expressions, and the
    /// Elsa built-in activities. Other expression types and activities join by registering their own
    /// <see cref="IExpressionHandler"/> and <see cref="IActivityHandler"/> singletons.
    /// </summary>
    public static IServiceCollection AddWorkflowExecution(this IServiceCollection services)
    {
        services.AddSingleton<IExpressionHandler, LiteralExpressionHandler>();
        services.AddSingleton<IExpressionHandler, ObjectExpressionHandler>();
        services.AddSingleton<IExpressionHandler, VariableExpressionHandler>();
        services.AddSingleton<IExpressionHandler, InputExpressionHandler>();
        services.AddSingleton<ExpressionEvaluator>();

        services.AddSingleton<IActivityHandler, StartHandler>();
        services.AddSingleton<IActivityHandler, EndHandler>();
        services.AddSingleton<IActivityHandler, FinishHandler>();
        services.AddSingleton<IActivityHandler, WriteLineHandler>();
        services.AddSingleton<IActivityHandler, SetVariableHandler>();
        services.AddSingleton<IActivityHandler, SetNameHandler>();
        services.AddSingleton<IActivityHandler, CorrelateHandler>();
        services.AddSingleton<IActivityHandler, FaultHandler>();
        services.AddSingleton<IActivityHandler, FlowDecisionHandler>();
        services.AddSingleton<IActivityHandler, FlowSwitchHandler>();
        services.AddSingleton<IActivityHandler, FlowForkHandler>();
        services.AddSingleton<IActivityHandler, FlowJoinHandler>();
        services.AddSingleton<IActivityHandler, RunJavaScriptHandler>();
        services.AddSingleton<IActivityHandler, DelayHandler>();
        services.AddSingleton<IActivityHandler, PublishEventHandler>();
        services.AddSingleton<IActivityHandler, SetOutputHandler>();
        AddTrigger<EventActivityHandler>(services);
        AddScheduledTrigger<TimerHandler>(services);
        AddScheduledTrigger<CronHandler>(services);
        AddScheduledTrigger<StartAtHandler>(services);

        services.AddSingleton<ActivityRegistry>();
        services.AddSingleton<WorkflowInterpreter>();
        services.AddSingleton<IWorkflowInterpreter>(sp => sp.GetRequiredService<WorkflowInterpreter>());
        return services;
    }

    private static void AddTrigger<T>(IServiceCollection services) where T : class, ITriggerActivity
    {
        services.AddSingleton<T>();
        services.AddSingleton<IActivityHandler>(sp => sp.GetRequiredService<T>());
        services.AddSingleton<ITriggerActivity>(sp => sp.GetRequiredService<T>());
    }

    private static void AddScheduledTrigger<T>(IServiceCollection services) where T : class, IScheduledTrigger
    {
        AddTrigger<T>(services);
        services.AddSingleton<IScheduledTrigger>(sp => sp.GetRequiredService<T>());
    }
}
