using System.Security.Cryptography;
using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Forms;
using Platform.Engine.Identity;
using Platform.Engine.Storage;

namespace Platform.Engine.Records;

/// <summary>
/// Turns a public form submission into a record: only the form's own fields may be set by the visitor,
/// hidden fields come from URL parameters through the form's mapping, and the record, its receipt and the
/// "form submitted" event commit together. Checked against the version the visitor's page was built from.
/// </summary>
public sealed class FormSubmissionService(Database database, FormService forms, FormCatalog compiled, FormStore store,
    RecordService records, RecordEvents events, TimeProvider clock)
{
    public async Task<Result<FormReceipt>> SubmitAsync(string slug, JsonElement body, CancellationToken ct)
    {
        var latest = await forms.PublishedPublicAsync(slug, null, ct);
        if (!latest.IsSuccess)
        {
            return latest.Failure;
        }
        var parameterNames = latest.Value.Published.HiddenFields.Select(h => h.Param).ToHashSet(StringComparer.Ordinal);
        if (FormSubmission.Read(body, parameterNames) is not { } submission)
        {
            return ValidationFailure.For("body", Texts.Get("form.body"));
        }
        if (!string.IsNullOrEmpty(submission.Honeypot))
        {
            return new RejectedFailure("spam", Texts.Get("form.spam"));
        }
        var target = submission.Version is { } asked && asked != latest.Value.Published.Version
            ? await forms.PublishedPublicAsync(slug, asked, ct)
            : latest;
        if (!target.IsSuccess)
        {
            return target.Failure;
        }
        var (entity, row, form) = target.Value;
        var errors = new ValidationErrors();
        var values = RecordValues(entity, form, submission, errors);
        var check = await compiled.VersionAsync(entity, row.Id, form.Version, ct);
        return await database.WriteAsync<FormReceipt>(async scope =>
        {
            var created = await records.CreateInScopeAsync(scope, entity, JsonSerializer.SerializeToElement(values), Actor.System, ct, check, Pipelines.StageSources.Form);
            if (errors.Any)
            {
                // Report the visitor's unknown fields together with whatever else is wrong; the record is undone.
                if (created.Failure is ValidationFailure invalid)
                {
                    errors.AddAll(invalid.Errors);
                }
                return errors.ToFailure();
            }
            if (!created.IsSuccess)
            {
                return created.Failure;
            }
            var receipt = NewReceipt();
            var id = (long)created.Value[SystemFields.Id]!;
            var now = clock.GetUtcNow();
            await store.InsertSubmissionAsync(scope, receipt, form.Slug, form.Version, entity.Slug, id, now, ct);
            await events.RaiseAsync(scope, new RecordEvent(RecordEventKinds.FormSubmitted, entity.Slug, id, now, 0, created.Value, null,
                new FormSubmissionInfo(form.Slug, form.Version, receipt)), ct);
            return new FormReceipt(receipt, form.Version, Languages.Pick(form.Submission?.ThankYou, Languages.Current), form.Submission?.RedirectUrl);
        }, ct);
    }

    /// <summary>The record body: the visitor's values for fields on the form, hidden fields, the configured owner.</summary>
    private static Dictionary<string, object?> RecordValues(EntityDefinition entity, FormDefinition form, FormSubmission submission, ValidationErrors errors)
    {
        var onForm = form.FieldSlugs().ToHashSet(StringComparer.Ordinal);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in submission.Data)
        {
            if (onForm.Contains(name))
            {
                values[name] = value;
            }
            else
            {
                errors.Add(name, Texts.Get("value.unknownField"));
            }
        }
        foreach (var hidden in form.HiddenFields)
        {
            if (entity.Field(hidden.Field) is { } field && HiddenValue(field, hidden, submission.Params.GetValueOrDefault(hidden.Param)) is { } value)
            {
                values[field.Slug] = value;
            }
        }
        if (form.Submission?.OwnerId is { } owner)
        {
            values[SystemFields.OwnerId] = owner;
        }
        return values;
    }

    /// <summary>The parameter through the mapping, else as given when the field accepts it, else the default.</summary>
    private static object? HiddenValue(FieldDefinition field, HiddenField hidden, string? parameter)
    {
        var type = FieldTypes.Of(field);
        if (parameter is { Length: > 0 })
        {
            var candidate = hidden.Map?.GetValueOrDefault(parameter) ?? parameter;
            var parsed = type.Parse(JsonSerializer.SerializeToElement(candidate), field, lenient: true);
            if (parsed.Ok && parsed.Stored is not null)
            {
                return type.ToJson(parsed.Stored, field);
            }
        }
        if (hidden.Default is { ValueKind: not JsonValueKind.Null } fallback && type.Parse(fallback, field, lenient: true) is { Ok: true, Stored: { } stored })
        {
            return type.ToJson(stored, field);
        }
        return null;
    }

    private static string NewReceipt() => "R-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
}
