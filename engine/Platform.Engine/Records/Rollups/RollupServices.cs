using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Entities;

namespace Platform.Engine.Records.Rollups;

public static class RollupServices
{
    public static IServiceCollection AddRollups(this IServiceCollection services)
    {
        services.AddSingleton<RollupFilter>();
        services.AddSingleton<IRollupFilter>(provider => provider.GetRequiredService<RollupFilter>());
        services.AddSingleton<RollupDefinitions>();
        services.AddSingleton<RollupStore>();
        services.AddSingleton<IRecordEventSink, RollupUpdates>();
        services.AddSingleton<IFieldDependents, RollupFieldChanges>();
        return services;
    }
}
