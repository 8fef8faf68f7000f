using Platform.Engine.Common;

namespace Platform.Engine.Tests;

public sealed class TextsTests
{
    [Fact]
    public void EveryMessage_HasChineseAndEnglish_WithTheSamePlaceholders()
    {
        foreach (var (key, zh, en) in Texts.Entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(zh), key);
            Assert.False(string.IsNullOrWhiteSpace(en), key);
            Assert.Equal(Placeholders(zh), Placeholders(en));
        }
    }

    private static string Placeholders(string text) =>
        string.Concat(System.Text.RegularExpressions.Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order(StringComparer.Ordinal));
}
