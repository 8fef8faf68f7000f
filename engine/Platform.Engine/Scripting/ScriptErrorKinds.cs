namespace Platform.Engine.Scripting;

/// <summary>Why a script did not produce a result.</summary>
public static class ScriptErrorKinds
{
    /// <summary>The text is not valid JavaScript.</summary>
    public const string Syntax = "syntax";

    /// <summary>The script threw (its own <c>throw</c>, or a TypeError/ReferenceError).</summary>
    public const string Error = "error";

    public const string Timeout = "timeout";
    public const string Statements = "statements";
    public const string Memory = "memory";
    public const string Recursion = "recursion";
    public const string Cancelled = "cancelled";

    /// <summary>The script ran but returned something its kind cannot use.</summary>
    public const string Result = "result";
}
