using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Scripting;

namespace Platform.Engine.Tests.Entities;

/// <summary>docs/scripting.md "Completion": the declarations generated from an entity's definition.</summary>
public sealed class ScriptDeclarationsTests
{
    internal const string LeadJson = """
        {"slug":"sales_lead","label":{"zh-CN":"线索","en":"Lead"},"fields":[
          {"slug":"name","type":"text","label":{"zh-CN":"姓名","en":"Name"}},
          {"slug":"notes","type":"longtext"},
          {"slug":"email","type":"email"},
          {"slug":"phone","type":"phone"},
          {"slug":"website","type":"url"},
          {"slug":"budget","type":"number","label":{"zh-CN":"预算","en":"Budget"}},
          {"slug":"amount","type":"currency"},
          {"slug":"probability","type":"percent"},
          {"slug":"stars","type":"rating"},
          {"slug":"vip","type":"boolean"},
          {"slug":"follow_up","type":"date"},
          {"slug":"last_call","type":"datetime"},
          {"slug":"stage","type":"select","label":{"en":"Stage"},"options":[{"value":"new"},{"value":"qualified"},{"value":"lost"}]},
          {"slug":"tags","type":"multiselect","options":[{"value":"vip"},{"value":"hot"}]},
          {"slug":"owner","type":"user"},
          {"slug":"company","type":"relation","relation":{"entity":"company"}},
          {"slug":"code","type":"autonumber"},
          {"slug":"weighted","type":"formula","resultType":"number","formula":"record.amount * record.probability / 100"},
          {"slug":"summary","type":"formula","resultType":"text","formula":"record.name"},
          {"slug":"hot","type":"formula","resultType":"boolean","formula":"record.vip"},
          {"slug":"due","type":"formula","resultType":"date","formula":"record.follow_up"},
          {"slug":"due_at","type":"formula","resultType":"datetime","formula":"record.last_call"}]}
        """;

    private static readonly ScriptOptions Limits = new();

    private static string Generate(string json, params string[] entities) =>
        ScriptDeclarations.Generate(Json.Deserialize<EntityDefinition>(json), entities.Length == 0 ? ["sales_lead"] : entities, Limits);

    private static string Lead => Generate(LeadJson, "sales_lead", "company", "activity");

    [Theory]
    [InlineData("name", "string")]
    [InlineData("notes", "string")]
    [InlineData("email", "string")]
    [InlineData("phone", "string")]
    [InlineData("website", "string")]
    [InlineData("budget", "number")]
    [InlineData("amount", "number")]
    [InlineData("probability", "number")]
    [InlineData("stars", "number")]
    [InlineData("vip", "boolean")]
    [InlineData("follow_up", "string")]
    [InlineData("last_call", "string")]
    [InlineData("owner", "number")]
    [InlineData("company", "number")]
    [InlineData("code", "string")]
    [InlineData("weighted", "number")]
    [InlineData("summary", "string")]
    [InlineData("hot", "boolean")]
    [InlineData("due", "string")]
    [InlineData("due_at", "string")]
    public void Generate_DeclaresEachFieldWithTheTypeOfItsValue_OrNull(string field, string type)
    {
        Assert.Contains($"\n  {field}: {type} | null;\n", Lead);
    }

    [Fact]
    public void Generate_DeclaresASelectAsTheUnionOfItsOptionValues()
    {
        Assert.Contains("\n  stage: 'new' | 'qualified' | 'lost' | null;\n", Lead);
    }

    [Fact]
    public void Generate_DeclaresAMultiSelectAsAnArrayOfItsOptionValues()
    {
        Assert.Contains("\n  tags: ('vip' | 'hot')[] | null;\n", Lead);
    }

    [Fact]
    public void Generate_FallsBackToString_WhenASelectHasNoOptions()
    {
        var text = Generate("""{"slug":"t","label":{"en":"T"},"fields":[{"slug":"kind","type":"select"},{"slug":"labels","type":"multiselect"}]}""");
        Assert.Contains("\n  kind: string | null;\n", text);
        Assert.Contains("\n  labels: string[] | null;\n", text);
    }

