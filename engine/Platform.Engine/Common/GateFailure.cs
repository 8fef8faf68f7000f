namespace Platform.Engine.Common;

/// <summary>A stage change refused because criteria of the stage left or entered are not met; every unmet one is listed.</summary>
public sealed record GateFailure(string Field, string Stage, IReadOnlyList<UnmetCriterion> Unmet, string Detail) : Failure(Detail);

/// <summary>One unmet criterion: <c>requiredField</c> (with its <see cref="Field"/>), <c>condition</c>, <c>related</c> or <c>backward</c>.</summary>
public sealed record UnmetCriterion(string Criterion, string? Field, string Message);
