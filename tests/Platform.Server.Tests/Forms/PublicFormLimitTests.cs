using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Platform.Server.PublicForms;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Forms;

/// <summary>
/// docs/forms.md: one address may submit <c>Platform:PublicForms:PermitLimit</c> times per
/// <c>WindowSeconds</c>. Each test runs its own server on a simulated clock.
/// </summary>
public sealed class PublicFormLimitTests
{
    private static readonly Dictionary<string, string?> TwoPerMinute = new()
    {
        ["Platform:PublicForms:PermitLimit"] = "2",
        ["Platform:PublicForms:WindowSeconds"] = "60",
    };

    [Fact]
    public async Task Submit_Returns429WithRetryAfter_WhenOneAddressSubmitsMoreThanTheLimit()
    {
        await using var app = PlatformFactory.With(new FakeTimeProvider(DateTimeOffset.UtcNow), TwoPerMinute);
        var (entity, slug) = await PublishAsync(app);
        using var visitor = app.Anonymous();

        await (await SubmitAsync(visitor, slug)).ReadJsonAsync(HttpStatusCode.Created);
        await (await SubmitAsync(visitor, slug)).ReadJsonAsync(HttpStatusCode.Created);
        var response = await SubmitAsync(visitor, slug);

        var problem = await response.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Contains($"{retryAfter} seconds", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var admin = await app.AdminAsync();
        Assert.Equal(2, await admin.CountAsync(entity));
    }

    [Fact]
    public async Task Submit_IsAcceptedAgain_WhenTheWindowHasPassed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = PlatformFactory.With(clock, TwoPerMinute);
        var (entity, slug) = await PublishAsync(app);
        using var visitor = app.Anonymous();
        await (await SubmitAsync(visitor, slug)).ReadJsonAsync(HttpStatusCode.Created);
        await (await SubmitAsync(visitor, slug)).ReadJsonAsync(HttpStatusCode.Created);
        await (await SubmitAsync(visitor, slug)).ReadProblemAsync(HttpStatusCode.TooManyRequests);

        clock.Advance(TimeSpan.FromSeconds(61));

        await (await SubmitAsync(visitor, slug)).ReadJsonAsync(HttpStatusCode.Created);
        using var admin = await app.AdminAsync();
        Assert.Equal(3, await admin.CountAsync(entity));
    }

    [Fact]
    public async Task Submit_StaysLimited_UntilTheWholeWindowHasPassed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = PlatformFactory.With(clock, TwoPerMinute);
        var (_, slug) = await PublishAsync(app);
        using var visitor = app.Anonymous();
        await (await SubmitAsync(visitor, slug)).ReadJsonAsync(HttpStatusCode.Created);
        await (await SubmitAsync(visitor, slug)).ReadJsonAsync(HttpStatusCode.Created);

        clock.Advance(TimeSpan.FromSeconds(50));
        var response = await SubmitAsync(visitor, slug);

        await response.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("10", Assert.Single(response.Headers.GetValues("Retry-After")));
    }

    [Theory]
    [InlineData("Platform:PublicForms:PermitLimit", "0")]
    [InlineData("Platform:PublicForms:WindowSeconds", "0")]
    public async Task Server_DoesNotStart_WhenThePublicFormLimitIsNotValid(string key, string value)
    {
        await using var app = PlatformFactory.With(settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => app.ServerAddress);

        // Under a loaded run the test host can dispose the failed application before it hands over the start
        // error; the refusal to start is then all it reports. The reason itself is checked below, without a host.
        if (error is not ObjectDisposedException)
        {
            Assert.Contains("Platform:PublicForms", Flatten(error), StringComparison.Ordinal);
        }
        var options = new PublicFormOptions();
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build()
            .GetSection(PublicFormOptions.Section).Bind(options);
        Assert.False(options.IsValid());
    }

    private static async Task<(string Entity, string Slug)> PublishAsync(PlatformFactory app)
    {
        using var admin = await app.AdminAsync();
        var (entity, slug, _) = await admin.PublishPublicFormAsync();
        return (entity, slug);
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient visitor, string slug) =>
        visitor.PostJsonAsync($"/api/public/forms/{slug}", """{"data":{"name":"Wang"}}""");

    private static string Flatten(Exception error) =>
        error is AggregateException many
            ? string.Join(" ", many.InnerExceptions.Select(Flatten))
            : error.Message + (error.InnerException is { } inner ? " " + Flatten(inner) : "");
}
