namespace Platform.Engine.Records;

/// <summary>
/// Something that happened to a record, raised inside the write that did it: a subscriber that writes
/// (a workflow starting) commits or rolls back together with the change itself.
/// </summary>
/// <param name="Record">The record as the API shows it after the change.</param>
/// <param name="Changes">Field changes of an update (old and new values); null for other kinds.</param>
/// <param name="Form">The form and version of a form submission.</param>
/// <param name="Signal">What an after-save script emitted (kind <c>emitted</c>).</param>
public sealed record RecordEvent(
    string Kind, string Entity, long RecordId, DateTimeOffset At, long UserId,
    IReadOnlyDictionary<string, object?> Record, IReadOnlyList<FieldChange>? Changes, FormSubmissionInfo? Form = null,
    Scripting.ScriptSignal? Signal = null);

/// <summary>Which form, and which published version of it, a record arrived through.</summary>
public sealed record FormSubmissionInfo(string Slug, int Version, string Receipt);
