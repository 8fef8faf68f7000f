namespace Platform.Server.Auth;

public static class AuthSchemes
{
    /// <summary>Chooses the API key scheme for bearer requests and the cookie otherwise.</summary>
    public const string Smart = "smart";
    public const string ApiKey = "apikey";
    public const string AdminPolicy = "admin";
}
