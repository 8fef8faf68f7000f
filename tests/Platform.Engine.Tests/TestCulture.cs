using System.Globalization;
using System.Runtime.CompilerServices;

namespace Platform.Engine.Tests;

internal static class TestCulture
{
    /// <summary>Engine messages follow the UI culture; tests read them in English.</summary>
    [ModuleInitializer]
    internal static void UseEnglish()
    {
        CultureInfo.DefaultThreadCurrentUICulture = new CultureInfo("en");
        CultureInfo.CurrentUICulture = new CultureInfo("en");
    }
}
