using System.Reflection;
using Platform.Engine.Storage;

namespace Platform.Engine.Tests.Architecture;

/// <summary>
/// Engine folders depend only on folders listed above them in ARCHITECTURE.md (Common on nothing).
/// Checked over every signature in the assembly: fields, properties, parameters, return and base types.
/// </summary>
public sealed class DependencyDirectionTests
{
    private static readonly string[] Order =
        ["Storage", "Scripting", "Entities", "Identity", "Forms", "Records", "Notifications", "Workflows", "Analytics", "Templates"];

    [Fact]
    public void EngineFolders_DependOnlyOnFoldersAboveThem()
    {
        var violations = new List<string>();
        foreach (var type in typeof(Database).Assembly.GetTypes())
        {
            var from = Folder(type);
            if (from is null)
            {
                continue;
            }
            foreach (var used in Referenced(type).Select(Folder).OfType<string>().Distinct())
            {
                if (used != "Common" && (from == "Common" || Array.IndexOf(Order, used) > Array.IndexOf(Order, from)))
                {
                    violations.Add($"{type.FullName} ({from}) uses {used}");
                }
            }
        }
        Assert.Empty(violations);
    }

    [Fact]
    public void Engine_DoesNotReferenceAspNetCore() =>
        Assert.DoesNotContain(typeof(Database).Assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));

    private static string? Folder(Type type)
    {
        var parts = (type.Namespace ?? "").Split('.');
        return parts.Length >= 3 && parts[0] == "Platform" && parts[1] == "Engine" ? parts[2] : null;
    }

    private static IEnumerable<Type> Referenced(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var direct = new List<Type?> { type.BaseType };
        direct.AddRange(type.GetInterfaces());
        direct.AddRange(type.GetFields(all).Select(f => f.FieldType));
        direct.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info)
            {
                direct.Add(info.ReturnType);
            }
        }
        return direct.OfType<Type>().SelectMany(Expand);
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        var element = type.HasElementType ? type.GetElementType()! : type;
        yield return element;
        if (element.IsGenericType)
        {
            foreach (var argument in element.GetGenericArguments().SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }
}
