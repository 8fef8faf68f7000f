using System.Text;
using Platform.Engine.Records.Transfers;

namespace Platform.Engine.Tests.Records.Transfers;

public sealed class CsvTableReaderTests
{
    static CsvTableReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static (IReadOnlyList<string> Headers, List<TableRow> Rows) Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var reader = TableFiles.Open(stream, TableFiles.Csv);
        return (reader.Headers, reader.Rows().ToList());
    }

    private static (IReadOnlyList<string> Headers, List<TableRow> Rows) Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Read_UnquotesCells_WithDelimitersQuotesAndLineBreaksInside()
    {
        var (headers, rows) = Read("name,notes\r\n\"Wang, Wei\",\"said \"\"hi\"\"\nthen left\"\r\nAnn,plain\r\n");

        Assert.Equal(["name", "notes"], headers);
        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { "Wang, Wei", "said \"hi\"\nthen left" }, rows[0].Cells);
        Assert.Equal(new object?[] { "Ann", "plain" }, rows[1].Cells);
    }

    [Fact]
    public void Read_NumbersRowsAsASpreadsheetShowsThem_WhenLinesAreBlankOrCellsSpanLines()
    {
        var (_, rows) = Read("name,notes\n\"A\",\"two\nlines\"\n\nB,x\n");

        Assert.Equal([2, 4], rows.Select(r => r.Number));
    }

    [Fact]
    public void Read_TreatsEmptyCellsAsEmpty_AndQuotedEmptyTextAlike()
    {
        var (_, rows) = Read("a,b,c\n,\"\",x");

        Assert.Null(rows[0].Cells[0]);
        Assert.Equal("", rows[0].Cells[1]);
        Assert.Equal("x", rows[0].Cells[2]);
    }

    [Fact]
    public void Read_DropsTheByteOrderMark_FromTheFirstHeader()
    {
        var (headers, _) = Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("姓名,邮箱\n张三,a@b.cn")]);

        Assert.Equal("姓名", headers[0]);
    }

    [Fact]
    public void Read_DecodesGbk_WhenTheBytesAreNotUtf8()
    {
        var gbk = Encoding.GetEncoding("GBK").GetBytes("姓名,城市\n张三,上海\n");

        var (headers, rows) = Read(gbk);

        Assert.Equal(["姓名", "城市"], headers);
        Assert.Equal(new object?[] { "张三", "上海" }, rows[0].Cells);
    }

    [Fact]
    public void Read_DecodesGbk_WhenTheFirstNonAsciiByteIsFarIntoTheFile()
    {
        var text = "name,city\n" + string.Concat(Enumerable.Repeat("Ann,London\n", 20_000)) + "张三,上海\n";

        var (_, rows) = Read(Encoding.GetEncoding("GB18030").GetBytes(text));

        Assert.Equal(new object?[] { "张三", "上海" }, rows[^1].Cells);
    }

    [Fact]
    public void Read_SplitsOnTabs_WhenTheHeaderIsTabSeparated()
    {
        var (headers, rows) = Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("姓名\t金额\n张三\t1,200\n")]);

        Assert.Equal(["姓名", "金额"], headers);
        Assert.Equal(new object?[] { "张三", "1,200" }, rows[0].Cells);
    }

    [Fact]
    public void Read_SplitsOnSemicolons_WhenTheHeaderUsesThem()
    {
        var (headers, rows) = Read("name;budget\nAnn;1,5\n");

        Assert.Equal(["name", "budget"], headers);
        Assert.Equal(new object?[] { "Ann", "1,5" }, rows[0].Cells);
    }
}
