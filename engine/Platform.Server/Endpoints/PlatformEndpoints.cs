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
        app.MapOpenApi();
        app.MapScalarApiReference("/api-reference");
        // Unknown API routes are a 404 problem, never the UI's index page.
        app.MapFallback("/api/{**rest}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound));
        app.MapFallbackToFile("index.html").AllowAnonymous();
        return app;
    }
}
