using MutualAid.Web.Answers;
using MutualAid.Web.Coordination;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Geocoding;
using MutualAid.Web.Health;
using MutualAid.Web.Localization;
using MutualAid.Web.Matching;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Notifications;
using MutualAid.Web.OwnData;
using MutualAid.Web.Pages.PostPages;
using MutualAid.Web.Pages.Print;
using MutualAid.Web.Posts;
using MutualAid.Web.Security;
using MutualAid.Web.Series;

namespace MutualAid.Web.Hosting;

// Every part of the app, put together once: the site and the host's commands use the same services
// and the same settings.
public static class MutualAidApplication
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddWebHosting();
        builder.AddLocalizationSupport();
        builder.AddSecurity();
        builder.AddData();
        builder.AddSignedOutPageCache();
        builder.AddEmail();
        builder.AddNeighbors();
        builder.AddPosts();
        builder.AddMatching();
        builder.AddNotifications();
        builder.AddAnswers();
        builder.AddModeration();
        builder.AddCoordination();
        builder.AddSeries();
        builder.AddGeocoding();
        builder.AddHealth();
        builder.AddPostPages();
        builder.AddPrintedLists();
        builder.AddOwnData();
        return builder.Build();
    }
}
