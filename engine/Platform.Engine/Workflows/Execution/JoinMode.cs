namespace Platform.Engine.Workflows.Execution;

/// <summary>How a node with several inbound connections waits for them (Elsa's FlowJoinMode, in its numeric order).</summary>
internal enum JoinMode
{
    /// <summary>Waits until every inbound connection was visited; runs only when all were followed, else is skipped.</summary>
    WaitAll,

    /// <summary>Waits until every inbound connection was visited; runs when any was followed. Every node without a FlowJoin joins like this.</summary>
    WaitAllActive,

    /// <summary>Runs on the first followed inbound connection and cancels the branches still running towards it.</summary>
    WaitAny,
}
