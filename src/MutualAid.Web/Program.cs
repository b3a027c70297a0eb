using MutualAid.Web.Answers;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Geocoding;
using MutualAid.Web.Hosting;
using MutualAid.Web.Localization;
using MutualAid.Web.Matching;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Notifications;
using MutualAid.Web.Pages.PostPages;
using MutualAid.Web.Posts;
using MutualAid.Web.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddWebHosting();
builder.AddLocalizationSupport();
builder.AddSecurity();
builder.AddData();
builder.AddEmail();
builder.AddNeighbors();
builder.AddPosts();
builder.AddMatching();
builder.AddNotifications();
builder.AddAnswers();
builder.AddModeration();
builder.AddGeocoding();
builder.AddPostPages();

var app = builder.Build();

await app.InitializeDatabaseAsync();
app.UseWebHosting();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapHealthChecks("/healthz");

await app.RunAsync();
