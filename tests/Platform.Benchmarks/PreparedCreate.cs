using Microsoft.Data.Sqlite;

namespace Platform.Benchmarks;

/// <summary>
/// The engine's statements for one create as commands prepared once and reused, with a savepoint around
/// each create; the search text is indexed per batch (<see cref="IndexSearch"/>). Microsoft.Data.Sqlite keeps a command's compiled statement while its text is unchanged, so
/// only the first execution pays for parsing and planning; Dapper creates a new command every call.
/// </summary>
public sealed class PreparedCreate : IDisposable
{
    private readonly SqliteCommand _savepoint;
    private readonly SqliteCommand _release;
    private readonly SqliteCommand _sequence;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _audit;
    private readonly SqliteCommand _searchRange;
    private readonly SqliteCommand _readBack;
    private readonly SqliteCommand[] _all;

    public PreparedCreate(SqliteConnection connection)
    {
        SqliteCommand Command(string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter("@" + name, DBNull.Value));
            }
            return command;
        }
        _savepoint = Command("SAVEPOINT one_create");
        _release = Command("RELEASE one_create");
        _sequence = Command(BaselineSql.NextSequence);
        _insert = Command(BaselineSql.InsertRow, ["At", "CreatedBy", .. LeadSchema.Columns]);
        _audit = Command(BaselineSql.InsertAudit, "id", "At", "CreatedBy", "changes");
        _searchRange = Command(BaselineSql.IndexSearchRange, "first", "last");
        _readBack = Command(BaselineSql.ReadBack, "id");
        _all = [_savepoint, _release, _sequence, _insert, _audit, _searchRange, _readBack];
    }

    public void Enlist(SqliteTransaction transaction)
    {
        foreach (var command in _all)
        {
            command.Transaction = transaction;
        }
    }

    /// <summary>One create; returns the new id.</summary>
    public long Run(LeadRow row)
    {
        _savepoint.ExecuteNonQuery();
        row.code = BaselineSql.Code((long)_sequence.ExecuteScalar()!);
        Set(_insert, "At", row.At);
        Set(_insert, "CreatedBy", row.CreatedBy);
        foreach (var (name, value) in row.Values())
        {
            Set(_insert, name, value);
        }
        var id = (long)_insert.ExecuteScalar()!;
        Set(_audit, "id", id);
        Set(_audit, "At", row.At);
        Set(_audit, "CreatedBy", row.CreatedBy);
        Set(_audit, "changes", row.AuditChanges());
        _audit.ExecuteNonQuery();
        Set(_readBack, "id", id);
        using (var reader = _readBack.ExecuteReader())
        {
            // Read every column, as Dapper's row mapping does.
            while (reader.Read())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
            }
        }
        _release.ExecuteNonQuery();
        return id;
    }

    /// <summary>Indexes the search text of a batch's records, which one writer numbered consecutively.</summary>
    public void IndexSearch(IReadOnlyList<long> ids)
    {
        Set(_searchRange, "first", ids.Min());
        Set(_searchRange, "last", ids.Max());
        _searchRange.ExecuteNonQuery();
    }

    private static void Set(SqliteCommand command, string name, object? value) =>
        command.Parameters["@" + name].Value = value ?? DBNull.Value;

    public void Dispose()
    {
        foreach (var command in _all)
        {
            command.Dispose();
        }
    }
}
