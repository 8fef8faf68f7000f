using Platform.Engine.Identity;

namespace Platform.Engine.Workflows.Assignment;

/// <summary>A user who may be chosen, with how many open records of the entity they own now.</summary>
internal sealed record Candidate(User User, int Open);
