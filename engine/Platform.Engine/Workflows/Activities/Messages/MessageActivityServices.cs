using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities.Messages;

public static class MessageActivityServices
{
    /// <summary>The activities that send e-mail and webhooks through the outbox.</summary>
    public static IServiceCollection AddMessageActivities(this IServiceCollection services)
    {
        services.AddSingleton<IActivityHandler, SendEmailActivity>();
        services.AddSingleton<IActivityHandler, SendWebhookActivity>();
        return services;
    }
}
