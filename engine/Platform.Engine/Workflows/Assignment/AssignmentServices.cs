using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Records.Pipelines;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Assignment;

public static class AssignmentServices
{
    /// <summary>Owner assignment: the service, its history, its timeline entries and the Platform.AssignOwner activity.</summary>
    public static IServiceCollection AddOwnerAssignment(this IServiceCollection services)
    {
        services.AddSingleton<AssignmentStore>();
        services.AddSingleton<OwnerAssignmentService>();
        services.AddSingleton<AssignmentReader>();
        services.AddSingleton<ITimelineSource, AssignmentTimeline>();
        services.AddSingleton<IActivityHandler, AssignOwnerActivity>();
        return services;
    }
}
