using System.Collections;
using Platform.Engine.Identity;

namespace Platform.Engine.Workflows.Assignment;

/// <summary>
/// The rules of one assignment with the record's values filled in. Industry and minimum seniority decide who
/// fits; region only orders those who fit (same region first) unless it is required. Among equals the one
/// with the fewest open records wins, then the most senior, then the lowest user id.
/// </summary>
internal sealed class RuleMatch
{
    private readonly string? _region;
    private readonly bool _requireRegion;
    private readonly IReadOnlyList<string> _industries;
    private readonly int? _minSeniority;

    private RuleMatch(string? region, bool requireRegion, IReadOnlyList<string> industries, int? minSeniority)
    {
        _region = region;
        _requireRegion = requireRegion;
        _industries = industries;
        _minSeniority = minSeniority;
    }

    /// <summary>No rules: everyone fits.</summary>
    public static RuleMatch None { get; } = new(null, false, [], null);

    /// <param name="record">The record as the API shows it, for rules that name a field.</param>
    public static RuleMatch Resolve(AssignmentRules rules, IReadOnlyDictionary<string, object?> record) => new(
        Values(rules.Region, rules.RegionField, record).FirstOrDefault(),
        rules.RequireRegion,
        Values(rules.Industry, rules.IndustryField, record),
        rules.MinSeniority);

    public bool Fits(User user) =>
        (_industries.Count == 0 || Industry(user) is not null)
        && (_minSeniority is not { } min || user.Seniority >= min)
        && (!_requireRegion || _region is null || InRegion(user));

    public OwnerChoice? Choose(CandidatePool pool)
    {
        var best = pool.Available
            .OrderByDescending(c => InRegion(c.User))
            .ThenBy(c => c.Open)
            .ThenByDescending(c => c.User.Seniority)
            .ThenBy(c => c.User.Id)
            .FirstOrDefault();
        if (best is null)
        {
            return null;
        }
        var matched = new List<AssignmentReason>();
        if (_region is not null)
        {
            matched.Add(new AssignmentReason(InRegion(best.User) ? "assignment.rule.region" : "assignment.rule.otherRegion", _region));
        }
        if (Industry(best.User) is { } industry)
        {
            matched.Add(new AssignmentReason("assignment.rule.industry", industry));
        }
        if (_minSeniority is { } min)
        {
            matched.Add(new AssignmentReason("assignment.rule.seniority", best.User.Seniority, min));
        }
        object criteria = matched.Count > 0 ? matched : new AssignmentReason("assignment.rule.none");
        return new OwnerChoice(best.User,
            new AssignmentReason("assignment.ruleMatch", best.User.Name, criteria, best.Open, pool.Available.Count).Then(pool.Skipped()));
    }

    private bool InRegion(User user) => _region is not null && Same(user.Region, _region);

    /// <summary>The record's industry that is among the user's industries of expertise.</summary>
    private string? Industry(User user) => _industries.FirstOrDefault(i => user.Industries.Any(own => Same(own, i)));

    private static bool Same(string? a, string b) => string.Equals(a?.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The rule's value, or the record field's value(s); none when both are empty.</summary>
    private static IReadOnlyList<string> Values(string? value, string? field, IReadOnlyDictionary<string, object?> record)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return [value.Trim()];
        }
        var stored = field is null ? null : record.GetValueOrDefault(field);
        IEnumerable<object?> items = stored switch
        {
            null => [],
            string text => [text],
            IEnumerable many => many.Cast<object?>(),
            _ => [stored],
        };
        return [.. items.Select(i => Convert.ToString(i, System.Globalization.CultureInfo.InvariantCulture)?.Trim()).OfType<string>().Where(s => s.Length > 0)];
    }
}
