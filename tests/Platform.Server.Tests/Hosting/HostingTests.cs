using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Hosting;

public sealed class HostingTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task OpenApiDocument_DescribesTheRestApi_WhenSignedIn()
    {
        using var admin = await factory.AdminAsync();

        var document = await admin.GetJsonAsync("/openapi/v1.json");

        Assert.True(document.TryGetProperty("openapi", out _));
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/entities", paths);
        Assert.Contains("/api/entities/{entity}/records/bulk", paths);
        Assert.Contains("/api/auth/login", paths);
    }

    [Fact]
    public async Task OpenApiDocument_Returns401Problem_WhenAnonymous()
    {
        using var client = factory.Anonymous();

        await (await client.GetAsync("/openapi/v1.json")).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("GET", "/api/nothing-here")]
    [InlineData("POST", "/api/entities/x/records/1/explode")]
    [InlineData("GET", "/api/entities/x/records/not-a-number")]
    public async Task UnknownApiRoute_Returns404Problem_WhenSignedIn(string method, string url)
    {
        using var admin = await factory.AdminAsync();

        var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("zh-CN", "只有管理员可以这样做。")]
    [InlineData("en", "Only an admin can do this.")]
    public async Task ForbiddenProblem_IsInTheCallersLanguage_WhenAMemberChangesAnEntity(string language, string text)
    {
        using var admin = await factory.AdminAsync();
        var (member, _) = await factory.UserAsync(admin);
        using var memberSession = member;
        member.DefaultRequestHeaders.AcceptLanguage.Clear();
        member.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var problem = await (await member.PostJsonAsync("/api/entities", Seed.EntityBody(Seed.Slug("no")))).ReadProblemAsync(HttpStatusCode.Forbidden);

        // The engine's text "auth.adminOnly" says exactly this, in both languages.
        var shown = problem.GetProperty("title").GetString() + " " + (problem.TryGetProperty("detail", out var detail) ? detail.GetString() : "");
        Assert.Contains(text, shown, StringComparison.Ordinal);
    }
}
