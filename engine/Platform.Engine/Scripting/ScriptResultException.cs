namespace Platform.Engine.Scripting;

/// <summary>A script returned (or passed to a host function) a value that has no JSON form.</summary>
internal sealed class ScriptResultException(string what) : Exception(what);
