namespace Platform.Engine.Storage;

/// <summary>How a field's value is kept in its column; the dialect maps each to a real SQL type.</summary>
public enum ColumnType
{
    Text,
    Integer,
    Real,
}
