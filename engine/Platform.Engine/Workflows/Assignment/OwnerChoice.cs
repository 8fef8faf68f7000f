using Platform.Engine.Identity;

namespace Platform.Engine.Workflows.Assignment;

/// <summary>The user a strategy picked, and why.</summary>
internal sealed record OwnerChoice(User User, AssignmentReason Reason);
