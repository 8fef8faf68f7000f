namespace Platform.Engine.Workflows.Expressions;

/// <summary>An expression that could not be evaluated; scripts give the line and column of the error.</summary>
public sealed class ExpressionException(string message, int? line = null, int? column = null) : Exception(message)
{
    public int? Line { get; } = line;

    public int? Column { get; } = column;
}
