using Platform.Engine.Notifications;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

public static class TaskEndpoints
{
    public static void MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks");
        group.MapGet("/", async (string? assignee, string? status, HttpContext context, TaskService tasks, CancellationToken ct) =>
            (await tasks.ListAsync(assignee, status, context.User.Actor(), ct)).Respond(list => TypedResults.Ok(new { items = list })));
        group.MapPost("/", async (TaskInput input, HttpContext context, TaskService tasks, CancellationToken ct) =>
            // Source and correlation belong to workflows: a person's task is always their own kind.
            (await tasks.CreateAsync(input with { Source = null, CorrelationId = null }, context.User.Actor(), ct))
                .Respond(t => TypedResults.Created($"/api/tasks/{t.Id}", t)));
        group.MapPost("/{id:long}/complete", async (long id, HttpContext context, TaskService tasks, CancellationToken ct) =>
            (await tasks.CompleteAsync(id, context.User.Actor(), ct)).Respond(TypedResults.Ok));
    }
}
