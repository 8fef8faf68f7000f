using Scalar.AspNetCore;

namespace Platform.Server.Endpoints;

public static class PlatformEndpoints
{
    public static WebApplication MapPlatformEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoints();
        app.MapAuthEndpoints();
        app.MapUserEndpoints();
        app.MapEntityEndpoints();
        app.MapRecordEndpoints();
        app.MapViewEndpoints();
        app.MapFormEndpoints();
        app.MapPublicFormEndpoints();
        app.MapImportEndpoints();
        app.MapExportEndpoints();
        app.MapRuleEndpoints();
        app.MapScriptEndpoints();
        app.MapScriptTypeEndpoints();
        app.MapCalendarEndpoints();
        app.MapPipelineEndpoints();
        app.MapWorkflowEndpoints();
        app.MapWorkflowInstanceEndpoints();
        app.MapClockEndpoints();
        app.MapHttpWorkflowEndpoints();
        app.MapAssignmentEndpoints();
        app.MapTaskEndpoints();
        app.MapNotificationEndpoints();
        app.MapOutboxEndpoints();
        app.MapOpenApi();
        app.MapScalarApiReference("/api-reference");
        return app;
    }
}
