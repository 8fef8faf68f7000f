using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Platform.Server.PublicForms;
using Platform.Engine;
using Platform.Engine.Common;
using Platform.Engine.Identity;
using Platform.Engine.Notifications.Outbox;
using Platform.Engine.Scripting;
using Platform.Engine.Storage;
using Platform.Server.Auth;

namespace Platform.Server.Hosting;

/// <summary>Everything the host adds: the engine with its options, auth, problem details, OpenAPI.</summary>
public static class PlatformServer
{
    public const long BodyLimit = 1024 * 1024;

    public static WebApplicationBuilder AddPlatformServer(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Validate(o => !o.Problems().Any(), "Platform:Storage is not valid (see StorageOptions.Problems).").ValidateOnStart();
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Email), "Platform:Admin:Email is required.").ValidateOnStart();
        services.AddOptions<RegionalOptions>().BindConfiguration(RegionalOptions.Section)
            .Validate(o => o.IsValid(), "Platform:TimeZone is not a time zone this machine knows.").ValidateOnStart();
        services.AddOptions<PublicFormOptions>().BindConfiguration(PublicFormOptions.Section)
            .Validate(o => o.IsValid(), "Platform:PublicForms needs a PermitLimit and WindowSeconds above zero.").ValidateOnStart();
        services.AddOptions<ScriptOptions>().BindConfiguration(ScriptOptions.Section)
            .Validate(o => !o.Problems().Any(), "Platform:Scripting is not valid: every limit must be above zero and bounded (see ScriptOptions.Problems).").ValidateOnStart();
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section)
            .Validate(o => !o.Problems().Any(), "Platform:Email is not valid (see EmailOptions.Problems).").ValidateOnStart();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section)
            .Validate(o => !o.Problems().Any(), "Platform:Webhooks is not valid (see WebhookOptions.Problems).").ValidateOnStart();
        services.AddSingleton<PublicFormLimiter>();
        AddClock(builder);
        services.AddPlatformEngine();
        services.AddHostedService<StartupTasks>();

        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? c.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            o.SerializerOptions.MaxDepth = 32;
        });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = BodyLimit);
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = BodyLimit);

        AddAuth(services);
        services.AddOpenApi();
        services.AddRequestLocalization(o =>
        {
            CultureInfo[] cultures = [new("zh-CN"), new("en")];
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // ?lang= first: a file the browser downloads through a plain link (an export) carries no
            // Accept-Language of the app's choosing, only the browser's.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    /// <summary>
    /// The real clock, or with <c>Platform:Clock:Mode=Simulated</c> one that moves only through
    /// <c>POST /api/admin/clock/advance</c> (demonstrations, acceptance runs of reminders and escalations).
    /// </summary>
    private static void AddClock(WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ClockOptions.Section).Get<ClockOptions>() ?? new ClockOptions();
        builder.Services.AddOptions<ClockOptions>().BindConfiguration(ClockOptions.Section);
        if (options.IsSimulated)
        {
            builder.Services.AddSingleton<TimeProvider>(new SimulatedClock(options.Start ?? TimeProvider.System.GetUtcNow()));
        }
    }

    private static void AddAuth(IServiceCollection services)
    {
        services.AddAuthentication(AuthSchemes.Smart)
            .AddPolicyScheme(AuthSchemes.Smart, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? AuthSchemes.ApiKey
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "platform.auth";
                o.Cookie.HttpOnly = true;
                // Strict keeps other sites from riding the session (no CSRF tokens needed for the JSON API).
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromDays(14);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = c => AuthProblems.WriteAsync(c.HttpContext, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => AuthProblems.WriteAsync(c.HttpContext, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = CookieValidation.RejectInactiveUsersAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AuthSchemes.AdminPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
    }
}
