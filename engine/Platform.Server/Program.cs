using Platform.Server.Endpoints;
using Platform.Server.Hosting;

var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
builder.AddPlatformServer();

var app = builder.Build();
app.UsePlatformPipeline();
app.MapPlatformEndpoints();
app.Run();

/// <summary>Visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
