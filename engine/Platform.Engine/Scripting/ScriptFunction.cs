using System.Text.Json.Nodes;

namespace Platform.Engine.Scripting;

/// <summary>
/// A function a host adds to a script's globals (see <see cref="ScriptInput.Functions"/>). It receives the
/// script's arguments as JSON (<c>undefined</c> as null) and returns JSON, so it never hands the script a .NET
/// object; throwing <see cref="ScriptHostException"/> gives the script an <c>Error</c> it may catch.
/// </summary>
public delegate JsonNode? ScriptFunction(IReadOnlyList<JsonNode?> arguments);
