using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Localisation;

public sealed class LanguageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData("zh-CN", "必须是数字。", "提交的数据有误。")]
    [InlineData("zh", "必须是数字。", "提交的数据有误。")]
    [InlineData("en", "Must be a number.", "One or more validation errors occurred.")]
    [InlineData("en-US", "Must be a number.", "One or more validation errors occurred.")]
    [InlineData("fr-FR,en;q=0.8", "Must be a number.", "One or more validation errors occurred.")]
    public async Task ValidationProblem_IsInTheCallersLanguage_WhenAcceptLanguageIsSent(string language, string message, string title)
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        using var client = await factory.AdminAsync(language);

        var response = await client.PostJsonAsync($"/api/entities/{slug}/records", new { budget = "lots" });

        Assert.Equal(message, Assert.Single(await response.ReadValidationErrorAsync("budget")));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(title, problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ValidationProblem_IsChinese_WhenNoLanguageIsAsked()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.Clear();

        var response = await admin.PostJsonAsync($"/api/entities/{slug}/records", new { email = "nope" });

        Assert.Equal("不是有效的邮箱地址。", Assert.Single(await response.ReadValidationErrorAsync("email")));
    }

    [Theory]
    [InlineData("zh-CN", "标识只能以小写字母开头")]
    [InlineData("en", "A slug starts with a lowercase letter")]
    public async Task SlugProblem_IsInTheCallersLanguage_WhenAcceptLanguageIsSent(string language, string start)
    {
        using var admin = await factory.AdminAsync(language);

        var messages = await (await admin.PostJsonAsync("/api/entities", """{"slug":"Lead","label":{"en":"Lead"}}""")).ReadValidationErrorAsync("slug");

        Assert.StartsWith(start, Assert.Single(messages), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "邮箱或密码错误。")]
    [InlineData("en", "Wrong email or password.")]
    public async Task LoginProblem_IsInTheCallersLanguage_WhenThePasswordIsWrong(string language, string detail)
    {
        using var client = factory.Anonymous(language);

        var response = await client.PostJsonAsync("/api/auth/login", new { email = PlatformFactory.AdminEmail, password = "nope" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("zh-CN", "记录已被他人修改（当前版本 2），请刷新后重试。")]
    [InlineData("en", "The record was changed by someone else (now version 2); reload it and try again.")]
    public async Task StaleVersionProblem_IsInTheCallersLanguage_WhenIfMatchIsStale(string language, string detail)
    {
        using var admin = await factory.AdminAsync(language);
        var slug = await admin.CreateLeadEntityAsync();
        var id = await admin.CreateRecordIdAsync(slug, new { name = "v1" });
        await (await admin.PatchJsonAsync($"/api/entities/{slug}/records/{id}", new { name = "v2" }, ifMatch: "\"1\"")).ReadJsonAsync(HttpStatusCode.OK);

        var response = await admin.PatchJsonAsync($"/api/entities/{slug}/records/{id}", new { name = "v3" }, ifMatch: "\"1\"");

        Assert.Equal(detail, (await response.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
    }
}
