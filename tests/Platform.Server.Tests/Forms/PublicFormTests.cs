using System.Net;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Forms;

/// <summary>docs/forms.md "Submitting a public form": anyone may read and fill in a published public form.</summary>
public sealed class PublicFormTests(PublicFormServer server) : IClassFixture<PublicFormServer>
{
    private readonly PlatformFactory _factory = server.App;

    [Fact]
    public async Task GetPublicForm_ReturnsWhatThePageNeedsWithoutSigningIn_WhenPublishedAndPublic()
    {
        var (_, slug, _) = await PublishLeadFormAsync();
        using var visitor = _factory.Anonymous();

        var form = await visitor.GetJsonAsync($"/api/public/forms/{slug}");

        Assert.Equal(slug, form.GetProperty("slug").GetString());
        Assert.Equal(1, form.GetProperty("version").GetInt32());
        Assert.Equal("Contact us", form.GetProperty("label").GetString());
        Assert.Equal(["name", "grade", "budget"], form.GetProperty("schema").GetProperty("properties").Names());
        Assert.Equal(["name", "grade", "budget"], form.GetProperty("uiSchema").GetProperty("ui:order").StringItems());
        Assert.Equal("require", Assert.Single(form.GetProperty("rules").EnumerateArray()).GetProperty("effect").GetString());
        Assert.Equal(["utm_source"], form.GetProperty("params").StringItems());
        Assert.Equal("Thank you, we got it.", form.GetProperty("thankYou").GetString());
        Assert.Equal(JsonValueKind.Null, form.GetProperty("redirectUrl").ValueKind);
    }

    [Fact]
    public async Task GetPublicForm_KeepsTheFormsSettingsPrivate_WhenReadAnonymously()
    {
        var (_, slug, _) = await PublishLeadFormAsync();
        using var visitor = _factory.Anonymous();

        var form = await visitor.GetJsonAsync($"/api/public/forms/{slug}");

        Assert.False(form.TryGetProperty("submission", out _));
        Assert.False(form.TryGetProperty("hiddenFields", out _));
        Assert.DoesNotContain("website", form.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPublicForm_GivesTextsInChinese_WhenAcceptLanguageIsZhCn()
    {
        var (_, slug, _) = await PublishLeadFormAsync();
        using var visitor = _factory.Anonymous("zh-CN");

        var form = await visitor.GetJsonAsync($"/api/public/forms/{slug}");

        Assert.Equal("联系我们", form.GetProperty("label").GetString());
        Assert.Equal("谢谢，我们已收到。", form.GetProperty("thankYou").GetString());
        Assert.Equal(["甲级", "乙级"], form.GetProperty("uiSchema").GetProperty("grade").GetProperty("ui:enumNames").StringItems());
    }

    [Fact]
    public async Task PublicForm_Returns404Problem_WhenTheFormIsNotPublished()
    {
        using var admin = await _factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(entity, FormSeed.PublicFormBody(slug, await admin.CreateMemberIdAsync()));
        using var visitor = _factory.Anonymous();

        await (await visitor.GetAsync($"/api/public/forms/{slug}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", """{"data":{"name":"Wang"}}""")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await admin.CountAsync(entity));
    }

    [Fact]
    public async Task PublicForm_Returns404Problem_WhenThePublishedFormIsNotPublic()
    {
        using var admin = await _factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{slug}}}","public":false,"layout":{{{FormSeed.Layout("name")}}}}""");
        await admin.PublishFormAsync(entity, slug);
        using var visitor = _factory.Anonymous();

