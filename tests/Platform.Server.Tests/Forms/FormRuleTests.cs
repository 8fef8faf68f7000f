using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Forms;

/// <summary>docs/forms.md "How a record is checked": the default form's published rules apply to every record write.</summary>
public sealed class FormRuleTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task CreateRecord_Returns400AtBudgetAndWritesNothing_WhenGradeIsAAndBudgetIsMissing()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        await admin.PublishDefaultFormAsync(entity, "{}", FormSeed.BudgetWhenGradeA);
        await admin.CreateRecordAsync(entity, new { name = "Existing", grade = "B" });

        var messages = await (await admin.PostJsonAsync($"/api/entities/{entity}/records", new { name = "Big", grade = "A" })).ReadValidationErrorAsync("budget");

        Assert.Equal("Required.", Assert.Single(messages));
        Assert.Equal(1, await admin.CountAsync(entity));
    }

    [Fact]
    public async Task CreateRecord_Returns201_WhenGradeIsAAndBudgetIsGiven()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        await admin.PublishDefaultFormAsync(entity, "{}", FormSeed.BudgetWhenGradeA);

        var record = await admin.CreateRecordAsync(entity, new { name = "Big", grade = "A", budget = 5000 });

        Assert.Equal(5000, record.GetProperty("budget").GetInt32());
        Assert.Equal(1, await admin.CountAsync(entity));
    }

    [Fact]
    public async Task CreateRecord_IgnoresTheRule_WhileTheDefaultFormIsOnlyADraft()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{FormSeed.FormSlug()}}}","isDefault":true,"rules":[{{{FormSeed.BudgetWhenGradeA}}}]}""");

        await admin.CreateRecordAsync(entity, new { name = "Big", grade = "A" });

        Assert.Equal(1, await admin.CountAsync(entity));
    }

    [Fact]
    public async Task PatchRecord_Returns400AtBudgetAndKeepsTheRecord_WhenItSetsGradeAOnARecordWithoutBudget()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        await admin.PublishDefaultFormAsync(entity, "{}", FormSeed.BudgetWhenGradeA);
        var id = await admin.CreateRecordIdAsync(entity, new { name = "Small", grade = "B" });

        var response = await admin.PatchJsonAsync($"/api/entities/{entity}/records/{id}", new { grade = "A" }, ifMatch: "\"1\"");

        await response.ReadValidationErrorAsync("budget");
        var record = await admin.GetJsonAsync($"/api/entities/{entity}/records/{id}");
        Assert.Equal("B", record.GetProperty("grade").GetString());
        Assert.Equal(1, record.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task PatchRecord_Returns200_WhenTheRecordAlreadyHasTheBudgetTheRuleRequires()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        await admin.PublishDefaultFormAsync(entity, "{}", FormSeed.BudgetWhenGradeA);
        var id = await admin.CreateRecordIdAsync(entity, new { name = "Small", grade = "B", budget = 10 });

        var record = await (await admin.PatchJsonAsync($"/api/entities/{entity}/records/{id}", new { grade = "A" }, ifMatch: "\"1\"")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("A", record.GetProperty("grade").GetString());
    }

    [Fact]
    public async Task CreateRecord_AcceptsAValueTheFormRefuses_WhileAShowRuleHidesTheField()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        await admin.PublishDefaultFormAsync(entity, """{"competitor":{"maxLength":5}}""", FormSeed.CompetitorWhenLost);

        var record = await admin.CreateRecordAsync(entity, new { status = "new", competitor = "Much too long" });

        Assert.Equal("Much too long", record.GetProperty("competitor").GetString());
    }

    [Fact]
    public async Task CreateRecord_Returns400AtTheField_WhenAShowRuleShowsItWithAValueTheFormRefuses()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        await admin.PublishDefaultFormAsync(entity, """{"competitor":{"maxLength":5}}""", FormSeed.CompetitorWhenLost);

        var messages = await (await admin.PostJsonAsync($"/api/entities/{entity}/records", new { status = "lost", competitor = "Much too long" }))
            .ReadValidationErrorAsync("competitor");

        Assert.Equal("At most 5 characters.", Assert.Single(messages));
        Assert.Equal(0, await admin.CountAsync(entity));
    }

    [Theory]
    [InlineData("""{"name":"Al"}""", "name", "At least 3 characters.")]
    [InlineData("""{"budget":1001}""", "budget", "Must be at most 1000.")]
    [InlineData("""{"budget":-1}""", "budget", "Must be at least 0.")]
    [InlineData("""{"competitor":"acme"}""", "competitor", "Not in the expected format.")]
    [InlineData("""{"tags":["vip"],"name":"Al"}""", "name", "At least 3 characters.")]
    public async Task CreateRecord_Returns400WithTheMessage_WhenAFormOverrideIsBroken(string body, string key, string message)
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        await admin.PublishDefaultFormAsync(entity, """
            {"name":{"minLength":3},"budget":{"minimum":0,"maximum":1000},"competitor":{"pattern":"^[A-Z]"}}
            """);

        var messages = await (await admin.PostJsonAsync($"/api/entities/{entity}/records", body)).ReadValidationErrorAsync(key);

        Assert.Equal(message, Assert.Single(messages));
        Assert.Equal(0, await admin.CountAsync(entity));
    }

    [Fact]
    public async Task CreateRecord_Returns201_WhenEveryFormOverrideIsMet()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        await admin.PublishDefaultFormAsync(entity, """
            {"name":{"minLength":3},"budget":{"minimum":0,"maximum":1000},"competitor":{"pattern":"^[A-Z]"}}
            """);

        await admin.CreateRecordAsync(entity, new { name = "Ada", budget = 1000, competitor = "Acme" });

        Assert.Equal(1, await admin.CountAsync(entity));
    }

    [Fact]
    public async Task CreateRecord_Returns400AtTheFieldTheFormRequires_WhenTheEntityDoesNotRequireIt()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        await admin.PublishDefaultFormAsync(entity, """{"closes":{"required":true}}""");

        await (await admin.PostJsonAsync($"/api/entities/{entity}/records", new { name = "No date" })).ReadValidationErrorAsync("closes");

        Assert.Equal(0, await admin.CountAsync(entity));
    }

    [Theory]
    [InlineData("zh-CN", "必填。")]
    [InlineData("en", "Required.")]
    public async Task RuleError_IsInTheCallersLanguage_WhenAcceptLanguageIsSent(string language, string message)
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        await admin.PublishDefaultFormAsync(entity, "{}", FormSeed.BudgetWhenGradeA);
        using var client = await factory.AdminAsync(language);

        var messages = await (await client.PostJsonAsync($"/api/entities/{entity}/records", new { grade = "A" })).ReadValidationErrorAsync("budget");

        Assert.Equal(message, Assert.Single(messages));
    }

    [Fact]
    public async Task OverrideError_IsInChinese_WhenAcceptLanguageIsZhCn()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        await admin.PublishDefaultFormAsync(entity, """{"budget":{"maximum":1000}}""");
        using var client = await factory.AdminAsync("zh-CN");

        var messages = await (await client.PostJsonAsync($"/api/entities/{entity}/records", new { budget = 5000 })).ReadValidationErrorAsync("budget");

        Assert.Equal("不能大于 1000。", Assert.Single(messages));
    }

    [Fact]
    public async Task BulkCreate_Returns400AtTheRecordsBudgetAndWritesNothing_WhenOneRecordBreaksARule()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        await admin.PublishDefaultFormAsync(entity, "{}", FormSeed.BudgetWhenGradeA);

        var response = await admin.PostJsonAsync($"/api/entities/{entity}/records/bulk",
            new { records = new object[] { new { name = "Fine", grade = "A", budget = 1 }, new { name = "Broken", grade = "A" } } });

        await response.ReadValidationErrorAsync("records[1].budget");
        Assert.Equal(0, await admin.CountAsync(entity));
    }
}
