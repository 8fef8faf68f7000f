namespace Platform.Server.Hosting;

public static class Pipeline
{
    /// <summary>
    /// Static UI files are served before authentication so the sign-in page loads; everything after
    /// <c>UseAuthorization</c> requires a signed-in user unless an endpoint says otherwise.
    /// </summary>
    public static WebApplication UsePlatformPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization();
        // API calls never name a file; sparing them the file-system look-ups matters at thousands a second.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), ui =>
        {
            ui.UseDefaultFiles();
            ui.UseStaticFiles();
        });
        app.UseRouting();
        app.Use(ServeUiForClientRoutes);
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>
    /// A GET that no endpoint answers, outside the API, is one of the UI's own routes (/entities/lead/records
    /// after a reload): it gets the UI's index page. Doing this after routing, instead of with a catch-all
    /// route, leaves unknown API paths a 404 problem and wrong methods or content types their 405 or 415.
    /// </summary>
    private static async Task ServeUiForClientRoutes(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        if (context.GetEndpoint() is null && HttpMethods.IsGet(context.Request.Method)
            && !path.StartsWithSegments("/api") && !path.StartsWithSegments("/openapi") && !Path.HasExtension(path.Value)
            && context.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo("index.html") is { Exists: true } index)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(index, context.RequestAborted);
            return;
        }
        await next(context);
    }
}
