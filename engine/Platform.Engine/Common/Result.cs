using System.Diagnostics.CodeAnalysis;

namespace Platform.Engine.Common;

/// <summary>A value or the <see cref="Failure"/> that stopped it.</summary>
public readonly struct Result<T>
{
    private Result(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public Failure? Failure { get; }

    [MemberNotNullWhen(false, nameof(Failure))]
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Failure is null;

    /// <summary>For values typed as an interface, which implicit conversions cannot take.</summary>
    public static Result<T> Ok(T value) => new(value, null);

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Failure failure) => new(default, failure);
}
