using Microsoft.Extensions.DependencyInjection;

namespace Platform.Engine.Scripting;

public static class ScriptingServices
{
    /// <summary>The sandbox and Liquid templates; the sandbox's limits are bound from <see cref="ScriptOptions.Section"/> by the host.</summary>
    public static IServiceCollection AddScripting(this IServiceCollection services)
    {
        services.AddOptions<ScriptOptions>();
        services.AddSingleton<ScriptSandbox>();
        services.AddSingleton<LiquidTemplates>();
        services.AddHostedService<ScriptWarmup>();
        return services;
    }
}
