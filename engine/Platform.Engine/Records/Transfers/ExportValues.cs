using System.Globalization;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// Record values as people read them: option labels, yes/no, dates and local times, user names, the
/// names of linked records. A CSV gets text throughout; a workbook gets numbers and dates as typed cells,
/// so that they sort and add up.
/// </summary>
internal sealed class ExportValues(TimeZoneInfo zone)
{
    private readonly string _language = Languages.Current;

    public object? Typed(ExportColumn column, object? value) => (column.Field.Type, value) switch
    {
        (_, null) => null,
        (FieldTypeNames.Date, string date) => DateTime.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        (FieldTypeNames.DateTime, string instant) => Local(instant),
        (FieldTypeNames.Number or FieldTypeNames.Currency or FieldTypeNames.Percent or FieldTypeNames.Rating, _) => value,
        _ => Text(column, value),
    };

    public string? Text(ExportColumn column, object? value) => (column.Field.Type, value) switch
    {
        (_, null) => null,
        (FieldTypeNames.Boolean, bool flag) => Texts.Get(flag ? "transfer.yes" : "transfer.no"),
        (FieldTypeNames.DateTime, string instant) => Local(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        (FieldTypeNames.Percent, _) => Convert.ToString(value, CultureInfo.InvariantCulture) + "%",
        (FieldTypeNames.Select, string option) => Label(column.Field, option),
        (FieldTypeNames.MultiSelect, string[] options) => string.Join(_language == Languages.Chinese ? "、" : ", ", options.Select(o => Label(column.Field, o))),
        (FieldTypeNames.User, IDictionary<string, object?> user) => user.TryGetValue("name", out var name) ? name as string : null,
        (FieldTypeNames.Relation, IDictionary<string, object?> record) => Named(column, record),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private DateTime Local(string instant) => TimeZoneInfo.ConvertTime(Timestamps.Parse(instant), zone).DateTime;

    private string Label(FieldDefinition field, string value) =>
        field.Options?.Find(o => o.Value == value) is { } option ? Languages.Pick(option.Label, _language) ?? value : value;

    private static string? Named(ExportColumn column, IDictionary<string, object?> record) =>
        Convert.ToString(column.Display is { } display && record.TryGetValue(display, out var shown) && shown is not null ? shown : record["id"],
            CultureInfo.InvariantCulture);
}
