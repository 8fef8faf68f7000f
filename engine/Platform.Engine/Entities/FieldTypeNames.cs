namespace Platform.Engine.Entities;

/// <summary>The names of the field types, as they appear in definitions.</summary>
public static class FieldTypeNames
{
    public const string Text = "text";
    public const string LongText = "longtext";
    public const string Number = "number";
    public const string Currency = "currency";
    public const string Percent = "percent";
    public const string Boolean = "boolean";
    public const string Date = "date";
    public const string DateTime = "datetime";
    public const string Select = "select";
    public const string MultiSelect = "multiselect";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Url = "url";
    public const string User = "user";
    public const string Relation = "relation";
    public const string AutoNumber = "autonumber";
    public const string Rating = "rating";
    public const string Formula = "formula";
    public const string Stage = "stage";
    public const string Rollup = "rollup";
}
