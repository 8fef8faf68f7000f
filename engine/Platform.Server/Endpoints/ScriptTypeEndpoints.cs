namespace Platform.Server.Endpoints;

public static class ScriptTypeEndpoints
{
    public static void MapScriptTypeEndpoints(this IEndpointRouteBuilder app)
    {
    }
}
