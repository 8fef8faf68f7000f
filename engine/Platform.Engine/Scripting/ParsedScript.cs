using Acornima.Ast;
using Jint;
using JsEngine = Jint.Engine;

namespace Platform.Engine.Scripting;

/// <summary>A script parsed once: ready to run in any number of engines, or its syntax error.</summary>
internal sealed class ParsedScript
{
    public Prepared<Script> Script { get; init; }

    public ScriptError? Error { get; init; }
}
