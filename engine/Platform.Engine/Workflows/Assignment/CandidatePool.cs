using Platform.Engine.Identity;

namespace Platform.Engine.Workflows.Assignment;

/// <summary>
/// The candidates of one assignment, sorted by user id, split into those available and those skipped:
/// inactive users first, then those the rules do not fit, then those at capacity. The strategies choose among
/// <see cref="Available"/> only, so an inactive user or one at capacity can never be chosen.
/// </summary>
internal sealed class CandidatePool
{
    private readonly int _inactive;
    private readonly int _notMatching;
    private readonly int _atCapacity;

    private CandidatePool(IReadOnlyList<long> considered, IReadOnlyList<Candidate> available, int inactive, int notMatching, int atCapacity)
    {
        Considered = considered;
        Available = available;
        _inactive = inactive;
        _notMatching = notMatching;
        _atCapacity = atCapacity;
    }

    public IReadOnlyList<long> Considered { get; }

    public IReadOnlyList<Candidate> Available { get; }

    /// <param name="open">Open records per user id; a user without an entry owns none.</param>
    public static CandidatePool Build(IEnumerable<User> users, IReadOnlyDictionary<long, int> open, bool respectCapacity, Func<User, bool> fits)
    {
        var considered = new List<long>();
        var available = new List<Candidate>();
        int inactive = 0, notMatching = 0, atCapacity = 0;
        foreach (var user in users.OrderBy(u => u.Id))
        {
            considered.Add(user.Id);
            var count = open.GetValueOrDefault(user.Id);
            if (!user.Active)
            {
                inactive++;
            }
            else if (!fits(user))
            {
                notMatching++;
            }
            else if (respectCapacity && user.Capacity is { } max && count >= max)
            {
                atCapacity++;
            }
            else
            {
                available.Add(new Candidate(user, count));
            }
        }
        return new CandidatePool(considered, available, inactive, notMatching, atCapacity);
    }

    /// <summary>The first available candidate after the one who had the last turn, wrapping round.</summary>
    public OwnerChoice? RoundRobin(long? lastUserId)
    {
        if (Available.Count == 0)
        {
            return null;
        }
        var next = Available.FirstOrDefault(c => c.User.Id > lastUserId) ?? Available[0];
        return new OwnerChoice(next.User, new AssignmentReason("assignment.roundRobin", next.User.Name, Available.Count).Then(Skipped()));
    }

    /// <summary>The available candidate with the fewest open records; the lowest user id among equals.</summary>
    public OwnerChoice? LeastOpen() =>
        Available.MinBy(c => c.Open) is { } best
            ? new OwnerChoice(best.User, new AssignmentReason("assignment.leastOpen", best.User.Name, best.Open, Available.Count).Then(Skipped()))
            : null;

    /// <summary>Who was skipped and why, as a sentence; null when nobody was.</summary>
    public AssignmentReason? Skipped() => SkippedCounts() is { Count: > 0 } parts ? new AssignmentReason("assignment.skipped", parts) : null;

    /// <summary>How many were considered and why none was available, for the reason of a fallback.</summary>
    public AssignmentReason Summary() => SkippedCounts() is { Count: > 0 } parts
        ? new AssignmentReason("assignment.candidatesSkipped", Considered.Count, parts)
        : new AssignmentReason("assignment.candidates", Considered.Count);

    private List<AssignmentReason> SkippedCounts()
    {
        var parts = new List<AssignmentReason>();
        if (_inactive > 0)
        {
            parts.Add(new AssignmentReason("assignment.skipped.inactive", _inactive));
        }
        if (_notMatching > 0)
        {
            parts.Add(new AssignmentReason("assignment.skipped.rules", _notMatching));
        }
        if (_atCapacity > 0)
        {
            parts.Add(new AssignmentReason("assignment.skipped.capacity", _atCapacity));
        }
        return parts;
    }
}
