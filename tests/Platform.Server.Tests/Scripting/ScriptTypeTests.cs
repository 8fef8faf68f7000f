using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Scripting;

/// <summary>docs/scripting.md "Completion": <c>GET /api/entities/{entity}/scripts/types</c>.</summary>
public sealed class ScriptTypeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Types_AreTypeScriptWithAMemberPerField_ForASignedInMember()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var (member, _) = await factory.UserAsync(admin);

        var response = await member.GetAsync($"/api/entities/{slug}/scripts/types");

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("/** 线索 / Lead */\ninterface Lead", text);
        Assert.Contains("\n  /** Name (text) */\n  name: string | null;\n", text);
        Assert.Contains("\n  email: string | null;\n", text);
        Assert.Contains("\n  /** Budget (number) */\n  budget: number | null;\n", text);
        Assert.Contains("\n  source: 'web' | 'fair' | null;\n", text);
        Assert.Contains("declare const record: Lead", text);
        var related = text.Split('\n').Single(line => line.StartsWith("declare function related(entity: ", StringComparison.Ordinal));
        Assert.Contains($"'{slug}'", related);
    }

    [Fact]
    public async Task Types_OfferNewFieldsAtOnce_AfterTheyAreAdded()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        await (await admin.PostJsonAsync($"/api/entities/{slug}/fields", """{"slug":"urgency","type":"rating","label":{"zh-CN":"紧迫度","en":"Urgency"}}"""))
            .ReadJsonAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync($"/api/entities/{slug}/fields", """{"slug":"doubled","type":"formula","resultType":"number","formula":"record.budget * 2"}"""))
            .ReadJsonAsync(HttpStatusCode.Created);

        var text = await admin.GetStringAsync($"/api/entities/{slug}/scripts/types");

        Assert.Contains("\n  /** 紧迫度 / Urgency (rating) */\n  urgency: number | null;\n", text);
        Assert.Contains("\n  /** doubled (formula returning number, read-only) */\n  doubled: number | null;\n", text);
    }

    [Fact]
    public async Task Types_Return404_WhenTheEntityDoesNotExist()
    {
        using var admin = await factory.AdminAsync();

        await (await admin.GetAsync("/api/entities/nothing_here/scripts/types")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Types_Return401_WhenNotSignedIn()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        using var anonymous = factory.Anonymous();

        await (await anonymous.GetAsync($"/api/entities/{slug}/scripts/types")).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }
}
