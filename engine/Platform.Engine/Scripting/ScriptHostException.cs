namespace Platform.Engine.Scripting;

/// <summary>A host function refused a script's call; the script sees it as a JavaScript Error it may catch.</summary>
public sealed class ScriptHostException(string message) : Exception(message);
