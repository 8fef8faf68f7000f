namespace Platform.Engine.Records.Transfers;

/// <summary>What an import does with a row that matches an existing record (or an earlier row) on the match fields.</summary>
public static class DuplicateActions
{
    public const string Skip = "skip";
    public const string Update = "update";
    public const string Create = "create";

    public static bool IsKnown(string? action) => action is Skip or Update or Create;
}
