using System.Globalization;
using Platform.Engine.Common;

namespace Platform.Benchmarks;

/// <summary>
/// A lead in the form the engine stores it (the baseline's Dapper parameters): money as REAL, the date as
/// yyyy-MM-dd text, timestamps as the engine formats them. Lower-case names match the column names.
/// </summary>
#pragma warning disable IDE1006 // Dapper binds parameters by these names.
public sealed class LeadRow(Lead lead, long createdBy, int sequence)
{
    public string At { get; } = Timestamps.Format(DateTimeOffset.UtcNow);
    public long CreatedBy { get; } = createdBy;
    public string code { get; set; } = string.Create(CultureInfo.InvariantCulture, $"B-{sequence:0000000}");
    public string name { get; } = lead.Name;
    public string? company { get; } = lead.Company;
    public string email { get; } = lead.Email;
    public string phone { get; } = lead.Phone;
    public string source { get; } = lead.Source;
    public string stage { get; } = lead.Stage;
    public double? budget { get; } = (double?)lead.Budget;
    public string city { get; } = lead.City;
    public string created_on { get; } = lead.CreatedOn;
    public long score { get; } = lead.Score;
    public string? notes { get; } = lead.Notes;

    /// <summary>The audit entry's change list, serialised as the engine does it.</summary>
    public string AuditChanges() =>
        Json.Serialize(Values().Where(v => v.Value is not null).Select(v => new Platform.Engine.Records.FieldChange(v.Key, null, v.Value)).ToList());

    /// <summary>Field values by slug, for the audit entry.</summary>
    public IEnumerable<KeyValuePair<string, object?>> Values() =>
    [
        new("code", code), new("name", name), new("company", company), new("email", email), new("phone", phone),
        new("source", source), new("stage", stage), new("budget", budget), new("city", city), new("created_on", created_on),
        new("score", score), new("notes", notes),
    ];
}
#pragma warning restore IDE1006
