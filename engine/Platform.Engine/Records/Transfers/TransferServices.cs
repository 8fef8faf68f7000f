using Microsoft.Extensions.DependencyInjection;

namespace Platform.Engine.Records.Transfers;

/// <summary>Registers import and export.</summary>
public static class TransferServices
{
    public static IServiceCollection AddTransfers(this IServiceCollection services)
    {
        services.AddSingleton<MatchStore>();
        services.AddSingleton<ImportStore>();
        services.AddSingleton<ImportFiles>();
        services.AddSingleton<ImportSteps>();
        services.AddSingleton<ImportRunner>();
        services.AddSingleton<ImportJobs>();
        services.AddSingleton<ImportService>();
        services.AddHostedService<ImportWorker>();
        return services;
    }
}
