using System.Diagnostics;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Scripting;

namespace Platform.Engine.Tests.Entities;

/// <summary>
/// The generated declarations are real TypeScript: the compiler of the UI's toolchain
/// (designer-ui/node_modules, installed before the tests run) accepts them and checks a rule against them.
/// </summary>
public sealed class ScriptDeclarationsCompilerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "platform-tests", "tsc-" + Guid.NewGuid().ToString("N"));

    public ScriptDeclarationsCompilerTests() => Directory.CreateDirectory(_folder);

    private static string Declarations()
    {
        var lead = Json.Deserialize<EntityDefinition>(ScriptDeclarationsTests.LeadJson);
        var tricky = new FieldDefinition
        {
            Slug = "size", Type = FieldTypeNames.Select, Label = new() { ["en"] = "Size */ (big)" },
            Options = [new() { Value = "it's" }, new() { Value = "back\\slash" }, new() { Value = "two\nlines" }, new() { Value = "/* x */" }],
        };
        return ScriptDeclarations.Generate(lead with { Fields = [.. lead.Fields, tricky] }, ["sales_lead", "company"], new ScriptOptions());
    }

    [Fact]
    public void Declarations_CompileWithTypeScript_TogetherWithARuleThatUsesThem()
    {
        var (exit, output) = Compile(Declarations(), """
            const budget: number = record.budget ?? 0;
            const weighted: number = record.weighted ?? 0;
            const hot: boolean = record.hot === true;
            const stage: 'new' | 'qualified' | 'lost' | null = record.stage;
            const tags: string[] = record.tags ?? [];
            const size = record.size === 'it\'s' ? 1 : 0;
            const changed = previous !== null && previous.stage !== record.stage;
            const due: string = workingDays.add(now(), 2);
            const days: number = workingDays.between('2026-01-01', new Date());
            const at: Date = workingDays.addHours(now(), 4);
            const working: boolean = workingDays.isWorkingDay(due);
            const activities = related('company', { name: 'Acme' }).length;
            log('score', budget, weighted, hot, stage, tags, size, changed, days, at, working, user?.name, user?.industries.length, record.id);
            emit('scored', { budget });
            return budget > 100 ? 'big' : true;
            """);
        Assert.True(exit == 0, output);
    }

    [Theory]
    [InlineData("a misspelt field", "return record.budgte > 5;", "Property 'budgte' does not exist on type 'SalesLeadRecord'")]
    [InlineData("a user that may be missing", "return user.region === 'Shanghai';", "'user' is possibly 'null'")]
    [InlineData("an option the field does not have", "return record.stage === 'won';", "TS2367: This comparison appears to be unintentional because the types")]
    [InlineData("related() of an unknown entity", "return related('invoice').length;", "TS2345: Argument of type '\"invoice\"' is not assignable")]
    public void Declarations_LetTypeScriptCatchAMistake(string mistake, string rule, string message)
    {
        var (exit, output) = Compile(Declarations(), rule);
        Assert.True(exit != 0, $"tsc accepted {mistake}");
        Assert.Contains(message, output);
    }

    /// <summary>Runs tsc on the declarations and a rule (wrapped as a function body, as rules are run).</summary>
    private (int Exit, string Output) Compile(string declarations, string rule)
    {
        var tsc = RepoFiles.PathOf("designer-ui", "node_modules", "typescript", "bin", "tsc");
        Assert.True(File.Exists(tsc), $"The TypeScript compiler is missing at {tsc}: run `npm ci` in designer-ui first.");
        File.WriteAllText(Path.Combine(_folder, "entity.d.ts"), declarations);
        File.WriteAllText(Path.Combine(_folder, "rule.ts"), "function rule() {\n" + rule + "\n}\n");
        // The working folder has no node_modules, so no @types package from elsewhere joins the compilation;
        // the scripts' world is ES2023 without a DOM.
        var start = new ProcessStartInfo("node") { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { tsc, "--noEmit", "--strict", "--target", "es2023", "--lib", "es2023", "--pretty", "false", "entity.d.ts", "rule.ts" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), "tsc did not finish within 120 s");
        return (process.ExitCode, output.Result + errors.Result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
