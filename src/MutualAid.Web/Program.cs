using MutualAid.Web.Data;
using MutualAid.Web.Hosting;
using MutualAid.Web.Hosting.Commands;

// `MutualAid.Web backup PATH` and the other host commands run and exit; anything else serves the site.
if (HostCommandLine.Find(args) is { } command)
{
    return await command.RunAsync(Console.Out);
}

var app = MutualAidApplication.Build(args);

await app.InitializeDatabaseAsync();
await app.LoadKeyRingAsync();
using var databaseLock = app.HoldDatabaseLock();
app.UseWebHosting();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapHealthChecks("/healthz");

await app.RunAsync();
return 0;
