using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Forms;

/// <summary>Forms keep pointing at their entity and its fields when those are renamed or deleted.</summary>
public sealed class FormEntityChangeTests(PublicFormServer server) : IClassFixture<PublicFormServer>
{
    private readonly PlatformFactory _factory = server.App;

    [Fact]
    public async Task FieldRename_IsWrittenIntoTheDefaultFormsRules_WhenTheRuleNamesTheField()
    {
        using var admin = await _factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        await admin.PublishDefaultFormAsync(entity, "{}", FormSeed.BudgetWhenGradeA);

        await (await admin.PatchJsonAsync($"/api/entities/{entity}/fields/grade", new { slug = "level" })).ReadJsonAsync(HttpStatusCode.OK);

        await (await admin.PostJsonAsync($"/api/entities/{entity}/records", new { level = "A" })).ReadValidationErrorAsync("budget");
        var form = await admin.GetJsonAsync($"/api/entities/{entity}/record-form");
        Assert.Contains("level", form.GetProperty("schema").GetProperty("properties").Names());
        Assert.Contains("\"level\"", Assert.Single(form.GetProperty("rules").EnumerateArray()).GetProperty("when").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FieldDelete_TakesTheFieldAndItsRulesOffTheForm_WhenAPublishedFormShowsIt()
    {
        using var admin = await _factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        await admin.PublishDefaultFormAsync(entity, "{}", FormSeed.BudgetWhenGradeA);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{entity}/fields/grade?confirm=true")).StatusCode);

        var form = await admin.GetJsonAsync($"/api/entities/{entity}/record-form");
        Assert.DoesNotContain("grade", form.GetProperty("schema").GetProperty("properties").Names());
        Assert.Equal(0, form.GetProperty("rules").GetArrayLength());
        await admin.CreateRecordAsync(entity, new { name = "No budget" });
    }

    [Fact]
    public async Task FieldRename_KeepsAPublicFormsFieldsAndHiddenFieldsWorking_WhenTheyNameTheField()
    {
        using var admin = await _factory.AdminAsync();
        var (entity, slug, _) = await admin.PublishPublicFormAsync();

        await (await admin.PatchJsonAsync($"/api/entities/{entity}/fields/source", new { slug = "channel" })).ReadJsonAsync(HttpStatusCode.OK);
        await (await admin.PatchJsonAsync($"/api/entities/{entity}/fields/name", new { slug = "full_name" })).ReadJsonAsync(HttpStatusCode.OK);

        using var visitor = _factory.Anonymous();
        var form = await visitor.GetJsonAsync($"/api/public/forms/{slug}");
        Assert.Equal(["full_name", "grade", "budget"], form.GetProperty("schema").GetProperty("properties").Names());
        await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", """{"data":{"full_name":"Wang"},"params":{"utm_source":"baidu"}}"""))
            .ReadJsonAsync(HttpStatusCode.Created);
        var record = Assert.Single((await admin.ListAsync(entity)).Items());
        Assert.Equal("Wang", record.GetProperty("full_name").GetString());
        Assert.Equal("sem", record.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task PublicForm_StillTakesSubmissions_WhenItsEntityIsRenamed()
    {
        using var admin = await _factory.AdminAsync();
        var (entity, slug, _) = await admin.PublishPublicFormAsync();
        var renamed = Seed.Slug("renamed");

        await (await admin.PatchJsonAsync($"/api/entities/{entity}", new { slug = renamed })).ReadJsonAsync(HttpStatusCode.OK);

        using var visitor = _factory.Anonymous();
        await visitor.GetJsonAsync($"/api/public/forms/{slug}");
        await (await visitor.PostJsonAsync($"/api/public/forms/{slug}", """{"data":{"name":"Wang"}}""")).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, await admin.CountAsync(renamed));
    }

    [Fact]
    public async Task Forms_AreListedUnderTheNewSlug_WhenTheEntityIsRenamed()
    {
        using var admin = await _factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{slug}}}"}""");
        var renamed = Seed.Slug("renamed");

        await (await admin.PatchJsonAsync($"/api/entities/{entity}", new { slug = renamed })).ReadJsonAsync(HttpStatusCode.OK);

        var forms = await admin.GetJsonAsync($"/api/entities/{renamed}/forms");
        Assert.Equal([slug], forms.EnumerateArray().Select(f => f.GetProperty("slug").GetString()));
        await admin.GetJsonAsync($"/api/entities/{renamed}/forms/{slug}");
    }

    [Fact]
    public async Task DefaultFormRules_StillApply_WhenTheEntityIsRenamed()
    {
        using var admin = await _factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        await admin.PublishDefaultFormAsync(entity, "{}", FormSeed.BudgetWhenGradeA);
        var renamed = Seed.Slug("renamed");

        await (await admin.PatchJsonAsync($"/api/entities/{entity}", new { slug = renamed })).ReadJsonAsync(HttpStatusCode.OK);

        await (await admin.PostJsonAsync($"/api/entities/{renamed}/records", new { grade = "A" })).ReadValidationErrorAsync("budget");
        Assert.Equal(0, await admin.CountAsync(renamed));
    }

    [Fact]
    public async Task Forms_AreGone_WhenTheEntityIsDeletedAndCreatedAgain()
    {
        using var admin = await _factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        await admin.PublishDefaultFormAsync(entity, "{}", FormSeed.BudgetWhenGradeA);
        await admin.CreateFormAsync(entity, FormSeed.PublicFormBody(slug, await admin.CreateMemberIdAsync()));
        await admin.PublishFormAsync(entity, slug);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{entity}?confirm=true")).StatusCode);
        await admin.CreateEntityAsync($$$"""{"slug":"{{{entity}}}","label":{"en":"Again"},"fields":[{"slug":"grade","type":"text"},{"slug":"budget","type":"number"}]}""");

        Assert.Equal(0, (await admin.GetJsonAsync($"/api/entities/{entity}/forms")).GetArrayLength());
        Assert.Equal(0, (await admin.GetJsonAsync($"/api/entities/{entity}/record-form")).GetProperty("version").GetInt32());
        await admin.CreateRecordAsync(entity, new { grade = "A" });
        using var visitor = _factory.Anonymous();
        await (await visitor.GetAsync($"/api/public/forms/{slug}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task FormSlug_IsFreeAgain_WhenItsEntityIsDeleted()
    {
        using var admin = await _factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var other = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{slug}}}"}""");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{entity}?confirm=true")).StatusCode);

        await admin.CreateFormAsync(other, $$$"""{"slug":"{{{slug}}}"}""");
    }

    [Fact]
    public async Task DefaultFormRules_StopApplying_WhenTheDefaultFormIsDeleted()
    {
        using var admin = await _factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var slug = await admin.PublishDefaultFormAsync(entity, "{}", FormSeed.BudgetWhenGradeA);
        await (await admin.PostJsonAsync($"/api/entities/{entity}/records", new { grade = "A" })).ReadValidationErrorAsync("budget");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/entities/{entity}/forms/{slug}")).StatusCode);

        await admin.CreateRecordAsync(entity, new { grade = "A" });
        Assert.Equal(0, (await admin.GetJsonAsync($"/api/entities/{entity}/record-form")).GetProperty("version").GetInt32());
    }
}
