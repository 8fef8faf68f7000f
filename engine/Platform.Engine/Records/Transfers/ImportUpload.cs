namespace Platform.Engine.Records.Transfers;

/// <summary>An uploaded file, stored next to the database until its import ends.</summary>
public sealed record ImportUpload(string Id, string FileName, string Path);
