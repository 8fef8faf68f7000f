namespace Platform.Engine.Forms;

/// <summary>One broken constraint of a field: a code (<c>required</c>, <c>maxLength</c>…) and its message.</summary>
public sealed record FormError(string Code, string Message);