        await (await visitor.GetAsync($"/api/public/forms/{slug}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", """{"data":{"name":"Wang"}}""")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await admin.CountAsync(entity));
    }

    [Fact]
    public async Task PublicForm_Returns404Problem_WhenTheLatestPublishedVersionIsNoLongerPublic()
    {
        var (entity, slug, owner) = await PublishLeadFormAsync();
        using var admin = await _factory.AdminAsync();
        await admin.PutFormAsync(entity, slug, FormSeed.PublicFormBody(slug, owner).Replace("\"public\":true", "\"public\":false", StringComparison.Ordinal));
        await admin.PublishFormAsync(entity, slug);
        using var visitor = _factory.Anonymous();

        await (await visitor.GetAsync($"/api/public/forms/{slug}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", """{"version":1,"data":{"name":"Wang"}}""")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await admin.CountAsync(entity));
    }

    [Fact]
    public async Task PublicForm_Returns404Problem_WhenNoFormHasTheSlug()
    {
        using var visitor = _factory.Anonymous();

        await (await visitor.GetAsync("/api/public/forms/no-such-form")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Submit_Returns201WithReceiptAndCreatesTheRecordForTheOwner_WhenValid()
    {
        var (entity, slug, owner) = await PublishLeadFormAsync();
        using var visitor = _factory.Anonymous();

        var receipt = await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", """
            {"version":1,"data":{"name":"王敏","grade":"B"},"params":{"utm_source":"baidu"},"_honeypot":""}
            """)).ReadJsonAsync(HttpStatusCode.Created);

        Assert.StartsWith("R-", receipt.GetProperty("receipt").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, receipt.GetProperty("version").GetInt32());
        Assert.Equal("Thank you, we got it.", receipt.GetProperty("message").GetString());
        using var admin = await _factory.AdminAsync();
        var record = Assert.Single((await admin.ListAsync(entity)).Items());
        Assert.Equal("王敏", record.GetProperty("name").GetString());
        Assert.Equal("B", record.GetProperty("grade").GetString());
        Assert.Equal(owner, record.GetProperty("ownerId").GetInt64());
    }

    [Theory]
    [InlineData("""{"utm_source":"baidu"}""", "sem")]
    [InlineData("""{"utm_source":"wechat"}""", "social")]
    [InlineData("""{}""", "website")]
    [InlineData("""{"utm_source":"social"}""", "social")]
    [InlineData("""{"utm_source":"tv"}""", "website")]
    public async Task Submit_FillsTheHiddenFieldFromTheUrlParameter_ThroughTheMapElseAsGivenElseTheDefault(string parameters, string source)
    {
        var (entity, slug, _) = await PublishLeadFormAsync();
        using var visitor = _factory.Anonymous();

        await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", $$$"""{"data":{"name":"Wang"},"params":{{{parameters}}}}"""))
            .ReadJsonAsync(HttpStatusCode.Created);

        using var admin = await _factory.AdminAsync();
        Assert.Equal([source], (await admin.ListAsync(entity)).Strings("source"));
    }

    [Fact]
    public async Task Submit_Returns201_WhenTheBodyIsFlat()
    {
        var (entity, slug, _) = await PublishLeadFormAsync();
        using var visitor = _factory.Anonymous();

        var receipt = await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", """{"name":"王敏","grade":"A","budget":300,"utm_source":"baidu"}"""))
            .ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal(1, receipt.GetProperty("version").GetInt32());
        using var admin = await _factory.AdminAsync();
        var record = Assert.Single((await admin.ListAsync(entity)).Items());
        Assert.Equal("王敏", record.GetProperty("name").GetString());
        Assert.Equal(300, record.GetProperty("budget").GetInt32());
        Assert.Equal("sem", record.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Submit_Returns400SpamAndWritesNothing_WhenTheHoneypotIsFilled()
    {
        var (entity, slug, _) = await PublishLeadFormAsync();
        using var visitor = _factory.Anonymous();

        var problem = await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", """{"data":{"name":"Bot"},"_honeypot":"http://spam.example"}"""))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.EndsWith("/spam", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        using var admin = await _factory.AdminAsync();
        Assert.Equal(0, await admin.CountAsync(entity));
    }

    [Fact]
    public async Task Submit_Returns400SpamAndWritesNothing_WhenTheHoneypotOfAFlatBodyIsFilled()
    {
        var (entity, slug, _) = await PublishLeadFormAsync();
        using var visitor = _factory.Anonymous();

        var problem = await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", """{"name":"Bot","_honeypot":"x"}"""))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.EndsWith("/spam", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        using var admin = await _factory.AdminAsync();
        Assert.Equal(0, await admin.CountAsync(entity));
    }

    [Theory]
    [InlineData("""{"name":"Wang","grade":"Z"}""", "grade")]
    [InlineData("""{"name":"Wang","budget":"lots"}""", "budget")]
    [InlineData("""{"name":"Wang","grade":"A"}""", "budget")]
    public async Task Submit_Returns400KeyedByFieldAndWritesNothing_WhenTheDataIsInvalid(string data, string key)
    {
        var (entity, slug, _) = await PublishLeadFormAsync();
        using var visitor = _factory.Anonymous();

        await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", $$$"""{"data":{{{data}}}}""")).ReadValidationErrorAsync(key);

        using var admin = await _factory.AdminAsync();
        Assert.Equal(0, await admin.CountAsync(entity));
    }

    [Theory]
    [InlineData("ownerId", "1")]
    [InlineData("competitor", "\"Acme\"")]
    [InlineData("source", "\"sem\"")]
    [InlineData("code", "\"D-9999\"")]
    [InlineData("nope", "1")]
    public async Task Submit_Returns400AtTheMemberAndWritesNothing_WhenTheFormDoesNotShowIt(string member, string value)
    {
        var (entity, slug, _) = await PublishLeadFormAsync();
        using var visitor = _factory.Anonymous();

        await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", $$$"""{"data":{"name":"Wang","{{{member}}}":{{{value}}}}}"""))
            .ReadValidationErrorAsync(member);

        using var admin = await _factory.AdminAsync();
        Assert.Equal(0, await admin.CountAsync(entity));
    }

    [Fact]
    public async Task Submit_IsCheckedAgainstTheVersionItNames_WhenAnOlderVersionIsGiven()
    {
        using var admin = await _factory.AdminAsync();
        var (entity, slug) = await PublishTwoVersionsAsync(admin);
        using var visitor = _factory.Anonymous();

        var receipt = await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", """{"version":1,"data":{"name":"Wang","grade":"A"}}"""))
            .ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal(1, receipt.GetProperty("version").GetInt32());
        Assert.Equal(1, await admin.CountAsync(entity));
    }

    [Fact]
    public async Task Submit_IsCheckedAgainstTheLatestVersion_WhenNoVersionIsGiven()
    {
        using var admin = await _factory.AdminAsync();
        var (entity, slug) = await PublishTwoVersionsAsync(admin);
        using var visitor = _factory.Anonymous();

        await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", """{"data":{"name":"Wang","grade":"A"}}""")).ReadValidationErrorAsync("budget");

        var receipt = await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", """{"data":{"name":"Wang","grade":"A","budget":1}}"""))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, receipt.GetProperty("version").GetInt32());
        Assert.Equal(1, await admin.CountAsync(entity));
    }

    [Fact]
    public async Task Submit_Returns404Problem_WhenTheVersionDoesNotExist()
    {
        var (entity, slug, _) = await PublishLeadFormAsync();
        using var visitor = _factory.Anonymous();

        await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", """{"version":7,"data":{"name":"Wang"}}""")).ReadProblemAsync(HttpStatusCode.NotFound);

        using var admin = await _factory.AdminAsync();
        Assert.Equal(0, await admin.CountAsync(entity));
    }

    [Fact]
    public async Task Submit_ReturnsTheThankYouAndErrorsInChinese_WhenAcceptLanguageIsZhCn()
    {
        var (_, slug, _) = await PublishLeadFormAsync();
        using var visitor = _factory.Anonymous("zh-CN");

        var messages = await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", """{"data":{"grade":"A"}}""")).ReadValidationErrorAsync("budget");
        var receipt = await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", """{"data":{"grade":"A","budget":9}}""")).ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal("必填。", Assert.Single(messages));
        Assert.Equal("谢谢，我们已收到。", receipt.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Submit_ReturnsTheRedirectUrl_WhenTheFormHasOne()
    {
        using var admin = await _factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(entity, $$$"""
            {"slug":"{{{slug}}}","public":true,"layout":{{{FormSeed.Layout("name")}}},"submission":{"redirectUrl":"https://example.com/thanks"}}
            """);
        await admin.PublishFormAsync(entity, slug);
        using var visitor = _factory.Anonymous();

        var receipt = await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", """{"data":{"name":"Wang"}}""")).ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal("https://example.com/thanks", receipt.GetProperty("redirectUrl").GetString());
    }

    [Fact]
    public async Task Submit_Returns400AtBody_WhenTheBodyIsNotAnObject()
    {
        var (entity, slug, _) = await PublishLeadFormAsync();
        using var visitor = _factory.Anonymous();

        await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", """["name","Wang"]""")).ReadValidationErrorAsync("body");

        using var admin = await _factory.AdminAsync();
        Assert.Equal(0, await admin.CountAsync(entity));
    }

    /// <summary>A published public lead form (see <see cref="FormSeed.PublicFormBody"/>) with "budget required when grade is A".</summary>
    private async Task<(string Entity, string Slug, long Owner)> PublishLeadFormAsync()
    {
        using var admin = await _factory.AdminAsync();
        return await admin.PublishPublicFormAsync(FormSeed.BudgetWhenGradeA);
    }

    /// <summary>Version 1 without rules, version 2 requiring a budget for grade A.</summary>
    private async Task<(string Entity, string Slug)> PublishTwoVersionsAsync(HttpClient admin)
    {
        var (entity, slug, owner) = await admin.PublishPublicFormAsync();
        await admin.PutFormAsync(entity, slug, FormSeed.PublicFormBody(slug, owner, FormSeed.BudgetWhenGradeA));
        await admin.PublishFormAsync(entity, slug);
        return (entity, slug);
    }
}
