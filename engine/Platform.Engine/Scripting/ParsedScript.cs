using Acornima.Ast;
using Jint;
using JsEngine = Jint.Engine;

namespace Platform.Engine.Scripting;

/// <summary>A script parsed once: ready to run in any number of engines, or its syntax error.</summary>
internal sealed class ParsedScript
{
    public Prepared<Script> Script { get; init; }

    public ScriptError? Error { get; init; }

    /// <summary>Every word of the source that could name a global, in code, strings or comments alike.</summary>
    public IReadOnlySet<string> Words { get; init; } = new HashSet<string>();
}
