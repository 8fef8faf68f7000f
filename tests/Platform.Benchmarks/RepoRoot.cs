namespace Platform.Benchmarks;

public static class RepoRoot
{
    /// <summary>The folder holding Platform.sln, searched upwards from the working folder, then from the binaries.</summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Platform.sln")))
                {
                    return folder.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException("Platform.sln not found above the working folder; run from the repository.");
    }
}
