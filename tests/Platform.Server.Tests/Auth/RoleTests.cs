using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Auth;

public sealed class RoleTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task CreateEntity_Returns403Problem_WhenCallerIsAMember()
    {
        using var admin = await factory.AdminAsync();
        using var member = (await factory.UserAsync(admin)).Client;
        var slug = Seed.Slug("denied");

        var response = await member.PostJsonAsync("/api/entities", Seed.EntityBody(slug, "Denied"));

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.GetAsync($"/api/entities/{slug}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ChangeEntityOrFields_Returns403Problem_WhenCallerIsAMember()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        using var member = (await factory.UserAsync(admin)).Client;

        await (await member.PatchJsonAsync($"/api/entities/{slug}", new { slug = "renamed" })).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostJsonAsync($"/api/entities/{slug}/fields", new { slug = "extra", type = "text" })).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await member.DeleteAsync($"/api/entities/{slug}/fields/name?confirm=true")).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await member.DeleteAsync($"/api/entities/{slug}?confirm=true")).ReadProblemAsync(HttpStatusCode.Forbidden);

        var entity = await admin.GetJsonAsync($"/api/entities/{slug}");
        Assert.Equal(4, entity.GetProperty("fields").GetArrayLength());
    }

    [Fact]
    public async Task CreateUser_Returns403Problem_WhenCallerIsAMember()
    {
        using var admin = await factory.AdminAsync();
        using var member = (await factory.UserAsync(admin)).Client;
        var email = $"sneaky-{Guid.NewGuid():N}@example.com";

        var response = await member.PostJsonAsync("/api/users", new { email, name = "Sneaky", role = "admin", password = "Secret123!" });

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        var users = await member.GetJsonAsync("/api/users");
        Assert.DoesNotContain(users.EnumerateArray(), u => u.GetProperty("email").GetString() == email);
    }

    [Fact]
    public async Task CreateRecord_Returns201_WhenCallerIsAMember()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var (member, memberId) = await factory.UserAsync(admin);
        using var memberSession = member;

        var record = await member.CreateRecordAsync(slug, new { name = "From a member" });

        Assert.Equal(memberId, record.GetProperty("createdBy").GetInt64());
        Assert.Equal(memberId, record.GetProperty("ownerId").GetInt64());
        var read = await admin.GetJsonAsync($"/api/entities/{slug}/records/{record.GetProperty("id").GetInt64()}");
        Assert.Equal("From a member", read.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Login_Returns401Problem_WhenUserIsInactive()
    {
        using var admin = await factory.AdminAsync();
        var email = $"gone-{Guid.NewGuid():N}@example.com";
        var user = await (await admin.PostJsonAsync("/api/users", new { email, name = "Gone", password = "Secret123!" })).ReadJsonAsync(HttpStatusCode.Created);

        var patched = await (await admin.PatchJsonAsync($"/api/users/{user.GetProperty("id").GetInt64()}", new { active = false })).ReadJsonAsync(HttpStatusCode.OK);

        Assert.False(patched.GetProperty("active").GetBoolean());
        using var client = factory.Anonymous();
        await (await client.PostJsonAsync("/api/auth/login", new { email, password = "Secret123!" })).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ExistingCookie_StopsWorking_WhenUserIsDeactivated()
    {
        using var admin = await factory.AdminAsync();
        var (member, memberId) = await factory.UserAsync(admin);
        using var memberSession = member;
        await member.GetJsonAsync("/api/auth/me");

        await (await admin.PatchJsonAsync($"/api/users/{memberId}", new { active = false })).ReadJsonAsync(HttpStatusCode.OK);

        await (await member.GetAsync("/api/auth/me")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await member.GetAsync("/api/entities")).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ExistingKey_StopsWorking_WhenUserIsDeactivated()
    {
        using var admin = await factory.AdminAsync();
        var (member, memberId) = await factory.UserAsync(admin);
        using var memberSession = member;
        using var bearer = await factory.BearerAsync(member);
        await bearer.GetJsonAsync("/api/auth/me");

        await (await admin.PatchJsonAsync($"/api/users/{memberId}", new { active = false })).ReadJsonAsync(HttpStatusCode.OK);

        await (await bearer.GetAsync("/api/entities")).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ExistingCookie_LosesAdminRights_WhenAdminIsDemoted()
    {
        using var admin = await factory.AdminAsync();
        var (second, secondId) = await factory.UserAsync(admin, role: "admin");
        using var secondSession = second;
        await (await second.PostJsonAsync("/api/entities", Seed.EntityBody(Seed.Slug("ok"), "Allowed"))).ReadJsonAsync(HttpStatusCode.Created);

        await (await admin.PatchJsonAsync($"/api/users/{secondId}", new { role = "member" })).ReadJsonAsync(HttpStatusCode.OK);

        var response = await second.PostJsonAsync("/api/entities", Seed.EntityBody(Seed.Slug("no"), "Denied"));
        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task DeactivateOrDemote_Returns409Problem_WhenItIsTheLastAdmin()
    {
        // A database of its own, so no other test's admin is around.
        await using var alone = PlatformFactory.With();
        using var admin = await alone.AdminAsync();
        var id = (await admin.GetJsonAsync("/api/auth/me")).GetProperty("id").GetInt64();

        await (await admin.PatchJsonAsync($"/api/users/{id}", new { active = false })).ReadProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PatchJsonAsync($"/api/users/{id}", new { role = "member" })).ReadProblemAsync(HttpStatusCode.Conflict);

        var me = await admin.GetJsonAsync("/api/auth/me");
        Assert.True(me.GetProperty("active").GetBoolean());
        Assert.Equal("admin", me.GetProperty("role").GetString());
    }
}
