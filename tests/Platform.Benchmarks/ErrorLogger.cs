using Microsoft.Extensions.Logging;

namespace Platform.Benchmarks;

/// <summary>The engine's warnings and errors on standard error: a job that fails during a measurement must not pass unseen.</summary>
public sealed class ErrorLogger<T> : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Console.Error.WriteLine($"[{logLevel}] {typeof(T).Name}: {formatter(state, exception)}{(exception is null ? "" : " — " + exception.Message)}");
        }
    }
}
