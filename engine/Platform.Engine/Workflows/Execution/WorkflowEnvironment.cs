using Platform.Engine.Identity;
using Platform.Engine.Storage;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// Where a burst runs: the instance it belongs to and the write it is part of. Activities that change data
/// (create a record, a task, an outbox message) write through <see cref="Scope"/>, so their effects commit
/// or roll back together with the instance's new state. <see cref="Scope"/> is null only for runs that
/// must not write at all (unit tests of pure flows). <see cref="DryRun"/> is set for a dry run, whose write
/// is rolled back: activities that would reach outside the database record what they would do there instead.
/// </summary>
public sealed record WorkflowEnvironment(
    string InstanceId,
    string DefinitionId,
    string DefinitionVersionId,
    int Version,
    TimeProvider Clock,
    WriteScope? Scope,
    Actor Actor,
    DryRunCapture? DryRun = null);
