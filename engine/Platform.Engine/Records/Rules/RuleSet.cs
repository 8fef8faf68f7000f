using Platform.Engine.Scripting;

namespace Platform.Engine.Records.Rules;

/// <summary>An entity's enabled rules by kind, in the order they run.</summary>
public sealed class RuleSet(IReadOnlyList<EntityRule> all)
{
    public static RuleSet Empty { get; } = new([]);

    public IReadOnlyList<EntityRule> All { get; } = all;

    public IReadOnlyList<EntityRule> Validation { get; } = Of(all, ScriptKinds.Validation);

    public IReadOnlyList<EntityRule> BeforeSave { get; } = Of(all, ScriptKinds.BeforeSave);

    public IReadOnlyList<EntityRule> AfterSave { get; } = Of(all, ScriptKinds.AfterSave);

    public IReadOnlyList<EntityRule> Score { get; } = Of(all, ScriptKinds.Score);

    private static EntityRule[] Of(IReadOnlyList<EntityRule> all, string kind) => [.. all.Where(r => r.Enabled && r.Kind == kind)];
}
