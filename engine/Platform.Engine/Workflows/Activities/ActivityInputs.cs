using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Storage;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>The inputs of a Platform activity, evaluated and read as the types <see cref="InputValues"/> knows.</summary>
public static class ActivityInputs
{
    public static async ValueTask<string?> TextAsync(this ActivityContext context, string name, CancellationToken ct) =>
        InputValues.Text(await context.InputAsync(name, ct));

    public static async ValueTask<string> RequiredTextAsync(this ActivityContext context, string name, CancellationToken ct) =>
        await context.TextAsync(name, ct) ?? throw Missing(name);

    public static async ValueTask<long?> IdAsync(this ActivityContext context, string name, CancellationToken ct) =>
        InputValues.Id(await context.InputAsync(name, ct), name);

    public static async ValueTask<JsonObject?> ObjectAsync(this ActivityContext context, string name, CancellationToken ct) =>
        InputValues.Object(await context.InputAsync(name, ct), name);

    public static async ValueTask<TimeSpan?> SpanAsync(this ActivityContext context, string name, CancellationToken ct) =>
        InputValues.Span(await context.InputAsync(name, ct), name);

    public static async ValueTask<DateTimeOffset?> InstantAsync(this ActivityContext context, string name, CancellationToken ct) =>
        InputValues.Instant(await context.InputAsync(name, ct), name);

    public static async ValueTask<bool> FlagAsync(this ActivityContext context, string name, CancellationToken ct) =>
        InputValues.Flag(await context.InputAsync(name, ct), name);

    /// <summary>The entity <paramref name="slug"/> names.</summary>
    public static async ValueTask<EntityDefinition> EntityAsync(EntityCatalog catalog, string slug, CancellationToken ct) =>
        await catalog.FindAsync(slug, ct) ?? throw new ActivityFailedException(Texts.Get("entity.notFound", slug));

    /// <summary>The write this burst is part of; an activity that changes data cannot run without one.</summary>
    public static WriteScope Scope(this ActivityContext context) =>
        context.Environment.Scope ?? throw new ActivityFailedException(Texts.Get("activity.noScope", context.Activity.Type));

    public static ActivityFailedException Missing(string name) => new(Texts.Get("activity.input.required", name));
}
