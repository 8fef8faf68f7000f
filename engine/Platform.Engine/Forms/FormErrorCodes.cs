using NJsonSchema.Validation;

namespace Platform.Engine.Forms;

/// <summary>The error codes both validators report, named after the JSON Schema keyword that failed (as ajv does).</summary>
public static class FormErrorCodes
{
    public const string Required = "required";
    public const string Type = "type";
    public const string Enum = "enum";
    public const string Minimum = "minimum";
    public const string Maximum = "maximum";
    public const string MinLength = "minLength";
    public const string MaxLength = "maxLength";
    public const string Pattern = "pattern";
    public const string MinItems = "minItems";
    public const string MaxItems = "maxItems";
    public const string UniqueItems = "uniqueItems";
    public const string Invalid = "invalid";

    internal static string Of(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.StringExpected or ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected
            or ValidationErrorKind.BooleanExpected or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected
            or ValidationErrorKind.NullExpected or ValidationErrorKind.NoTypeValidates => Type,
        ValidationErrorKind.NotInEnumeration => Enum,
        ValidationErrorKind.NumberTooSmall => Minimum,
        ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig => Maximum,
        ValidationErrorKind.StringTooShort => MinLength,
        ValidationErrorKind.StringTooLong => MaxLength,
        ValidationErrorKind.PatternMismatch => Pattern,
        ValidationErrorKind.TooFewItems => MinItems,
        ValidationErrorKind.TooManyItems => MaxItems,
        ValidationErrorKind.ItemsNotUnique => UniqueItems,
        ValidationErrorKind.PropertyRequired => Required,
        _ => Invalid,
    };
}
