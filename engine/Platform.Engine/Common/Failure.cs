namespace Platform.Engine.Common;

/// <summary>An expected way for an operation to not succeed; the server maps each kind to a status.</summary>
public abstract record Failure(string Detail);

/// <summary>Input broke rules; errors are keyed by field slug (or body property).</summary>
public sealed record ValidationFailure(IReadOnlyDictionary<string, string[]> Errors, string Detail) : Failure(Detail)
{
    public static ValidationFailure For(string key, string message) =>
        new(new Dictionary<string, string[]> { [key] = [message] }, message);
}

public sealed record NotFoundFailure(string Detail) : Failure(Detail);

public sealed record ForbiddenFailure(string Detail) : Failure(Detail);

/// <summary>The request clashes with the current state (stale version, duplicate, needs confirmation).</summary>
public sealed record ConflictFailure(string Detail, IReadOnlyDictionary<string, object?>? Extensions = null) : Failure(Detail);

/// <summary>The request was refused as a whole for a named reason (<see cref="Kind"/>, e.g. <c>spam</c>).</summary>
public sealed record RejectedFailure(string Kind, string Detail) : Failure(Detail);
