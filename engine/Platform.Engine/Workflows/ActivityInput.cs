namespace Platform.Engine.Workflows;

/// <summary>
/// An activity input as Elsa writes it: <c>{typeName, expression{type, value}}</c>, or a bare JSON
/// primitive, which is a Literal. The value stays JSON because its meaning depends on the expression type.
/// </summary>
public sealed record ActivityInput(string? TypeName, string ExpressionType, System.Text.Json.Nodes.JsonNode? Value)
{
    public const string Literal = "Literal";
}
