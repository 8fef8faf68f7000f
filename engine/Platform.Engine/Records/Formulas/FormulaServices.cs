using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Records.Formulas;

public static class FormulaServices
{
    public static IServiceCollection AddFormulas(this IServiceCollection services)
    {
        services.AddSingleton<FormulaJobStore>();
        services.AddSingleton<FormulaRecompute>();
        services.AddSingleton<FormulaJobs>();
        services.AddSingleton<IFieldDependents, FormulaFieldChanges>();
        services.AddHostedService<JobWorker<FormulaJobs>>();
        return services;
    }
}
