using System.Text.Encodings.Web;
using System.Text.Json;

namespace Platform.Benchmarks;

/// <summary>One generated lead, in the values a client sends (the server assigns the code).</summary>
public sealed record Lead(
    string Name, string? Company, string Email, string Phone, string Source, string Stage,
    decimal? Budget, string City, string CreatedOn, int Score, string? Notes)
{
    // Chinese is sent as UTF-8, not \u escapes, as browsers and most clients send it.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("name", Name);
        WriteOptional(writer, "company", Company);
        writer.WriteString("email", Email);
        writer.WriteString("phone", Phone);
        writer.WriteString("source", Source);
        writer.WriteString("stage", Stage);
        if (Budget is { } budget)
        {
            writer.WriteNumber("budget", budget);
        }
        writer.WriteString("city", City);
        writer.WriteString("created_on", CreatedOn);
        writer.WriteNumber("score", Score);
        WriteOptional(writer, "notes", Notes);
        writer.WriteEndObject();
    }

    /// <summary>The create request body.</summary>
    public byte[] ToJson()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteTo(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A bulk request body: <c>{"records":[…]}</c>.</summary>
    public static byte[] BulkJson(IEnumerable<Lead> leads)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("records");
            foreach (var lead in leads)
            {
                lead.WriteTo(writer);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
