namespace Platform.Engine.Forms;

/// <summary>What the rules decided for one record: hidden fields, and required fields among the visible.</summary>
public sealed record FormRuleState(IReadOnlySet<string> Hidden, IReadOnlySet<string> Required);
