namespace Platform.Engine.Common;

/// <summary>
/// A script failed while a write ran, so the write was refused: which script (<see cref="Script"/>, a rule
/// slug or a formula field), where it runs (<see cref="ScriptKind"/>), why (<see cref="Kind"/>: error,
/// timeout, statements, memory, recursion, result…) and where in its text.
/// </summary>
public sealed record ScriptFailure(string Script, string ScriptKind, string Kind, string Message, int Line, int Column, string Detail) : Failure(Detail);
