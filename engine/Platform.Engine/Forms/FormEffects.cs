namespace Platform.Engine.Forms;

/// <summary>What a rule does to its field.</summary>
public static class FormEffects
{
    public const string Show = "show";
    public const string Hide = "hide";
    public const string Require = "require";
    public const string Optional = "optional";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Show, Hide, Require, Optional };
}
