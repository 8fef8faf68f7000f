using Microsoft.Extensions.DependencyInjection;

namespace Platform.Engine.Records.Transfers;

/// <summary>Registers import and export.</summary>
public static class TransferServices
{
    public static IServiceCollection AddTransfers(this IServiceCollection services)
    {
        return services;
    }
}
