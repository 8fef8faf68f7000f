using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Entities;

namespace Platform.Engine.Records.Rules;

public static class RuleServices
{
    /// <summary>Entity rules, the scripts around record writes, and formula recomputation.</summary>
    public static IServiceCollection AddRules(this IServiceCollection services)
    {
        services.AddSingleton<RuleStore>();
        services.AddSingleton<RuleCatalog>();
        services.AddSingleton<RuleService>();
        services.AddSingleton<RecordScripts>();
        services.AddSingleton<ScriptTestService>();
        services.AddSingleton<IFieldDependents, RuleFieldReferences>();
        return services;
    }
}
