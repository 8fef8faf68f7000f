using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Forms;

/// <summary>docs/forms.md "Versions": drafts, publishing, the designer's preview and the record screens' form.</summary>
public sealed class FormPublishTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task PublishForm_NumbersVersionsOneThenTwo_WhenPublishedTwice()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{slug}}}"}""");

        var first = await admin.PublishFormAsync(entity, slug);
        var second = await admin.PublishFormAsync(entity, slug);

        Assert.Equal(1, first.GetProperty("version").GetInt32());
        Assert.Equal(2, second.GetProperty("version").GetInt32());
        var listed = Assert.Single((await admin.GetJsonAsync($"/api/entities/{entity}/forms")).EnumerateArray());
        Assert.Equal(2, listed.GetProperty("version").GetInt32());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, listed.GetProperty("publishedAt").ValueKind);
    }

    [Fact]
    public async Task PublicForm_KeepsServingThePublishedVersion_UntilTheEditedDraftIsPublished()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{slug}}}","public":true,"label":{"en":"First"},"layout":{{{FormSeed.Layout("name")}}}}""");
        await admin.PublishFormAsync(entity, slug);
        using var visitor = factory.Anonymous();

        await admin.PutFormAsync(entity, slug, $$$"""{"slug":"{{{slug}}}","public":true,"label":{"en":"Second"},"layout":{{{FormSeed.Layout("name", "budget")}}}}""");
        var beforePublish = await visitor.GetJsonAsync($"/api/public/forms/{slug}");
        await admin.PublishFormAsync(entity, slug);
        var afterPublish = await visitor.GetJsonAsync($"/api/public/forms/{slug}");

        Assert.Equal(1, beforePublish.GetProperty("version").GetInt32());
        Assert.Equal("First", beforePublish.GetProperty("label").GetString());
        Assert.Equal(["name"], beforePublish.GetProperty("schema").GetProperty("properties").Names());
        Assert.Equal(2, afterPublish.GetProperty("version").GetInt32());
        Assert.Equal("Second", afterPublish.GetProperty("label").GetString());
        Assert.Equal(["name", "budget"], afterPublish.GetProperty("schema").GetProperty("properties").Names());
    }

    [Fact]
    public async Task PublishForm_Returns400AndStaysUnpublished_WhenARequiredFieldIsNeitherOnTheFormNorHidden()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync(nameRequired: true);
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{slug}}}","public":true,"layout":{{{FormSeed.Layout("budget")}}}}""");

        var messages = await (await admin.PostAsync($"/api/entities/{entity}/forms/{slug}/publish", null)).ReadValidationErrorAsync("layout");

        Assert.Contains("Name", Assert.Single(messages), StringComparison.Ordinal);
        Assert.Equal(0, (await admin.GetJsonAsync($"/api/entities/{entity}/forms/{slug}")).GetProperty("version").GetInt32());
        using var visitor = factory.Anonymous();
        await (await visitor.GetAsync($"/api/public/forms/{slug}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PublishForm_Succeeds_WhenARequiredFieldIsFilledByAHiddenField()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync(nameRequired: true);
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(entity, $$$"""
            {"slug":"{{{slug}}}","public":true,"layout":{{{FormSeed.Layout("budget")}}},"hiddenFields":[{"field":"name","param":"campaign","default":"Web lead"}]}
            """);

        var published = await admin.PublishFormAsync(entity, slug);

        Assert.Equal(1, published.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task PublishForm_Returns404Problem_WhenTheFormDoesNotExist()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();

        await (await admin.PostAsync($"/api/entities/{entity}/forms/no-form/publish", null)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PreviewForm_ReturnsSchemaUiSchemaAndRulesWithoutSaving_WhenTheDefinitionIsValid()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();

        var preview = await (await admin.PostJsonAsync($"/api/entities/{entity}/forms/preview", $$$"""
            {"slug":"{{{FormSeed.FormSlug()}}}","layout":{{{FormSeed.Layout("grade", "budget")}}},"fields":{"budget":{"maximum":500}},"rules":[{{{FormSeed.BudgetWhenGradeA}}}]}
            """)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["grade", "budget"], preview.GetProperty("schema").GetProperty("properties").Names());
        Assert.Equal(500, preview.GetProperty("schema").GetProperty("properties").GetProperty("budget").GetProperty("maximum").GetInt32());
        Assert.Equal(["grade", "budget"], preview.GetProperty("uiSchema").GetProperty("ui:order").StringItems());
        Assert.Equal("require", Assert.Single(preview.GetProperty("rules").EnumerateArray()).GetProperty("effect").GetString());
        Assert.Equal(0, (await admin.GetJsonAsync($"/api/entities/{entity}/forms")).GetArrayLength());
    }

    [Fact]
    public async Task PreviewForm_Returns400KeyedByPath_WhenTheDefinitionIsInvalid()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();

        var response = await admin.PostJsonAsync($"/api/entities/{entity}/forms/preview", """{"fields":{"budget":{"widget":"radio"}}}""");

        await response.ReadValidationErrorAsync("fields.budget.widget");
    }

    [Fact]
    public async Task RecordForm_IsTheGeneratedFormAtVersionZero_WhenTheEntityHasNoDefaultForm()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();

        var form = await admin.GetJsonAsync($"/api/entities/{entity}/record-form");

        Assert.Equal(0, form.GetProperty("version").GetInt32());
        Assert.Equal(FormSeed.DealFormFields, form.GetProperty("schema").GetProperty("properties").Names());
        Assert.Equal(FormSeed.DealFormFields, form.GetProperty("uiSchema").GetProperty("ui:order").StringItems());
        Assert.Equal(0, form.GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public async Task RecordForm_IgnoresTheDefaultForm_UntilItIsPublished()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{FormSeed.FormSlug()}}}","isDefault":true,"layout":{{{FormSeed.Layout("name")}}}}""");

        var form = await admin.GetJsonAsync($"/api/entities/{entity}/record-form");

        Assert.Equal(0, form.GetProperty("version").GetInt32());
        Assert.Equal(FormSeed.DealFormFields, form.GetProperty("schema").GetProperty("properties").Names());
    }

    [Fact]
    public async Task RecordForm_IsTheDefaultFormsPublishedVersion_WhenOneIsPublished()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var slug = await admin.PublishDefaultFormAsync(entity, """{"budget":{"maximum":500}}""", FormSeed.BudgetWhenGradeA);

        var form = await admin.GetJsonAsync($"/api/entities/{entity}/record-form");

        Assert.Equal(slug, form.GetProperty("slug").GetString());
        Assert.Equal(1, form.GetProperty("version").GetInt32());
        Assert.Equal(500, form.GetProperty("schema").GetProperty("properties").GetProperty("budget").GetProperty("maximum").GetInt32());
        var rule = Assert.Single(form.GetProperty("rules").EnumerateArray());
        Assert.Equal("budget", rule.GetProperty("field").GetString());
        Assert.Equal("require", rule.GetProperty("effect").GetString());
    }

    [Fact]
    public async Task DefaultForm_ClearsThePreviousDefault_WhenASecondFormIsMadeDefault()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var first = await admin.PublishDefaultFormAsync(entity);
        var second = await admin.PublishDefaultFormAsync(entity, "{}", FormSeed.BudgetWhenGradeA);

        var forms = await admin.GetJsonAsync($"/api/entities/{entity}/forms");

        Assert.Equal([second], forms.EnumerateArray().Where(f => f.GetProperty("isDefault").GetBoolean()).Select(f => f.GetProperty("slug").GetString()));
        Assert.False((await admin.GetJsonAsync($"/api/entities/{entity}/forms/{first}")).GetProperty("isDefault").GetBoolean());
        Assert.Equal(second, (await admin.GetJsonAsync($"/api/entities/{entity}/record-form")).GetProperty("slug").GetString());
    }
}
