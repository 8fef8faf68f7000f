using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Platform.Engine.Common;
using Platform.Engine.Scripting;

namespace Platform.Engine.Tests.Scripting;

/// <summary>Sandboxes on a simulated clock in Shanghai time, with the default limits unless a test changes one.</summary>
internal static class Sandboxes
{
    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 6, 15, 1, 30, 0, TimeSpan.Zero));

    public static ScriptSandbox Create(Action<ScriptOptions>? limits = null, TimeProvider? clock = null)
    {
        var options = new ScriptOptions();
        limits?.Invoke(options);
        clock ??= Clock();
        var local = new LocalCalendar(clock, Options.Create(new RegionalOptions { TimeZone = "Asia/Shanghai" }));
        return new ScriptSandbox(Options.Create(options), clock, local, NullLogger<ScriptSandbox>.Instance);
    }

    public static ScriptRun Run(this ScriptSandbox sandbox, string source, ScriptInput? input = null, CancellationToken ct = default) =>
        sandbox.Run("test", source, input ?? new ScriptInput(), ct);
}
