using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Scripting;

namespace Platform.Engine.Tests.Scripting;

public sealed class LiquidTemplatesTests
{
    private static readonly LiquidTemplates Templates = new();

    [Fact]
    public void Render_FillsNestedValuesListsAndFilters()
    {
        var model = new JsonObject
        {
            ["record"] = new JsonObject { ["name"] = "Acme", ["amount"] = 12000 },
            ["owners"] = new JsonArray("Li", "Wang"),
        };

        var text = Templates.Render("{{ record.name | upcase }} {{ record.amount }}{% for o in owners %} {{ o }}{% endfor %}", model);

        Assert.True(text.IsSuccess);
        Assert.Equal("ACME 12000 Li Wang", text.Value);
    }

    [Fact]
    public void Render_ReportsSyntaxErrors_KeyedByTheInput()
    {
        var text = Templates.Render("Hello {% if %}", [], "subject");

        Assert.False(text.IsSuccess);
        var failure = Assert.IsType<ValidationFailure>(text.Failure);
        Assert.Contains("subject", failure.Errors.Keys);
        Assert.NotNull(LiquidTemplates.CheckSyntax("Hello {% if %}"));
        Assert.Null(LiquidTemplates.CheckSyntax("Hello {{ name }}"));
    }
}
