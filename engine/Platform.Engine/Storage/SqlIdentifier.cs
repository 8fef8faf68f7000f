using System.Text.RegularExpressions;

namespace Platform.Engine.Storage;

/// <summary>
/// A validated name of a table, column or index. User-defined names (slugs) reach SQL only through this
/// type: it is built once, when a definition is saved, and always written quoted.
/// </summary>
public readonly partial record struct SqlIdentifier
{
    private SqlIdentifier(string name) => Name = name;

    public string Name { get; }

    /// <summary>The identifier in double quotes, ready for SQL text.</summary>
    public string Quoted => "\"" + Name + "\"";

    public override string ToString() => Quoted;

    /// <summary>Validates a user-chosen slug. Null when it is not acceptable; <paramref name="problem"/> says why.</summary>
    public static SqlIdentifier? TryFromSlug(string? slug, out SlugProblem problem)
    {
        problem = Check(slug);
        return problem == SlugProblem.None ? new SqlIdentifier(slug!) : null;
    }

    public static SqlIdentifier FromSlug(string slug) =>
        TryFromSlug(slug, out var problem) ?? throw new ArgumentException($"Invalid slug '{slug}': {problem}.", nameof(slug));

    public static SlugProblem Check(string? slug)
    {
        if (slug is null || !SlugPattern().IsMatch(slug))
        {
            return SlugProblem.Malformed;
        }
        if (slug.StartsWith("sys_", StringComparison.Ordinal) || slug.StartsWith("sqlite_", StringComparison.Ordinal)
            || slug.StartsWith("fts_", StringComparison.Ordinal))
        {
            return SlugProblem.ReservedPrefix;
        }
        return SqlKeywords.IsReserved(slug) ? SlugProblem.ReservedWord : SlugProblem.None;
    }

    /// <summary>
    /// A name the engine derives itself (index, search table, temporary column) from validated parts.
    /// Only characters a slug may hold, so quoting stays safe.
    /// </summary>
    internal static SqlIdentifier Derived(string name)
    {
        if (!DerivedPattern().IsMatch(name))
        {
            throw new ArgumentException($"Derived identifier '{name}' is malformed.", nameof(name));
        }
        return new SqlIdentifier(name);
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex DerivedPattern();
}

public enum SlugProblem
{
    None,
    Malformed,
    ReservedWord,
    ReservedPrefix,
}
