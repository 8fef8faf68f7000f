using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Auth;

public sealed class UserTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task CreateUser_Returns201AndIsListedToMembers_WhenValid()
    {
        using var admin = await factory.AdminAsync();
        var email = $"li-{Guid.NewGuid():N}@example.com";

        var response = await admin.PostJsonAsync("/api/users", new
        {
            email, name = "李四", password = "Secret123!", role = "member", team = "East", region = "Shanghai",
            industries = new[] { "saas", "retail" }, seniority = 3, capacity = 50, locale = "zh-CN",
        });

        var user = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = user.GetProperty("id").GetInt64();
        Assert.EndsWith($"/api/users/{id}", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("李四", user.GetProperty("name").GetString());
        Assert.Equal(["saas", "retail"], user.GetProperty("industries").EnumerateArray().Select(i => i.GetString()!));
        Assert.Equal(50, user.GetProperty("capacity").GetInt32());
        Assert.False(user.TryGetProperty("password", out _));
        using var member = (await factory.UserAsync(admin)).Client;
        var listing = await member.GetAsync("/api/users");
        var text = await listing.Content.ReadAsStringAsync();
        var listed = Assert.Single((await listing.ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray(), u => u.GetProperty("id").GetInt64() == id);
        Assert.Equal("East", listed.GetProperty("team").GetString());
        Assert.DoesNotContain("Secret123!", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pbkdf2", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("not-an-email", "Name", "Secret123!", "member", "email")]
    [InlineData("ok@example.com", "", "Secret123!", "member", "name")]
    [InlineData("ok@example.com", "Name", "short", "member", "password")]
    [InlineData("ok@example.com", "Name", "Secret123!", "root", "role")]
    public async Task CreateUser_Returns400KeyedByProperty_WhenAValueIsWrong(string email, string name, string password, string role, string key)
    {
        using var admin = await factory.AdminAsync();
        var before = (await admin.GetJsonAsync("/api/users")).GetArrayLength();

        await (await admin.PostJsonAsync("/api/users", new { email, name, password, role })).ReadValidationErrorAsync(key);

        Assert.Equal(before, (await admin.GetJsonAsync("/api/users")).GetArrayLength());
    }

    [Fact]
    public async Task CreateUser_Returns409Problem_WhenTheEmailIsTakenInAnyCase()
    {
        using var admin = await factory.AdminAsync();
        var before = (await admin.GetJsonAsync("/api/users")).GetArrayLength();

        var response = await admin.PostJsonAsync("/api/users", new { email = "ADMIN@example.com", name = "Twin", password = "Secret123!" });

        await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(before, (await admin.GetJsonAsync("/api/users")).GetArrayLength());
    }

    [Fact]
    public async Task PatchUser_ResetsThePassword_WhenOneIsGiven()
    {
        using var admin = await factory.AdminAsync();
        var email = $"reset-{Guid.NewGuid():N}@example.com";
        var user = await (await admin.PostJsonAsync("/api/users", new { email, name = "Reset", password = "OldSecret1!" })).ReadJsonAsync(HttpStatusCode.Created);

        await (await admin.PatchJsonAsync($"/api/users/{user.GetProperty("id").GetInt64()}", new { password = "NewSecret1!" })).ReadJsonAsync(HttpStatusCode.OK);

        using var client = factory.Anonymous();
        await (await client.PostJsonAsync("/api/auth/login", new { email, password = "OldSecret1!" })).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await client.PostJsonAsync("/api/auth/login", new { email, password = "NewSecret1!" })).ReadJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PatchUser_Returns404Problem_WhenTheUserDoesNotExist()
    {
        using var admin = await factory.AdminAsync();

        await (await admin.PatchJsonAsync("/api/users/987654", new { name = "Ghost" })).ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
