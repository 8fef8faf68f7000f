using System.Globalization;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// Turns what a spreadsheet says about a person or a linked record into an id: a user by email or name,
/// a record by its display value or its id. One per import; users are read once, record names are
/// remembered as they are looked up. Whether the id still exists when the row is written is checked by
/// the write itself.
/// </summary>
internal sealed class ReferenceLookup
{
    private const int MaxRemembered = 10_000;

    private readonly Dictionary<string, long> _byEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<long>> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<long> _userIds = [];
    private readonly Dictionary<(string Entity, string Text), ParsedValue> _records = [];
    private readonly EntityCatalog _catalog;
    private readonly ImportRecordStore _matches;
    private readonly Database _database;

    private ReferenceLookup(EntityCatalog catalog, ImportRecordStore matches, Database database)
    {
        _catalog = catalog;
        _matches = matches;
        _database = database;
    }

    public static async Task<ReferenceLookup> LoadAsync(UserStore users, EntityCatalog catalog, ImportRecordStore matches, Database database, CancellationToken ct)
    {
        var lookup = new ReferenceLookup(catalog, matches, database);
        foreach (var user in await users.ListAsync(ct))
        {
            lookup._userIds.Add(user.Id);
            lookup._byEmail.TryAdd(user.Email, user.Id);
            if (!lookup._byName.TryGetValue(user.Name.Trim(), out var same))
            {
                lookup._byName[user.Name.Trim()] = same = [];
            }
            same.Add(user.Id);
        }
        return lookup;
    }

    public ParsedValue User(string text)
    {
        if (_byEmail.TryGetValue(text, out var id))
        {
            return ParsedValue.Of(id);
        }
        if (_byName.TryGetValue(text, out var named))
        {
            return named.Count == 1 ? ParsedValue.Of(named[0]) : ParsedValue.Fail(Texts.Get("import.userAmbiguous", text));
        }
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && _userIds.Contains(id)
            ? ParsedValue.Of(id)
            : ParsedValue.Fail(Texts.Get("import.user", text));
    }

    /// <summary>A record of the relation's target named <paramref name="text"/> by its display field, else with that id.</summary>
    public async ValueTask<ParsedValue> RecordAsync(FieldDefinition field, string text, CancellationToken ct)
    {
        var key = (field.Relation!.Entity, text);
        if (_records.TryGetValue(key, out var known))
        {
            return known;
        }
        var found = await FindRecordAsync(field.Relation.Entity, text, ct);
        if (_records.Count >= MaxRemembered)
        {
            _records.Clear();
        }
        _records[key] = found;
        return found;
    }

    private async Task<ParsedValue> FindRecordAsync(string entitySlug, string text, CancellationToken ct)
    {
        if (await _catalog.FindAsync(entitySlug, ct) is { EffectiveDisplayField: { } display } target)
        {
            var ids = await _database.ReadAsync(c => _matches.FindByTextAsync(c, target, display, text, ct), ct);
            if (ids.Count > 1)
            {
                return ParsedValue.Fail(Texts.Get("import.relationAmbiguous", text));
            }
            if (ids.Count == 1)
            {
                return ParsedValue.Of(ids[0]);
            }
        }
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? ParsedValue.Of(id)
            : ParsedValue.Fail(Texts.Get("import.relation", text));
    }
}
