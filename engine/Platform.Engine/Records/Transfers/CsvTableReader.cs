using System.Text;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// A streaming RFC 4180 reader: quoted cells with doubled quotes, line breaks inside quotes, CRLF, LF or
/// CR line ends. Only one record is held at a time, so a file of any length reads in bounded memory.
/// The delimiter is taken from the header line (comma, tab or semicolon, whichever appears most outside
/// quotes), because Excel writes tabs for "Unicode text" and semicolons in some locales.
/// </summary>
internal sealed class CsvTableReader : ITableReader
{
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _cell = new();
    private int _length;
    private int _position;
    private int _width = 8;
    private char _delimiter;

    public CsvTableReader(Stream stream, Encoding encoding)
    {
        _reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        _delimiter = ',';
        Fill();
        _delimiter = GuessDelimiter();
        Headers = ReadRecord() is { } header ? [.. header.Select(h => ((string?)h)?.Trim() ?? "")] : [];
        _width = Math.Max(Headers.Count, 1);
    }

    public IReadOnlyList<string> Headers { get; }

    public IEnumerable<TableRow> Rows()
    {
        var number = 1;
        while (ReadRecord() is { } record)
        {
            number++;
            if (record.Length == 1 && record[0] is null)
            {
                // A blank line: nothing to import, but it keeps its place in the numbering.
                continue;
            }
            yield return new TableRow(number, record);
        }
    }

    /// <summary>The next record's cells (empty cells are null), or null at the end of the input.</summary>
    private object?[]? ReadRecord()
    {
        if (!Available())
        {
            return null;
        }
        var cells = new List<object?>(_width);
        while (true)
        {
            var (cell, end) = ReadCell();
            cells.Add(cell);
            if (end)
            {
                return [.. cells];
            }
        }
    }

    /// <summary>One cell; <c>end</c> is true when it closed the record (line end or end of input).</summary>
    private (string? Cell, bool End) ReadCell()
    {
        _cell.Clear();
        var quoted = Available() && _buffer[_position] == '"';
        if (quoted)
        {
            _position++;
            ReadQuoted();
        }
        while (Available())
        {
            var c = _buffer[_position++];
            if (c == _delimiter)
            {
                return (Text(quoted), false);
            }
            if (c is '\r' or '\n')
            {
                if (c == '\r' && Available() && _buffer[_position] == '\n')
                {
                    _position++;
                }
                return (Text(quoted), true);
            }
            // Text after a closing quote, or a quote inside an unquoted cell, is kept as written.
            _cell.Append(c);
        }
        return (Text(quoted), true);
    }

    private void ReadQuoted()
    {
        while (Available())
        {
            var c = _buffer[_position++];
            if (c != '"')
            {
                _cell.Append(c);
            }
            else if (Available() && _buffer[_position] == '"')
            {
                _cell.Append('"');
                _position++;
            }
            else
            {
                return;
            }
        }
    }

    private string? Text(bool quoted) => _cell.Length == 0 && !quoted ? null : _cell.ToString();

    private bool Available()
    {
        if (_position < _length)
        {
            return true;
        }
        Fill();
        return _position < _length;
    }

    private void Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
    }

    private char GuessDelimiter()
    {
        int commas = 0, tabs = 0, semicolons = 0;
        var quoted = false;
        for (var i = 0; i < _length; i++)
        {
            var c = _buffer[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }
        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    public void Dispose() => _reader.Dispose();
}
