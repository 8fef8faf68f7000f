namespace Platform.Server.Tests.Workflows;

/// <summary>The Elsa 3 documents in tests/fixtures/elsa, found from the test binaries upwards.</summary>
internal static class ElsaSamples
{
    private static readonly string Folder = FindFolder();

    public static TheoryData<string> Files => new(Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Order()!);

    public static string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));

    private static string FindFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "fixtures", "elsa");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("tests/fixtures/elsa not found above " + AppContext.BaseDirectory);
    }
}
