namespace Platform.Server.Endpoints;

public static class PublicFormEndpoints
{
    public static void MapPublicFormEndpoints(this IEndpointRouteBuilder app)
    {
    }
}
