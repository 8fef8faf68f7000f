using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Http;

public static class HttpActivityServices
{
    /// <summary>Elsa's HTTP activities: the endpoint trigger, the response it writes, and outgoing requests.</summary>
    public static IServiceCollection AddHttpActivities(this IServiceCollection services)
    {
        services.AddSingleton<HttpEndpointActivity>();
        services.AddSingleton<IActivityHandler>(sp => sp.GetRequiredService<HttpEndpointActivity>());
        services.AddSingleton<ITriggerActivity>(sp => sp.GetRequiredService<HttpEndpointActivity>());
        services.AddSingleton<IActivityHandler, WriteHttpResponseActivity>();
        services.AddSingleton<IActivityHandler, FlowSendHttpRequestActivity>();
        services.AddSingleton<HttpWorkflows>();
        return services;
    }
}
