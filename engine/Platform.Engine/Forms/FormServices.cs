using Microsoft.Extensions.DependencyInjection;

namespace Platform.Engine.Forms;

/// <summary>Registers the forms feature.</summary>
public static class FormServices
{
    public static IServiceCollection AddForms(this IServiceCollection services)
    {
        services.AddSingleton<FormStore>();
        services.AddSingleton<FormCatalog>();
        services.AddSingleton<FormService>();
        services.AddSingleton<Entities.IFieldDependents, FormFieldReferences>();
        return services;
    }
}
