using Microsoft.Extensions.DependencyInjection;

namespace Platform.Engine.Scripting;

public static class ScriptingServices
{
    /// <summary>The sandbox; its limits are bound from <see cref="ScriptOptions.Section"/> by the host.</summary>
    public static IServiceCollection AddScripting(this IServiceCollection services)
    {
        services.AddOptions<ScriptOptions>();
        services.AddSingleton<ScriptSandbox>();
        services.AddHostedService<ScriptWarmup>();
        return services;
    }
}
