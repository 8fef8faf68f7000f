using System.Text;

namespace Platform.Engine.Records.Transfers;

/// <summary>Recognises an uploaded spreadsheet by its bytes and opens the matching reader.</summary>
internal static class TableFiles
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TableFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// <c>xlsx</c> for a zip (an Office Open XML workbook), <c>csv</c> for text, null for the old binary
    /// .xls format, which is not read.
    /// </summary>
    public static string? Detect(Stream stream)
    {
        Span<byte> head = stackalloc byte[4];
        var read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read == 4 && head is [0x50, 0x4B, 0x03, 0x04])
        {
            return Xlsx;
        }
        return read == 4 && head is [0xD0, 0xCF, 0x11, 0xE0] ? null : Csv;
    }

    public static ITableReader Open(Stream stream, string format) =>
        format == Xlsx ? new XlsxTableReader(stream) : new CsvTableReader(stream, TextEncoding(stream));

    /// <summary>
    /// The text's encoding: what a byte order mark says, else UTF-8 when every byte sequence is valid
    /// UTF-8, else GB18030 (a superset of GBK, which Excel in China uses for "CSV"). The whole file is
    /// checked, a chunk at a time: a file whose first thousand lines are ASCII can still be GBK further down.
    /// </summary>
    public static Encoding TextEncoding(Stream stream)
    {
        Span<byte> bom = stackalloc byte[3];
        var read = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
        stream.Position = 0;
        // The reader itself follows a byte order mark (UTF-8 or UTF-16), whatever it is given.
        if ((read >= 2 && bom[..2] is [0xFF, 0xFE] or [0xFE, 0xFF]) || (read == 3 && bom is [0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8;
        }
        var encoding = IsUtf8(stream) ? (Encoding)Encoding.UTF8 : Encoding.GetEncoding("GB18030");
        stream.Position = 0;
        return encoding;
    }

    private static bool IsUtf8(Stream stream)
    {
        var decoder = StrictUtf8.GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[StrictUtf8.GetMaxCharCount(bytes.Length)];
        try
        {
            int count;
            while ((count = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, count, chars, 0, flush: false);
            }
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
