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
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
