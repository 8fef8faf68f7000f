using System.Globalization;
using System.Text;

namespace Platform.Engine.Tests.Records.Transfers;

/// <summary>
/// A CSV of leads with Chinese headers and known bad rows: a malformed email every 97th row, a budget that
/// is not a number every 89th, a missing name every 113th, and every 127th reuses row 1's email (a unique
/// field). Row 1 is always good, so the reuse is always a conflict.
/// </summary>
internal static class LeadFile
{
    public static (string Csv, int Good) Generate(int rows)
    {
        var csv = new StringBuilder("姓名,邮箱,预算,来源,见面日期\r\n");
        var good = 0;
        for (var i = 1; i <= rows; i++)
        {
            var badEmail = i % 97 == 0;
            var badBudget = i % 89 == 0;
            var noName = i % 113 == 0;
            var reused = i % 127 == 0;
            good += badEmail || badBudget || noName || reused ? 0 : 1;
            var email = badEmail ? $"c{i}-at-example.com" : reused ? "c1@example.com" : $"c{i}@example.com";
            var budget = badBudget ? "lots" : (i * 10.5m).ToString("#,##0.00", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"{(noName ? "" : "客户" + i)},{email},\"{budget}\",{(i % 2 == 0 ? "官网" : "展会")},2026/6/{1 + (i % 28)}\r\n");
        }
        return (csv.ToString(), good);
    }
}
