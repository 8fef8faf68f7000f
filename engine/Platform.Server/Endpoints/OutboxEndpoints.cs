using Platform.Engine.Notifications.Outbox;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

/// <summary>The e-mail and webhook outbox, for admins: what is waiting, what failed, and sending again.</summary>
public static class OutboxEndpoints
{
    public const int DefaultLimit = 100;

    public static void MapOutboxEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/outbox").WithTags("Outbox").RequireAuthorization(AuthSchemes.AdminPolicy);
        group.MapGet("/", async (string? status, int? limit, Outbox outbox, CancellationToken ct) =>
            (await outbox.ListAsync(string.IsNullOrEmpty(status) ? null : status, limit ?? DefaultLimit, ct))
                .Respond(items => TypedResults.Ok(new { items })));
        group.MapPost("/{id:long}/retry", async (long id, Outbox outbox, CancellationToken ct) =>
            (await outbox.RetryAsync(id, ct)).Respond(TypedResults.Ok));
    }
}