    [Fact]
    public void Generate_EscapesOptionValues_SoEachStaysOneStringLiteral()
    {
        var text = Generate("""
            {"slug":"t","label":{"en":"T"},"fields":[{"slug":"size","type":"select","options":[
              {"value":"it's"},{"value":"back\\slash"},{"value":"two\nlines"},{"value":"a;b|c"}]}]}
            """);
        Assert.Contains(@"  size: 'it\'s' | 'back\\slash' | 'two\nlines' | 'a;b|c' | null;", text);
    }

    [Fact]
    public void Generate_WritesEachLabelInBothLanguagesAndTheTypeAsJsDoc()
    {
        Assert.Contains("\n  /** 预算 / Budget (number) */\n  budget: number | null;\n", Lead);
        Assert.Contains("\n  /** Stage (select) */\n  stage:", Lead);
        Assert.Contains("\n  /** company (relation: a record id of company) */\n  company:", Lead);
        Assert.Contains("/** 线索 / Lead */\ninterface SalesLeadRecord {\n", Lead);
        Assert.Contains("\n  /** weighted (formula returning number, read-only) */\n  weighted:", Lead);
    }

    [Fact]
    public void Generate_KeepsALabelFromClosingTheComment()
    {
        var text = Generate("""{"slug":"t","label":{"en":"T"},"fields":[{"slug":"x","type":"text","label":{"en":"a */ b\nc"}}]}""");
        Assert.Contains("  /** a *\\/ b c (text) */\n", text);
    }

    [Theory]
    [InlineData("id", "number")]
    [InlineData("version", "number")]
    [InlineData("createdAt", "string")]
    [InlineData("updatedAt", "string")]
    [InlineData("createdBy", "number")]
    [InlineData("ownerId", "number")]
    public void Generate_DeclaresTheSystemMembersReadOnly(string member, string type)
    {
        Assert.Contains($"\n  readonly {member}: {type} | null;\n", Lead);
    }

    [Fact]
    public void Generate_DeclaresRecordAndPreviousOfTheEntityType()
    {
        Assert.Contains("\ndeclare const record: SalesLeadRecord;\n", Lead);
        Assert.Contains("\ndeclare const previous: SalesLeadRecord | null;\n", Lead);
    }

    [Fact]
    public void Generate_LetsRelatedNameEveryEntity_AndStatesTheRowCap()
    {
        Assert.Contains("declare function related(entity: 'activity' | 'company' | 'sales_lead', filter?: Record<string, unknown>): Record<string, unknown>[];", Lead);
        Assert.Contains($"at most {Limits.RelatedRowCap} matching", Lead);
    }

    [Fact]
    public void Generate_DeclaresTheScriptApi()
    {
        string[] expected =
        [
            "declare const user: ScriptUser | null;", "interface ScriptUser {", "interface WorkingDays {",
            "add(date: string | Date, days: number): string;", "between(from: string | Date, to: string | Date): number;",
            "isWorkingDay(date: string | Date): boolean;", "addHours(date: string | Date, hours: number): Date;",
            "declare const workingDays: WorkingDays;", "declare function now(): Date;", "declare function log(...values: unknown[]): void;",
            "declare function emit(name: string, data?: unknown): void;",
        ];
        Assert.All(expected, line => Assert.Contains(line, Lead));
    }

    [Fact]
    public void Generate_DocumentsEveryGlobalAndApiMember()
    {
        var lines = Lead.Split('\n');
        var undocumented = lines.Select((line, i) => (line, i))
            .Where(l => l.line.TrimStart().StartsWith("declare ", StringComparison.Ordinal) || l.line.StartsWith("  ", StringComparison.Ordinal) && l.line.EndsWith(';'))
            .Where(l => !lines[l.i - 1].TrimStart().StartsWith("/** ", StringComparison.Ordinal))
            .Select(l => l.line);
        Assert.Empty(undocumented);
    }

    [Fact]
    public void Generate_DeclaresAnUnknownFieldTypeAsUnknown()
    {
        var entity = new EntityDefinition { Slug = "t", Fields = [new FieldDefinition { Slug = "future", Type = "hologram" }] };
        Assert.Contains("\n  future: unknown | null;\n", ScriptDeclarations.Generate(entity, ["t"], Limits));
    }
}
