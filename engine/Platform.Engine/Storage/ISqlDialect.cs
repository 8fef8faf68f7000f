namespace Platform.Engine.Storage;

/// <summary>
/// The few places where SQLite and PostgreSQL spell things differently. Feature code asks the dialect
/// instead of writing engine-specific SQL, so a PostgreSQL dialect can be added without touching it.
/// </summary>
public interface ISqlDialect
{
    string ColumnTypeName(ColumnType type);

    /// <summary>DDL creating the full-text index table of an entity (one searchable text column, <c>body</c>).</summary>
    string CreateSearchTable(SqlIdentifier table);

    /// <summary>A predicate selecting the records whose indexed text contains the parameter's text.</summary>
    string IndexedSearch(SqlIdentifier searchTable, string parameterName);

    /// <summary>Turns the user's search text into the parameter <see cref="IndexedSearch"/> expects.</summary>
    string IndexedSearchParameter(string text);

    /// <summary>A predicate: the text column matches the parameter's pattern (see <see cref="LikePattern"/>).</summary>
    string Like(string column, string parameterName);

    /// <summary>A pattern matching text that contains <paramref name="text"/> literally, or starts with it.</summary>
    string LikePattern(string text, bool startsWith);

    /// <summary>Queries shorter than this cannot use the index.</summary>
    int MinimumIndexedSearchLength { get; }

    /// <summary>A predicate: the JSON array in <paramref name="column"/> holds the parameter's value.</summary>
    string JsonArrayContains(string column, string parameterName);

    /// <summary>The definition of an auto-incrementing integer primary key column that never reuses ids.</summary>
    string IdentityColumn(string name);
}
