namespace Platform.Server.Endpoints;

public static class ScriptEndpoints
{
    public static void MapScriptEndpoints(this IEndpointRouteBuilder app)
    {
    }
}
