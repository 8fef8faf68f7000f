using System.Data.Common;

namespace Platform.Engine.Storage;

/// <summary>Small helpers for commands built by hand (see <see cref="WriteScope.Prepared"/>).</summary>
public static class Commands
{
    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>Sets the named values and runs the command; the number of rows it changed.</summary>
    public static Task<int> Run(this DbCommand command, CancellationToken ct, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            command.With(name, value);
        }
        return command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Sets the named values and runs the command; the whole number in the first column of the first row (an id it returns).</summary>
    public static async Task<long> RunForLongAsync(this DbCommand command, CancellationToken ct, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            command.With(name, value);
        }
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The first row as column → value, in the same shapes Dapper gives (long, double, string, null).</summary>
    public static async Task<IDictionary<string, object?>?> ReadRowAsync(this DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }
        var row = new Dictionary<string, object?>(reader.FieldCount, StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        }
        return row;
    }
}
