using Microsoft.Extensions.DependencyInjection;

namespace Platform.Engine.Forms;

/// <summary>Registers the forms feature.</summary>
public static class FormServices
{
    public static IServiceCollection AddForms(this IServiceCollection services)
    {
        return services;
    }
}
