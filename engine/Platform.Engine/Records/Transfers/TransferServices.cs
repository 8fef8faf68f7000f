using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Engine.Common;

namespace Platform.Engine.Records.Transfers;

/// <summary>Registers import and export.</summary>
public static class TransferServices
{
    public static IServiceCollection AddTransfers(this IServiceCollection services)
    {
        // A host brings its own logging first; an engine used alone (tools, tests) logs nowhere.
        services.TryAdd(ServiceDescriptor.Singleton(typeof(ILogger<>), typeof(NullLogger<>)));
        services.AddSingleton<ImportRecordStore>();
        services.AddSingleton<ImportStore>();
        services.AddSingleton<CreateBatches>();
        services.AddSingleton<ImportFiles>();
        services.AddSingleton<ImportSteps>();
        services.AddSingleton<ImportRunner>();
        services.AddSingleton<ImportJobs>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<ExportService>();
        services.AddHostedService<JobWorker<ImportJobs>>();
        return services;
    }
}
