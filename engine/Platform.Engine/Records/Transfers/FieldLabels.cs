using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Records.Transfers;

/// <summary>A field's label in the caller's language, falling back to the other language, then the slug.</summary>
internal static class FieldLabels
{
    public static string Of(FieldDefinition field) => In(field.Label, field.Slug);

    public static string In(IReadOnlyDictionary<string, string> labels, string fallback) =>
        Languages.Pick(labels, Languages.Current) ?? fallback;
}
