using Platform.Engine.Forms;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

/// <summary>Forms of an entity. Reading is open to every user; designing and publishing is for admins.</summary>
public static class FormEndpoints
{
    public static void MapFormEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/entities/{entity}/record-form", async (string entity, FormService forms, CancellationToken ct) =>
            (await forms.RecordFormAsync(entity, ct)).Respond(TypedResults.Ok)).WithTags("Forms");

        var group = app.MapGroup("/api/entities/{entity}/forms").WithTags("Forms");
        group.MapGet("/", async (string entity, FormService forms, CancellationToken ct) =>
            (await forms.ListAsync(entity, ct)).Respond(TypedResults.Ok));
        group.MapGet("/{form}", async (string entity, string form, FormService forms, CancellationToken ct) =>
            (await forms.GetAsync(entity, form, ct)).Respond(TypedResults.Ok));

        var admin = group.MapGroup("/").RequireAuthorization(AuthSchemes.AdminPolicy);
        admin.MapPost("/", async (string entity, FormDefinition input, FormService forms, CancellationToken ct) =>
            (await forms.CreateAsync(entity, input, ct)).Respond(f => TypedResults.Created($"/api/entities/{entity}/forms/{f["slug"]}", f)));
        admin.MapPost("/preview", async (string entity, FormDefinition input, FormService forms, CancellationToken ct) =>
            (await forms.PreviewAsync(entity, input, ct)).Respond(TypedResults.Ok));
        admin.MapPut("/{form}", async (string entity, string form, FormDefinition input, FormService forms, CancellationToken ct) =>
            (await forms.UpdateAsync(entity, form, input, ct)).Respond(TypedResults.Ok));
        admin.MapDelete("/{form}", async (string entity, string form, FormService forms, CancellationToken ct) =>
            (await forms.DeleteAsync(entity, form, ct)).Respond(_ => TypedResults.NoContent()));
        admin.MapPost("/{form}/publish", async (string entity, string form, HttpContext context, FormService forms, CancellationToken ct) =>
            (await forms.PublishAsync(entity, form, context.User.Actor(), ct)).Respond(TypedResults.Ok));
    }
}
