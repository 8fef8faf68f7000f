using Platform.Engine.Storage;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// Uploaded files, kept in an <c>imports</c> folder next to the database until their import ends: a
/// background import reads its file again after a restart, from the row where it stopped.
/// </summary>
public sealed class ImportFiles(Database database)
{
    public string Folder { get; } = Path.Combine(Path.GetDirectoryName(database.FilePath)!, "imports");

    /// <summary>Stores an upload under a new import id; its format is decided when the import starts.</summary>
    public async Task<ImportUpload> SaveAsync(Stream content, string fileName, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var id = Guid.NewGuid().ToString("N");
        var path = Path.Combine(Folder, id + ".upload");
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            await content.CopyToAsync(file, ct);
        }
        return new ImportUpload(id, Path.GetFileName(fileName.Replace('\\', '/')), path);
    }

    internal string PathOf(string id, string format) => Path.Combine(Folder, $"{id}.{format}");

    /// <summary>Gives an accepted upload its final name, <c>&lt;id&gt;.csv</c> or <c>&lt;id&gt;.xlsx</c>.</summary>
    internal void Keep(ImportUpload upload, string format) => File.Move(upload.Path, PathOf(upload.Id, format), overwrite: true);

    /// <summary>Removes whatever is stored for the import.</summary>
    public void Delete(string id)
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(Folder, id + ".*"))
        {
            File.Delete(file);
        }
    }
}
