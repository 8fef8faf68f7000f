using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Forms;

namespace Platform.Engine.Tests.Forms;

public sealed class FormSchemaBuilderTests
{
    private static readonly EntityDefinition Lead = Json.Deserialize<EntityDefinition>("""
        {"slug":"lead","label":{"zh-CN":"线索","en":"Lead"},"fields":[
          {"slug":"name","type":"text","required":true,"maxLength":50,"label":{"zh-CN":"姓名","en":"Name"},"help":{"en":"Full name"}},
          {"slug":"notes","type":"longtext"},
          {"slug":"email","type":"email"},
          {"slug":"phone","type":"phone"},
          {"slug":"site","type":"url"},
          {"slug":"employees","type":"number"},
          {"slug":"budget","type":"currency"},
          {"slug":"share","type":"percent"},
          {"slug":"vip","type":"boolean"},
          {"slug":"met_on","type":"date"},
          {"slug":"call_at","type":"datetime"},
          {"slug":"status","type":"select","options":[{"value":"new","label":{"zh-CN":"新建","en":"New"}},{"value":"lost","label":{"zh-CN":"流失","en":"Lost"}}]},
          {"slug":"tags","type":"multiselect","options":[{"value":"vip","label":{"en":"VIP"}}]},
          {"slug":"owner_user","type":"user"},
          {"slug":"account","type":"relation","relation":{"entity":"account"}},
          {"slug":"code","type":"autonumber","pattern":"L-{0000}"},
          {"slug":"score","type":"rating","max":3}]}
        """);

    private static readonly FormDefinition Everything = new() { Slug = "all", Layout = FormSchemaBuilder.DefaultLayout(Lead) };

