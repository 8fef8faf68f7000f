using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// Decides which field each column of a file fills. The caller's mapping (header → field slug, or null
/// for "do not import") comes first; other columns are matched by field slug, zh-CN label or en label,
/// trimmed and ignoring case. A field is filled by one column at most.
/// </summary>
internal static class ColumnMatcher
{
    /// <summary>The owner of the record; a column can fill it like a user field.</summary>
    public const string Owner = Records.SystemFields.OwnerId;

    public static Result<string?[]> Match(EntityDefinition entity, IReadOnlyList<string> headers, IReadOnlyDictionary<string, string?> mapping)
    {
        var errors = new ValidationErrors();
        foreach (var (header, target) in mapping)
        {
            if (!headers.Contains(header.Trim(), StringComparer.Ordinal))
            {
                errors.Add("mapping", Texts.Get("import.mapping.column", header));
            }
            else if (target is not null && !IsTarget(entity, target))
            {
                errors.Add("mapping", Texts.Get("import.mapping.field", target));
            }
        }
        var chosen = mapping.Where(m => m.Value is not null).GroupBy(m => m.Value!, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (chosen is not null)
        {
            errors.Add("mapping", Texts.Get("import.mapping.twice", chosen.Key));
        }
        if (errors.Any)
        {
            return errors.ToFailure();
        }
        var explicitly = mapping.ToDictionary(m => m.Key.Trim(), m => m.Value, StringComparer.Ordinal);
        var fields = new string?[headers.Count];
        // Mapped columns first, so a guess never takes a field the caller gave to another column; with
        // two columns of the same name, the first one gets it.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            if (explicitly.TryGetValue(headers[i], out var target) && target is not null && taken.Add(target))
            {
                fields[i] = target;
            }
        }
        for (var i = 0; i < headers.Count; i++)
        {
            if (!explicitly.ContainsKey(headers[i]) && Guess(entity, headers[i]) is { } guessed && taken.Add(guessed))
            {
                fields[i] = guessed;
            }
        }
        return fields;
    }

    private static bool IsTarget(EntityDefinition entity, string target) => target == Owner || entity.Field(target) is not null;

    private static string? Guess(EntityDefinition entity, string header)
    {
        var name = header.Trim();
        if (name.Length == 0)
        {
            return null;
        }
        var field = entity.Fields.Find(f => Same(f.Slug, name))
            ?? entity.Fields.Find(f => f.Label.Values.Any(l => Same(l, name)));
        if (field is not null)
        {
            return field.Slug;
        }
        return Same(Owner, name) || Same(Texts.In("transfer.column.ownerId", "zh-CN"), name) || Same(Texts.In("transfer.column.ownerId", "en"), name)
            ? Owner
            : null;
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);
}
