using Platform.Engine.Entities;
using Platform.Engine.Scripting;

namespace Platform.Engine.Records.Rules;

/// <summary>
/// What scripts one write of an entity runs, with what they all see (the acting user, the working
/// calendar, the entities <c>related()</c> may read). <see cref="RecordScripts.PlanAsync"/> gives none when the
/// entity has neither rules nor formulas: the common case costs nothing.
/// </summary>
public sealed record ScriptPlan(
    EntityDefinition Entity, RuleSet Rules, IReadOnlyList<FieldDefinition> Formulas,
    IReadOnlyDictionary<string, object?>? User, WorkingCalendar? Calendar, IReadOnlyList<EntityDefinition> Entities)
{
    /// <summary>Whether anything runs before the row is written (after-save hooks run after it).</summary>
    public bool BeforeWrite => Formulas.Count > 0 || Rules.BeforeSave.Count > 0 || Rules.Validation.Count > 0 || Rules.Score.Count > 0;
}
