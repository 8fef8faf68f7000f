using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.Engine.Workflows.Expressions;

namespace Platform.Engine.Tests.Workflows.Expressions;

public sealed class WorkflowExpressionServicesTests
{
    [Fact]
    public void AddPlatformEngine_RegistersTheJavaScriptAndLiquidHandlers()
    {
        using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider())
            .AddPlatformEngine()
            .BuildServiceProvider();

        var types = services.GetServices<IExpressionHandler>().Select(h => h.Type).ToList();

        Assert.Contains("JavaScript", types);
        Assert.Contains("Liquid", types);
    }
}
