using Platform.Engine.Common;

namespace Platform.Engine.Forms;

/// <summary>A row of <c>sys_forms</c>. The entity column is authoritative over the stored draft's.</summary>
public sealed record FormRow(long Id, string Slug, string Entity, string Definition, long Version)
{
    public FormDefinition Draft() => Json.Deserialize<FormDefinition>(Definition) with { Entity = Entity, Slug = Slug, Version = (int)Version };
}
