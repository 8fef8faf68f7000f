using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Auth;

public sealed class SignInTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Health_ReturnsHealthy_WhenAnonymous()
    {
        using var client = factory.Anonymous();

        var body = await (await client.GetAsync("/health")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("healthy", body.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("GET", "/api/auth/me")]
    [InlineData("GET", "/api/users")]
    [InlineData("POST", "/api/users")]
    [InlineData("PATCH", "/api/users/1")]
    [InlineData("GET", "/api/api-keys")]
    [InlineData("POST", "/api/api-keys")]
    [InlineData("DELETE", "/api/api-keys/1")]
    [InlineData("GET", "/api/entities")]
    [InlineData("POST", "/api/entities")]
    [InlineData("GET", "/api/entities/lead")]
    [InlineData("PATCH", "/api/entities/lead")]
    [InlineData("DELETE", "/api/entities/lead")]
    [InlineData("POST", "/api/entities/lead/fields")]
    [InlineData("PATCH", "/api/entities/lead/fields/name")]
    [InlineData("DELETE", "/api/entities/lead/fields/name")]
    [InlineData("GET", "/api/entities/lead/records")]
    [InlineData("POST", "/api/entities/lead/records")]
    [InlineData("POST", "/api/entities/lead/records/bulk")]
    [InlineData("GET", "/api/entities/lead/records/1")]
    [InlineData("PATCH", "/api/entities/lead/records/1")]
    [InlineData("DELETE", "/api/entities/lead/records/1")]
    [InlineData("POST", "/api/entities/lead/records/1/restore")]
    [InlineData("GET", "/api/entities/lead/records/1/history")]
    [InlineData("GET", "/api/entities/lead/views")]
    [InlineData("POST", "/api/entities/lead/views")]
    [InlineData("PATCH", "/api/entities/lead/views/abc")]
    [InlineData("DELETE", "/api/entities/lead/views/abc")]
    [InlineData("GET", "/api/no-such-route")]
    public async Task ApiRoute_Returns401Problem_WhenNotSignedIn(string method, string url)
    {
        using var client = factory.Anonymous();
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PATCH")
        {
            request.Content = HttpJson.Content("{}");
        }

        var problem = await (await client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.Unauthorized);

        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData(PlatformFactory.AdminEmail, "wrong-password")]
    [InlineData("nobody@example.com", PlatformFactory.AdminPassword)]
    [InlineData(PlatformFactory.AdminEmail, "")]
    public async Task Login_Returns401ProblemAndNoCookie_WhenCredentialsAreWrong(string email, string password)
    {
        using var client = factory.Anonymous();

        var response = await client.PostJsonAsync("/api/auth/login", new { email, password });

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Wrong email or password.", problem.GetProperty("detail").GetString());
        Assert.False(response.Headers.Contains("Set-Cookie"));
        await (await client.GetAsync("/api/auth/me")).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_SetsHttpOnlyStrictCookie_WhenCredentialsAreRight()
    {
        using var client = factory.Anonymous();

        var response = await client.PostJsonAsync("/api/auth/login", new { email = PlatformFactory.AdminEmail, password = PlatformFactory.AdminPassword });

        var user = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(PlatformFactory.AdminEmail, user.GetProperty("email").GetString());
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("platform.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.False(user.TryGetProperty("password", out _));
        Assert.False(user.TryGetProperty("passwordHash", out _));
    }

    [Fact]
    public async Task Me_ReturnsTheSignedInUser_WhenCookieIsSent()
    {
        using var client = await factory.SignInAsync();

        var me = await client.GetJsonAsync("/api/auth/me");

        Assert.Equal(PlatformFactory.AdminEmail, me.GetProperty("email").GetString());
        Assert.Equal("admin", me.GetProperty("role").GetString());
        Assert.True(me.GetProperty("active").GetBoolean());
        Assert.True(me.GetProperty("id").GetInt64() > 0);
    }

    [Fact]
    public async Task Me_Returns401Problem_WhenSignedOut()
    {
        using var client = await factory.SignInAsync();

        var logout = await client.PostAsync("/api/auth/logout", null);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        await (await client.GetAsync("/api/auth/me")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await client.GetAsync("/api/entities")).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_Succeeds_WhenEmailDiffersInCaseOrSurroundingSpaces()
    {
        using var client = factory.Anonymous();

        var response = await client.PostJsonAsync("/api/auth/login", new { email = "  Admin@Example.COM ", password = PlatformFactory.AdminPassword });

        await response.ReadJsonAsync(HttpStatusCode.OK);
    }
}
