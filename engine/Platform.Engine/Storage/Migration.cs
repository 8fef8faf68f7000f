namespace Platform.Engine.Storage;

/// <summary>A numbered schema change for the system tables; applied once, in order, at start.</summary>
public sealed record Migration(int Number, string Name, string Sql);
