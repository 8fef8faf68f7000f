using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Engine.Common;

namespace Platform.Engine.Notifications.Outbox;

/// <summary>Registers the outbox, its senders and its worker; <see cref="EmailOptions"/> and <see cref="WebhookOptions"/> are bound by the host.</summary>
public static class OutboxServices
{
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        // A host brings its own logging first; an engine used alone (tools, tests) logs nowhere.
        services.TryAdd(ServiceDescriptor.Singleton(typeof(ILogger<>), typeof(NullLogger<>)));
        services.AddOptions<EmailOptions>();
        services.AddOptions<WebhookOptions>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<OutboxMessageRules>();
        services.AddSingleton<EmailSender>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IScheduledWork>(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<Outbox>();
        services.AddHostedService<JobWorker<OutboxDispatcher>>();
        return services;
    }
}
