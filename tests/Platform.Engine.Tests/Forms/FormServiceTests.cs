using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Forms;

namespace Platform.Engine.Tests.Forms;

public sealed class FormServiceTests : EngineTest
{
    private const string RequireBudgetForGradeA =
        """{"when":{"properties":{"grade":{"enum":["A"]}},"required":["grade"]},"effect":"require","field":"budget"}""";

    private FormService Forms => Engine.Get<FormService>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync("""
            {"slug":"deal","label":{"en":"Deal"},"fields":[
              {"slug":"name","type":"text","required":true},
              {"slug":"grade","type":"select","options":[{"value":"A"},{"value":"B"}]},
              {"slug":"budget","type":"currency"},
              {"slug":"status","type":"select","options":[{"value":"open"},{"value":"lost"}]},
              {"slug":"competitor","type":"text"},
              {"slug":"code","type":"autonumber","pattern":"D-{000}"}]}
            """);
    }

    private static FormDefinition Form(string json) => Json.Deserialize<FormDefinition>(json);

    private async Task<JsonObject> SaveAsync(string json)
    {
        var result = await Forms.CreateAsync("deal", Form(json), CancellationToken.None);
        Assert.True(result.IsSuccess, EngineFixture.Describe(result.Failure));
        return result.Value;
    }

    private async Task PublishAsync(string slug)
    {
        var result = await Forms.PublishAsync("deal", slug, EngineFixture.Admin, CancellationToken.None);
        Assert.True(result.IsSuccess, EngineFixture.Describe(result.Failure));
    }

    private async Task<IReadOnlyDictionary<string, string[]>> CreateErrorsAsync(string json)
    {
        var result = await Engine.Records.CreateAsync("deal", EngineFixture.Parse(json), EngineFixture.Admin, CancellationToken.None);
        return result.IsSuccess ? new Dictionary<string, string[]>() : Assert.IsType<ValidationFailure>(result.Failure).Errors;
    }

    [Fact]
    public async Task Create_TakesTheGeneratedLayout_WhenOnlyASlugIsGiven()
    {
        var form = await SaveAsync("""{"slug":"contact-us","public":true}""");
        var fields = form["layout"]!["sections"]![0]!["fields"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(["name", "grade", "budget", "status", "competitor"], fields);
        Assert.Equal("Deal", form["label"]!["en"]!.GetValue<string>());
        Assert.Equal(0, form["version"]!.GetValue<int>());
        Assert.NotNull(form["schema"]!["properties"]!["budget"]);
    }

    [Theory]
    [InlineData("""{"slug":"f","layout":{"sections":[{"id":"a","fields":["nope"]}]}}""", "layout.sections[0].fields")]
    [InlineData("""{"slug":"f","layout":{"sections":[{"id":"a","fields":["name"]},{"id":"a","fields":["name"]}]}}""", "layout.sections[1].id")]
    [InlineData("""{"slug":"f","layout":{"sections":[{"id":"a","columns":4,"fields":["name"]}]}}""", "layout.sections[0].columns")]
    [InlineData("""{"slug":"f","fields":{"budget":{"widget":"textarea"}}}""", "fields.budget.widget")]
    [InlineData("""{"slug":"f","fields":{"name":{"maxLength":5000}}}""", "fields.name.maxLength")]
    [InlineData("""{"slug":"f","fields":{"name":{"pattern":"(["}}}""", "fields.name.pattern")]
    [InlineData("""{"slug":"f","fields":{"name":{"required":false}}}""", "fields.name.required")]
    [InlineData("""{"slug":"f","rules":[{"when":{"properties":{"grade":{"const":"A"}}},"effect":"require","field":"budget"}]}""", "rules[0].when")]
    [InlineData("""{"slug":"f","rules":[{"when":{"required":["grade"]},"effect":"explode","field":"budget"}]}""", "rules[0].effect")]
    [InlineData("""{"slug":"f","rules":[{"when":{"required":["grade"]},"effect":"hide","field":"name"}]}""", "rules[0].field")]
    [InlineData("""{"slug":"f","hiddenFields":[{"field":"grade","param":"g"}]}""", "hiddenFields[0].field")]
    [InlineData("""{"slug":"f","submission":{"redirectUrl":"javascript:alert(1)"}}""", "submission.redirectUrl")]
    [InlineData("""{"slug":"Bad Slug"}""", "slug")]
    public async Task Save_IsRefusedAtTheOffendingPath_WhenTheDefinitionIsWrong(string json, string path)
    {
        var result = await Forms.CreateAsync("deal", Form(json), CancellationToken.None);
        Assert.Contains(path, Assert.IsType<ValidationFailure>(result.Failure).Errors.Keys);
    }

    [Fact]
    public async Task Publish_IsRefused_WhenARequiredFieldIsNotOnTheForm()
    {
        await SaveAsync("""{"slug":"short","layout":{"sections":[{"id":"a","fields":["grade"]}]}}""");
        var result = await Forms.PublishAsync("deal", "short", EngineFixture.Admin, CancellationToken.None);
        Assert.Contains("layout", Assert.IsType<ValidationFailure>(result.Failure).Errors.Keys);
    }

    [Fact]
    public async Task Publish_FreezesTheDraft_SoLaterEditsWaitForTheNextVersion()
    {
        await SaveAsync("""{"slug":"edit","isDefault":true}""");
        await PublishAsync("edit");
        await Forms.UpdateAsync("deal", "edit", Form($$"""{"isDefault":true,"rules":[{{RequireBudgetForGradeA}}]}"""), CancellationToken.None);

        Assert.Empty(await CreateErrorsAsync("""{"name":"Big one","grade":"A"}"""));

        await PublishAsync("edit");
        Assert.Equal(2, (await Forms.GetAsync("deal", "edit", CancellationToken.None)).Value!["version"]!.GetValue<int>());
        Assert.Equal(["Required."], (await CreateErrorsAsync("""{"name":"Big two","grade":"A"}"""))["budget"]);
    }

    [Fact]
    public async Task DefaultFormRules_ApplyToEveryWrite_IncludingUpdates()
    {
        await SaveAsync($$"""{"slug":"edit","isDefault":true,"rules":[{{RequireBudgetForGradeA}}]}""");
        await PublishAsync("edit");
        var deal = await Engine.CreateAsync("deal", """{"name":"Small","grade":"B"}""");

        var update = await Engine.Records.UpdateAsync("deal", (long)deal["id"]!, EngineFixture.Parse("""{"grade":"A"}"""), null, EngineFixture.Admin, CancellationToken.None);

        Assert.Equal(["Required."], Assert.IsType<ValidationFailure>(update.Failure).Errors["budget"]);
        Assert.Equal("B", (await Engine.Reader.GetAsync("deal", (long)deal["id"]!, CancellationToken.None)).Value!["grade"]);
    }

    [Fact]
    public async Task HiddenFields_AreNotChecked_UntilARuleShowsThem()
    {
        await SaveAsync("""
            {"slug":"edit","isDefault":true,"fields":{"competitor":{"maxLength":3}},
             "rules":[{"when":{"properties":{"status":{"enum":["lost"]}},"required":["status"]},"effect":"show","field":"competitor"}]}
            """);
        await PublishAsync("edit");

        Assert.Empty(await CreateErrorsAsync("""{"name":"A","status":"open","competitor":"Contoso"}"""));
        Assert.Equal(["At most 3 characters."], (await CreateErrorsAsync("""{"name":"B","status":"lost","competitor":"Contoso"}"""))["competitor"]);
    }

    [Fact]
    public async Task Overrides_AreEnforcedOnRecordWrites_WithMessagesInTheCallersLanguage()
    {
        await SaveAsync("""{"slug":"edit","isDefault":true,"fields":{"name":{"minLength":3},"budget":{"maximum":1000}}}""");
        await PublishAsync("edit");

        var errors = await CreateErrorsAsync("""{"name":"Al","budget":5000}""");
        Assert.Equal(["At least 3 characters."], errors["name"]);
        Assert.Equal(["Must be at most 1000."], errors["budget"]);
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        Assert.Equal(["至少 3 个字符。"], (await CreateErrorsAsync("""{"name":"Al"}"""))["name"]);
    }

    [Fact]
    public async Task OnlyOneForm_IsTheDefault()
    {
        await SaveAsync("""{"slug":"one","isDefault":true}""");
        await SaveAsync("""{"slug":"two","isDefault":true}""");
        var forms = (await Forms.ListAsync("deal", CancellationToken.None)).Value!;
        Assert.Equal(["two"], forms.Where(f => f.IsDefault).Select(f => f.Slug));
    }

    [Fact]
    public async Task RenamingAField_IsWrittenIntoLayoutsOverridesAndRules()
    {
        await SaveAsync($$$"""{"slug":"edit","fields":{"budget":{"maximum":10}},"rules":[{{{RequireBudgetForGradeA}}}]}""");
        await PublishAsync("edit");

        var renamed = await Engine.Fields.UpdateAsync("deal", "grade", new JsonObject { ["slug"] = "tier" }, CancellationToken.None);
        Assert.True(renamed.IsSuccess, EngineFixture.Describe(renamed.Failure));

        var form = (await Forms.GetAsync("deal", "edit", CancellationToken.None)).Value!;
        Assert.Contains("tier", form["layout"]!["sections"]![0]!["fields"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["tier"], form["rules"]![0]!["when"]!["required"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task DeletingAField_DropsItAndTheRulesThatNameIt()
    {
        await SaveAsync($$$"""{"slug":"edit","fields":{"grade":{"widget":"radio"}},"rules":[{{{RequireBudgetForGradeA}}}]}""");
        var deleted = await Engine.Fields.DeleteAsync("deal", "grade", true, CancellationToken.None);
        Assert.True(deleted.IsSuccess, EngineFixture.Describe(deleted.Failure));

        var form = (await Forms.GetAsync("deal", "edit", CancellationToken.None)).Value!;
        Assert.DoesNotContain("grade", form["layout"]!["sections"]![0]!["fields"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Empty(form["rules"]!.AsArray());
        Assert.Null(form["fields"]!["grade"]);
    }
}
