using System.Reflection;

namespace Platform.Server.Hosting;

/// <summary>
/// Run from source, the server's files (wwwroot with the built UI, appsettings.json) are in the project
/// folder while the working folder is wherever the command was typed, which is where the data belongs.
/// A published server has its files beside it and keeps the usual content root.
/// </summary>
public static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args)
    {
        var project = typeof(ContentRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value;
        var fromSource = project is not null && !File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))
            && File.Exists(Path.Combine(project, "appsettings.json"));
        return new WebApplicationOptions { Args = args, ContentRootPath = fromSource ? project : null };
    }
}
