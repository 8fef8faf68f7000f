using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Forms;

/// <summary>Malformed form definitions and submissions get a clear 4xx problem, never a 500, and change nothing.</summary>
public sealed class FormBadInputTests(PublicFormServer server) : IClassFixture<PublicFormServer>
{
    private readonly PlatformFactory _factory = server.App;

    [Theory]
    [InlineData("""{"slug":"Contact Us"}""", "slug")]
    [InlineData("""{"layout":{"sections":[{"id":"a","columns":1,"fields":["name"]},{"id":"a","columns":1,"fields":["budget"]}]}}""", "layout.sections[1].id")]
    [InlineData("""{"fields":{"nope":{"widget":"text"}}}""", "fields.nope")]
    [InlineData("""{"fields":{"grade":{"optionLabels":{"Z":{"en":"Zed"}}}}}""", "fields.grade.optionLabels.Z")]
    [InlineData("""{"fields":{"budget":{"minimum":10,"maximum":5}}}""", "fields.budget.maximum")]
    [InlineData("""{"fields":{"name":{"minLength":5,"maxLength":3}}}""", "fields.name.minLength")]
    [InlineData("""{"rules":[{"when":"grade is A","effect":"show","field":"budget"}]}""", "rules[0].when")]
    [InlineData("""{"rules":[{"effect":"show","field":"budget"}]}""", "rules[0].when")]
    [InlineData("""{"rules":[{"when":{"properties":{"nope":{"enum":["A"]}}},"effect":"show","field":"budget"}]}""", "rules[0].when")]
    [InlineData("""{"rules":[{"when":{"if":{"required":["grade"]},"then":{}},"effect":"show","field":"budget"}]}""", "rules[0].when")]
    [InlineData("""{"rules":[{"when":{"required":["grade"]},"effect":"show","field":"nope"}]}""", "rules[0].field")]
    [InlineData("""{"layout":{"sections":[{"id":"a","columns":1,"fields":["name"]}]},"hiddenFields":[{"field":"source","param":"utm source"}]}""", "hiddenFields[0].param")]
    [InlineData("""{"layout":{"sections":[{"id":"a","columns":1,"fields":["name"]}]},"hiddenFields":[{"field":"source","param":"s","map":{"x":"tv"}}]}""", "hiddenFields[0].map")]
    [InlineData("""{"layout":{"sections":[{"id":"a","columns":1,"fields":["name"]}]},"hiddenFields":[{"field":"source","param":"s","default":"tv"}]}""", "hiddenFields[0].default")]
    [InlineData("""{"layout":{"sections":[{"id":"a","columns":1,"fields":["name"]}]},"hiddenFields":[{"field":"code","param":"s"}]}""", "hiddenFields[0].field")]
    public async Task CreateForm_Returns400KeyedByPathAndSavesNothing_WhenAnotherPartIsInvalid(string parts, string key)
    {
        using var admin = await _factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var body = parts.StartsWith("""{"slug""", StringComparison.Ordinal) ? parts : $$$"""{"slug":"{{{FormSeed.FormSlug()}}}",""" + parts[1..];

        await (await admin.PostJsonAsync($"/api/entities/{entity}/forms", body)).ReadValidationErrorAsync(key);

        Assert.Equal(0, (await admin.GetJsonAsync($"/api/entities/{entity}/forms")).GetArrayLength());
    }

    [Theory]
    [InlineData("""{"budget":{"pattern":"^[0-9]+$"}}""", "fields.budget.pattern")]
    [InlineData("""{"budget":{"minLength":1}}""", "fields.budget.minLength")]
    [InlineData("""{"name":{"maximum":10}}""", "fields.name.maximum")]
    public async Task CreateForm_Returns400AtTheSettingSent_WhenTheFieldTypeDoesNotTakeIt(string fields, string key)
    {
        using var admin = await _factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();

        var response = await admin.PostJsonAsync($"/api/entities/{entity}/forms", $$$"""{"slug":"{{{FormSeed.FormSlug()}}}","fields":{{{fields}}}}""");

        await response.ReadValidationErrorAsync(key);
    }

    [Theory]
    [InlineData("""{"required":"grade"}""")]
    [InlineData("""{"properties":{"grade":{"enum":"A"}},"required":["grade"]}""")]
    [InlineData("""{"properties":{"grade":{"type":"strin"}},"required":["grade"]}""")]
    [InlineData("""{"properties":{"budget":{"minimum":"lots"}},"required":["budget"]}""")]
    public async Task CreateForm_Returns400AtTheRulesCondition_WhenAKeywordHasAValueOfTheWrongShape(string when)
    {
        using var admin = await _factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();

        var response = await admin.PostJsonAsync($"/api/entities/{entity}/forms",
            $$$"""{"slug":"{{{FormSeed.FormSlug()}}}","rules":[{"when":{{{when}}},"effect":"require","field":"budget"}]}""");

        await response.ReadValidationErrorAsync("rules[0].when");
        Assert.Equal(0, (await admin.GetJsonAsync($"/api/entities/{entity}/forms")).GetArrayLength());
    }

    [Fact]
    public async Task CreateRecord_DoesNotFailWith500_WhenTheDefaultFormWasSavedWithAMalformedCondition()
    {
        using var admin = await _factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();
        var slug = FormSeed.FormSlug();
        var saved = await admin.PostJsonAsync($"/api/entities/{entity}/forms",
            $$$"""{"slug":"{{{slug}}}","isDefault":true,"rules":[{"when":{"required":"grade"},"effect":"require","field":"budget"}]}""");
        if (saved.StatusCode == HttpStatusCode.Created)
        {
            await admin.PostAsync($"/api/entities/{entity}/forms/{slug}/publish", null);
        }

        var response = await admin.PostJsonAsync($"/api/entities/{entity}/records", new { name = "Any" });

        Assert.True((int)response.StatusCode < 500, $"Got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task CreateForm_Returns400Problem_WhenTheBodyDoesNotBind()
    {
        using var admin = await _factory.AdminAsync();
        var entity = await admin.CreateDealEntityAsync();

        var response = await admin.PostJsonAsync($"/api/entities/{entity}/forms", """{"slug":"bad","layout":{"sections":[{"id":"a","columns":"two"}]}}""");

        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, (await admin.GetJsonAsync($"/api/entities/{entity}/forms")).GetArrayLength());
    }

    [Theory]
    [InlineData("""{"version":"1","data":{"name":"Wang"}}""")]
    [InlineData("""{"version":null,"data":{"name":"Wang"}}""")]
    [InlineData("""{"version":true,"data":{"name":"Wang"}}""")]
    public async Task Submit_DoesNotFailWith500_WhenTheVersionIsNotANumber(string body)
    {
        using var admin = await _factory.AdminAsync();
        var (entity, slug, _) = await admin.PublishPublicFormAsync();
        using var visitor = _factory.Anonymous();

        var response = await visitor.PostJsonAsync($"/api/public/forms/{slug}", body);

        Assert.True((int)response.StatusCode < 500, $"Got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Submit_Returns400Problem_WhenTheBodyIsNotJson()
    {
        using var admin = await _factory.AdminAsync();
        var (entity, slug, _) = await admin.PublishPublicFormAsync();
        using var visitor = _factory.Anonymous();

        var response = await visitor.PostJsonAsync($"/api/public/forms/{slug}", """{"data":{"name":"Wang""");

        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await admin.CountAsync(entity));
    }
}
