namespace Platform.Engine.Records;

/// <summary>The kinds of <see cref="RecordEvent"/>.</summary>
public static class RecordEventKinds
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
    public const string Restored = "restored";
    public const string FormSubmitted = "formSubmitted";

    /// <summary>An after-save script called <c>emit(name, data)</c>.</summary>
    public const string Emitted = "emitted";
}
