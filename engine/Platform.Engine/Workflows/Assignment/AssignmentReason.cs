using System.Globalization;
using Platform.Engine.Common;

namespace Platform.Engine.Workflows.Assignment;

/// <summary>
/// A reason kept as a text key with its arguments until it is stored, so it can be written in every language
/// at once: arguments that are reasons themselves, or lists of them, are rendered in the same language.
/// </summary>
internal sealed record AssignmentReason(string Key, params object?[] Args)
{
    private static readonly string[] Every = [Languages.Chinese, Languages.English];

    /// <summary>A sentence that follows this one.</summary>
    public AssignmentReason? Next { get; init; }

    public AssignmentReason Then(AssignmentReason? next) => next is null ? this : this with { Next = Next?.Then(next) ?? next };

    public string In(string language)
    {
        var args = Args.Select(a => a switch
        {
            AssignmentReason reason => reason.In(language),
            IEnumerable<AssignmentReason> list => string.Join(Texts.In("assignment.separator", language), list.Select(r => r.In(language))),
            _ => a,
        }).ToArray();
        var text = string.Format(CultureInfo.InvariantCulture, Texts.In(Key, language), args);
        // Chinese sentences end in a full-width stop and need no space after it.
        return Next is null ? text : text + (language == Languages.Chinese ? "" : " ") + Next.In(language);
    }

    public IReadOnlyDictionary<string, string> InEveryLanguage() => Every.ToDictionary(language => language, In, StringComparer.Ordinal);
}
