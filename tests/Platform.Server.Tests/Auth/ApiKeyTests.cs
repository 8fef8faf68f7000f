using System.Net;
using System.Net.Http.Headers;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Auth;

public sealed class ApiKeyTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task CreateKey_ReturnsTheSecretOnlyOnce_WhenListedAfterwards()
    {
        using var admin = await factory.AdminAsync();

        var created = await (await admin.PostJsonAsync("/api/api-keys", new { name = "CRM sync" })).ReadJsonAsync(HttpStatusCode.Created);
        var listing = await admin.GetAsync("/api/api-keys");
        var listText = await listing.Content.ReadAsStringAsync();

        var key = created.GetProperty("key").GetString()!;
        Assert.StartsWith("pk_", key, StringComparison.Ordinal);
        Assert.True(key.Length >= 40, key);
        Assert.StartsWith(created.GetProperty("prefix").GetString()!, key, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, listing.StatusCode);
        Assert.DoesNotContain(key, listText, StringComparison.Ordinal);
        var listed = Assert.Single((await listing.ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray(),
            k => k.GetProperty("id").GetInt64() == created.GetProperty("id").GetInt64());
        Assert.Equal("CRM sync", listed.GetProperty("name").GetString());
        Assert.Equal(created.GetProperty("prefix").GetString(), listed.GetProperty("prefix").GetString());
        Assert.False(listed.TryGetProperty("key", out _));
    }

    [Fact]
    public async Task BearerKey_ActsAsItsOwner_WhenNoCookieIsSent()
    {
        using var admin = await factory.AdminAsync();
        using var bearer = await factory.BearerAsync(admin);

        var me = await bearer.GetJsonAsync("/api/auth/me");
        var entity = await bearer.PostJsonAsync("/api/entities", Seed.EntityBody(Seed.Slug("bk"), "By key"));

        Assert.Equal(PlatformFactory.AdminEmail, me.GetProperty("email").GetString());
        await entity.ReadJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task BearerKey_HasTheMemberRole_WhenAMemberCreatedIt()
    {
        using var admin = await factory.AdminAsync();
        using var member = (await factory.UserAsync(admin)).Client;
        using var bearer = await factory.BearerAsync(member);
        var slug = Seed.Slug("mk");

        var response = await bearer.PostJsonAsync("/api/entities", Seed.EntityBody(slug, "By member key"));

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.GetAsync($"/api/entities/{slug}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BearerKey_Returns401Problem_WhenRevoked()
    {
        using var admin = await factory.AdminAsync();
        var created = await (await admin.PostJsonAsync("/api/api-keys", new { name = "short lived" })).ReadJsonAsync(HttpStatusCode.Created);
        using var bearer = factory.Anonymous();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.GetProperty("key").GetString());
        await bearer.GetJsonAsync("/api/auth/me");

        var revoke = await admin.DeleteAsync($"/api/api-keys/{created.GetProperty("id").GetInt64()}");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        await (await bearer.GetAsync("/api/auth/me")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await bearer.GetAsync("/api/entities")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        var keys = await admin.GetJsonAsync("/api/api-keys");
        Assert.DoesNotContain(keys.EnumerateArray(), k => k.GetProperty("id").GetInt64() == created.GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("pk_not-a-real-key")]
    [InlineData("not-even-the-prefix")]
    [InlineData("pk_' OR 1=1 --")]
    public async Task BearerKey_Returns401Problem_WhenUnknown(string key)
    {
        using var client = factory.Anonymous();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + key);

        await (await client.GetAsync("/api/entities")).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CreateKey_Returns400KeyedName_WhenNameIsMissing()
    {
        using var admin = await factory.AdminAsync();
        var before = (await admin.GetJsonAsync("/api/api-keys")).GetArrayLength();

        await (await admin.PostJsonAsync("/api/api-keys", new { name = " " })).ReadValidationErrorAsync("name");

        Assert.Equal(before, (await admin.GetJsonAsync("/api/api-keys")).GetArrayLength());
    }

    [Fact]
    public async Task RevokeKey_Returns404Problem_WhenTheKeyBelongsToSomeoneElse()
    {
        using var admin = await factory.AdminAsync();
        using var member = (await factory.UserAsync(admin)).Client;
        var adminKey = await (await admin.PostJsonAsync("/api/api-keys", new { name = "admin's" })).ReadJsonAsync(HttpStatusCode.Created);

        var response = await member.DeleteAsync($"/api/api-keys/{adminKey.GetProperty("id").GetInt64()}");

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
        using var bearer = factory.Anonymous();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminKey.GetProperty("key").GetString());
        await bearer.GetJsonAsync("/api/auth/me");
    }
}
