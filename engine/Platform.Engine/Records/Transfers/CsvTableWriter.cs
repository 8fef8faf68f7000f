using System.Text;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// Writes CSV as Excel reads it: UTF-8 with a byte order mark (without one, Excel in China reads the file
/// as GBK and Chinese turns to noise), CRLF line ends, RFC 4180 quoting.
/// </summary>
internal sealed class CsvTableWriter(Stream output) : IAsyncDisposable
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
    private readonly StringBuilder _line = new();

    public async Task WriteRowAsync(IEnumerable<string?> cells, CancellationToken ct)
    {
        _line.Clear();
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                _line.Append(',');
            }
            first = false;
            Append(cell ?? "");
        }
        _line.Append("\r\n");
        await _writer.WriteAsync(_line, ct);
    }

    public Task FlushAsync(CancellationToken ct) => _writer.FlushAsync(ct);

    private void Append(string cell)
    {
        var text = SpreadsheetText.Guard(cell);
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0 && (text.Length == 0 || (text[0] != ' ' && text[^1] != ' ')))
        {
            _line.Append(text);
            return;
        }
        _line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.FlushAsync();
        await _writer.DisposeAsync();
    }
}