    [Theory]
    [InlineData("name", """{"type":"string","maxLength":50}""")]
    [InlineData("notes", """{"type":"string","maxLength":100000}""")]
    [InlineData("email", """{"type":"string","maxLength":254,"pattern":"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"}""")]
    [InlineData("phone", """{"type":"string","maxLength":40,"pattern":"^\\+?[0-9(][0-9 ()\\-]{4,30}[0-9]$"}""")]
    [InlineData("site", """{"type":"string","maxLength":2048,"pattern":"^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$"}""")]
    [InlineData("employees", """{"type":"integer"}""")]
    [InlineData("budget", """{"type":"number"}""")]
    [InlineData("share", """{"type":"number"}""")]
    [InlineData("vip", """{"type":"boolean"}""")]
    [InlineData("met_on", """{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}""")]
    [InlineData("status", """{"type":"string","enum":["new","lost"]}""")]
    [InlineData("tags", """{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["vip"]}}""")]
    [InlineData("owner_user", """{"type":"integer"}""")]
    [InlineData("account", """{"type":"integer"}""")]
    [InlineData("score", """{"type":"integer","minimum":0,"maximum":3}""")]
    public void Schema_DescribesEachFieldType(string field, string expected)
    {
        var property = FormSchemaBuilder.Schema(Lead, Everything, "en")["properties"]![field]!.AsObject();
        property.Remove("title");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), property), property.ToJsonString());
    }

    [Fact]
    public void Schema_LeavesOutAutoNumbers_WhichTheSystemFillsIn()
    {
        var schema = FormSchemaBuilder.Schema(Lead, Everything, "en");
        Assert.Null(schema["properties"]!["code"]);
        Assert.DoesNotContain("code", Everything.Layout!.Sections[0].Fields);
    }

    [Fact]
    public void Schema_RequiresWhatTheEntityOrTheFormRequires()
    {
        var form = Everything with { Fields = new() { ["email"] = new FormFieldSettings { Required = true } } };
        var required = FormSchemaBuilder.Schema(Lead, form, "en")["required"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(["name", "email"], required);
    }

    [Fact]
    public void Overrides_NarrowButNeverWidenTheField()
    {
        var form = Everything with
        {
            Fields = new()
            {
                ["name"] = new FormFieldSettings { MinLength = 2, MaxLength = 500, Pattern = "^[A-Z]" },
                ["budget"] = new FormFieldSettings { Minimum = 0, Maximum = 1000.5 },
            },
        };
        var properties = FormSchemaBuilder.Schema(Lead, form, "en")["properties"]!;
        Assert.Equal(2, properties["name"]!["minLength"]!.GetValue<int>());
        Assert.Equal(50, properties["name"]!["maxLength"]!.GetValue<int>());
        Assert.Equal("^[A-Z]", properties["name"]!["pattern"]!.GetValue<string>());
        Assert.Equal(0, properties["budget"]!["minimum"]!.GetValue<long>());
        Assert.Equal(1000.5, properties["budget"]!["maximum"]!.GetValue<double>());
    }

    [Theory]
    [InlineData("zh-CN", "姓名", "流失")]
    [InlineData("en", "Name", "Lost")]
    public void Texts_AreInTheRequestedLanguage(string language, string title, string lostLabel)
    {
        var schema = FormSchemaBuilder.Schema(Lead, Everything, language);
        var ui = FormSchemaBuilder.UiSchema(Lead, Everything, language);
        Assert.Equal(title, schema["properties"]!["name"]!["title"]!.GetValue<string>());
        Assert.Equal(lostLabel, ui["status"]!["ui:enumNames"]![1]!.GetValue<string>());
    }

    [Fact]
    public void UiSchema_CarriesSectionsOrderWidgetsAndOverrides()
    {
        var form = new FormDefinition
        {
            Slug = "contact",
            Layout = new FormLayout
            {
                Sections =
                [
                    new FormSection { Id = "who", Title = new() { ["en"] = "Who" }, Columns = 2, Fields = ["name", "email"] },
                    new FormSection { Id = "what", Title = new() { ["en"] = "What" }, Fields = ["status", "account", "score"] },
                ],
            },
            Fields = new()
            {
                ["name"] = new FormFieldSettings { Placeholder = new() { ["en"] = "Jane Doe" }, Help = new() { ["en"] = "As on the card" } },
                ["status"] = new FormFieldSettings { Widget = "radio", OptionLabels = new() { ["lost"] = new() { ["en"] = "Gone" } } },
            },
        };
        var ui = FormSchemaBuilder.UiSchema(Lead, form, "en");
        Assert.Equal(["name", "email", "status", "account", "score"], ui["ui:order"]!.AsArray().Select(n => n!.GetValue<string>()));
        var sections = ui["ui:options"]!["sections"]!.AsArray();
        Assert.Equal(2, sections[0]!["columns"]!.GetValue<int>());
        Assert.Equal("What", sections[1]!["title"]!.GetValue<string>());
        Assert.Equal("Jane Doe", ui["name"]!["ui:placeholder"]!.GetValue<string>());
        Assert.Equal("As on the card", ui["name"]!["ui:help"]!.GetValue<string>());
        Assert.Equal("radio", ui["status"]!["ui:widget"]!.GetValue<string>());
        Assert.Equal(["New", "Gone"], ui["status"]!["ui:enumNames"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("account", ui["account"]!["ui:options"]!["entity"]!.GetValue<string>());
        Assert.Equal(3, ui["score"]!["ui:options"]!["max"]!.GetValue<int>());
    }

    [Fact]
    public async Task RecordWrites_SkipAForm_OnlyWhenItAddsNothingToTheFieldsOwnChecks()
    {
        Assert.False((await FormCompiler.CompileAsync(Lead, Everything, 0)).ChecksBeyondFields);
        var narrowed = Everything with { Fields = new() { ["name"] = new FormFieldSettings { MinLength = 2 } } };
        Assert.True((await FormCompiler.CompileAsync(Lead, narrowed, 1)).ChecksBeyondFields);
        var required = Everything with { Fields = new() { ["email"] = new FormFieldSettings { Required = true } } };
        Assert.True((await FormCompiler.CompileAsync(Lead, required, 1)).ChecksBeyondFields);
        var ruled = Everything with { Rules = [Json.Deserialize<FormRule>("""{"when":{"required":["vip"]},"effect":"require","field":"notes"}""")] };
        Assert.True((await FormCompiler.CompileAsync(Lead, ruled, 1)).ChecksBeyondFields);
    }

    [Theory]
    [InlineData("zh-CN", "新线索")]
    [InlineData("en", "New")]
    public void StageField_OffersItsStagesByLabel_InTheRequestedLanguage(string language, string firstLabel)
    {
        var deal = Json.Deserialize<EntityDefinition>("""
            {"slug":"deal","fields":[{"slug":"stage","type":"stage","stages":[
              {"value":"new","label":{"zh-CN":"新线索","en":"New"}},{"value":"won","category":"won"}]}]}
            """);
        var form = new FormDefinition { Slug = "all", Layout = FormSchemaBuilder.DefaultLayout(deal) };
        var schema = FormSchemaBuilder.Schema(deal, form, language);
        var ui = FormSchemaBuilder.UiSchema(deal, form, language);
        Assert.Equal(["new", "won"], schema["properties"]!["stage"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal([firstLabel, "won"], ui["stage"]!["ui:enumNames"]!.AsArray().Select(n => n!.GetValue<string>()));
    }
}
