using System.Net;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Forms;

/// <summary>docs/forms.md "API": creating, reading, replacing and deleting form definitions.</summary>
public sealed class FormDefinitionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task CreateForm_Returns201WithTheGeneratedLayout_WhenOnlySlugAndPublicAreGiven()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();

        var response = await admin.PostJsonAsync($"/api/entities/{entity}/forms", """{"slug":"contact-us","public":true}""");

        var form = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.EndsWith($"/api/entities/{entity}/forms/contact-us", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("contact-us", form.GetProperty("slug").GetString());
        Assert.True(form.GetProperty("public").GetBoolean());
        Assert.Equal(0, form.GetProperty("version").GetInt32());
        var section = Assert.Single(form.GetProperty("layout").GetProperty("sections").EnumerateArray());
        Assert.Equal(FormSeed.DealFormFields, section.GetProperty("fields").StringItems());
        Assert.Equal(FormSeed.DealFormFields, form.GetProperty("schema").GetProperty("properties").Names());
        Assert.Equal(FormSeed.DealFormFields, form.GetProperty("uiSchema").GetProperty("ui:order").StringItems());
    }

    [Fact]
    public async Task CreateForm_LeavesAutoNumbersOff_WhenTheLayoutIsGenerated()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();

        var form = await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{FormSeed.FormSlug()}}}"}""");

        Assert.DoesNotContain("code", form.GetProperty("layout").GetProperty("sections")[0].GetProperty("fields").StringItems());
        Assert.False(form.GetProperty("schema").GetProperty("properties").TryGetProperty("code", out _));
        Assert.False(form.GetProperty("uiSchema").TryGetProperty("code", out _));
    }

    [Theory]
    [InlineData("name", """{"type":"string","maxLength":1000}""", "text")]
    [InlineData("grade", """{"type":"string","enum":["A","B"]}""", "select")]
    [InlineData("budget", """{"type":"integer"}""", "updown")]
    [InlineData("tags", """{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["vip","new"]}}""", "checkboxes")]
    [InlineData("closes", """{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}""", "date")]
    [InlineData("won", """{"type":"boolean"}""", "checkbox")]
    public async Task CreateForm_GeneratesTheSchemaTypeAndWidget_ForEachFieldType(string field, string expected, string widget)
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();

        var form = await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{FormSeed.FormSlug()}}}"}""");

        var property = form.GetProperty("schema").GetProperty("properties").GetProperty(field);
        foreach (var keyword in JsonDocument.Parse(expected).RootElement.EnumerateObject())
        {
            Assert.True(property.TryGetProperty(keyword.Name, out var actual), $"{field} has no {keyword.Name}: {property}");
            Assert.Equal(keyword.Value.GetRawText(), actual.GetRawText());
        }
        Assert.Equal(widget, form.GetProperty("uiSchema").GetProperty(field).GetProperty("ui:widget").GetString());
    }

    [Theory]
    [InlineData("zh-CN", "等级", "甲级,乙级")]
    [InlineData("en", "Grade", "Grade A,Grade B")]
    public async Task GetForm_GivesTitlesAndOptionLabelsInTheRequestLanguage_WhenAcceptLanguageIsSent(string language, string title, string labels)
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{slug}}}","public":true}""");
        using var client = await factory.AdminAsync(language);

        var form = await client.GetJsonAsync($"/api/entities/{entity}/forms/{slug}");

        Assert.Equal(title, form.GetProperty("schema").GetProperty("properties").GetProperty("grade").GetProperty("title").GetString());
        Assert.Equal(labels.Split(','), form.GetProperty("uiSchema").GetProperty("grade").GetProperty("ui:enumNames").StringItems());
    }

    [Fact]
    public async Task ListForms_ReturnsTheEntitysForms_WhenSomeExist()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var other = await admin.CreateDealEntityAsync();
        var first = FormSeed.FormSlug();
        var second = FormSeed.FormSlug();
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{first}}}"}""");
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{second}}}","public":true}""");
        await admin.CreateFormAsync(other, $$$"""{"slug":"{{{FormSeed.FormSlug()}}}"}""");

        var forms = await admin.GetJsonAsync($"/api/entities/{entity}/forms");

        Assert.Equal([first, second], forms.EnumerateArray().Select(f => f.GetProperty("slug").GetString()));
        Assert.All(forms.EnumerateArray(), f => Assert.Equal(0, f.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task PutForm_ReplacesTheDraft_WhenValid()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{slug}}}","public":true,"fields":{"name":{"minLength":2} } }""");

        await admin.PutFormAsync(entity, slug, $$$"""
            {"slug":"{{{slug}}}","label":{"en":"Short"},"layout":{{{FormSeed.Layout("name", "budget")}}},"fields":{"budget":{"maximum":10} } }
            """);

        var form = await admin.GetJsonAsync($"/api/entities/{entity}/forms/{slug}");
        Assert.False(form.GetProperty("public").GetBoolean());
        Assert.Equal("Short", form.GetProperty("schema").GetProperty("title").GetString());
        Assert.Equal(["name", "budget"], form.GetProperty("schema").GetProperty("properties").Names());
        Assert.False(form.GetProperty("schema").GetProperty("properties").GetProperty("name").TryGetProperty("minLength", out _));
        Assert.Equal(10, form.GetProperty("schema").GetProperty("properties").GetProperty("budget").GetProperty("maximum").GetInt32());
    }

    [Fact]
    public async Task DeleteForm_Returns204ThenGetReturns404_WhenItExisted()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{slug}}}"}""");

        var response = await admin.DeleteAsync($"/api/entities/{entity}/forms/{slug}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await admin.GetAsync($"/api/entities/{entity}/forms/{slug}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.DeleteAsync($"/api/entities/{entity}/forms/{slug}")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await admin.GetJsonAsync($"/api/entities/{entity}/forms")).GetArrayLength());
    }

    [Fact]
    public async Task CreateForm_Returns400AtSlug_WhenAnotherEntityAlreadyUsesTheSlug()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var other = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(other, $$$"""{"slug":"{{{slug}}}"}""");

        await (await admin.PostJsonAsync($"/api/entities/{entity}/forms", $$$"""{"slug":"{{{slug}}}"}""")).ReadValidationErrorAsync("slug");

        Assert.Equal(0, (await admin.GetJsonAsync($"/api/entities/{entity}/forms")).GetArrayLength());
    }

    [Fact]
    public async Task FormRoutes_Return404Problem_WhenTheEntityDoesNotExist()
    {
        using var admin = await factory.AdminAsync();

        await (await admin.GetAsync("/api/entities/no_entity/forms")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostJsonAsync("/api/entities/no_entity/forms", """{"slug":"x"}""")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync("/api/entities/no_entity/record-form")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetForm_Returns404Problem_WhenTheFormBelongsToAnotherEntity()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var other = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(other, $$$"""{"slug":"{{{slug}}}"}""");

        await (await admin.GetAsync($"/api/entities/{entity}/forms/{slug}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.DeleteAsync($"/api/entities/{entity}/forms/{slug}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await admin.GetJsonAsync($"/api/entities/{other}/forms/{slug}");
    }

    [Theory]
    [InlineData("""{"layout":{"sections":[{"id":"a","columns":1,"fields":["name","nope"]}]}}""", "layout.sections[0].fields")]
    [InlineData("""{"layout":{"sections":[{"id":"a","columns":1,"fields":["name"]},{"id":"b","columns":1,"fields":["budget","name"]}]}}""", "layout.sections[1].fields")]
    [InlineData("""{"layout":{"sections":[{"id":"a","columns":4,"fields":["name"]}]}}""", "layout.sections[0].columns")]
    [InlineData("""{"fields":{"budget":{"widget":"radio"}}}""", "fields.budget.widget")]
    [InlineData("""{"fields":{"name":{"maxLength":1001}}}""", "fields.name.maxLength")]
    [InlineData("""{"fields":{"name":{"pattern":"(["}}}""", "fields.name.pattern")]
    [InlineData("""{"rules":[{"when":{"properties":{"grade":{"const":"A"}},"required":["grade"]},"effect":"require","field":"budget"}]}""", "rules[0].when")]
    [InlineData("""{"rules":[{"when":{"required":["grade"]},"effect":"blink","field":"budget"}]}""", "rules[0].effect")]
    [InlineData("""{"rules":[{"when":{"required":["grade"]},"effect":"hide","field":"name"}]}""", "rules[0].field")]
    [InlineData("""{"hiddenFields":[{"field":"source","param":"utm_source"}]}""", "hiddenFields[0].field")]
    [InlineData("""{"submission":{"redirectUrl":"javascript:alert(1)"}}""", "submission.redirectUrl")]
    [InlineData("""{"submission":{"ownerId":987654}}""", "submission.ownerId")]
    public async Task CreateForm_Returns400KeyedByPathAndSavesNothing_WhenAPartIsInvalid(string parts, string key)
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync(nameRequired: true);
        var body = $$$"""{"slug":"{{{FormSeed.FormSlug()}}}",""" + parts[1..];

        await (await admin.PostJsonAsync($"/api/entities/{entity}/forms", body)).ReadValidationErrorAsync(key);

        Assert.Equal(0, (await admin.GetJsonAsync($"/api/entities/{entity}/forms")).GetArrayLength());
    }

    [Fact]
    public async Task PutForm_Returns400AndKeepsTheDraft_WhenTheNewDefinitionIsInvalid()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{slug}}}","layout":{{{FormSeed.Layout("name")}}}}""");

        var response = await admin.PutAsync($"/api/entities/{entity}/forms/{slug}",
            HttpJson.Content($$$"""{"slug":"{{{slug}}}","layout":{"sections":[{"id":"a","columns":4,"fields":["budget"]}]}}"""));

        await response.ReadValidationErrorAsync("layout.sections[0].columns");
        var form = await admin.GetJsonAsync($"/api/entities/{entity}/forms/{slug}");
        Assert.Equal(["name"], form.GetProperty("schema").GetProperty("properties").Names());
    }

    [Fact]
    public async Task ReadForms_Returns200_WhenCallerIsAMember()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{slug}}}"}""");
        using var member = (await factory.UserAsync(admin)).Client;

        Assert.Equal(1, (await member.GetJsonAsync($"/api/entities/{entity}/forms")).GetArrayLength());
        Assert.Equal(slug, (await member.GetJsonAsync($"/api/entities/{entity}/forms/{slug}")).GetProperty("slug").GetString());
        Assert.Equal(0, (await member.GetJsonAsync($"/api/entities/{entity}/record-form")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task ChangeForms_Returns403Problem_WhenCallerIsAMember()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{slug}}}","layout":{{{FormSeed.Layout("name")}}}}""");
        using var member = (await factory.UserAsync(admin)).Client;
        var url = $"/api/entities/{entity}/forms";

        await (await member.PostJsonAsync(url, $$$"""{"slug":"{{{FormSeed.FormSlug()}}}"}""")).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PutAsync($"{url}/{slug}", HttpJson.Content($$$"""{"slug":"{{{slug}}}"}"""))).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostAsync($"{url}/{slug}/publish", null)).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostJsonAsync($"{url}/preview", """{"slug":"p"}""")).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await member.DeleteAsync($"{url}/{slug}")).ReadProblemAsync(HttpStatusCode.Forbidden);

        var form = Assert.Single((await admin.GetJsonAsync(url)).EnumerateArray());
        Assert.Equal(0, form.GetProperty("version").GetInt32());
        Assert.Equal(["name"], form.GetProperty("layout").GetProperty("sections")[0].GetProperty("fields").StringItems());
    }

    [Fact]
    public async Task FormRoutes_Return401Problem_WhenAnonymous()
    {
        using var admin = await factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        await admin.CreateFormAsync(entity, $$$"""{"slug":"{{{slug}}}","public":true}""");
        await admin.PublishFormAsync(entity, slug);
        using var anonymous = factory.Anonymous();
        var url = $"/api/entities/{entity}/forms";

        await (await anonymous.GetAsync(url)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync($"{url}/{slug}")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync($"/api/entities/{entity}/record-form")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostJsonAsync(url, $$$"""{"slug":"{{{FormSeed.FormSlug()}}}"}""")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PutAsync($"{url}/{slug}", HttpJson.Content($$$"""{"slug":"{{{slug}}}"}"""))).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsync($"{url}/{slug}/publish", null)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.DeleteAsync($"{url}/{slug}")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(1, (await admin.GetJsonAsync(url)).GetArrayLength());
    }
}
