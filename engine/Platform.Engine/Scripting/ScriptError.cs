namespace Platform.Engine.Scripting;

/// <summary>A script's failure, with the 1-based line and column in the script as its author wrote it.</summary>
public sealed record ScriptError(string Kind, string Message, int Line, int Column);
