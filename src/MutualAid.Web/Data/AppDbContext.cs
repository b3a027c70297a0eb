using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MutualAid.Web.Answers;
using MutualAid.Web.Coordination;
using MutualAid.Web.Data.Postgres;
using MutualAid.Web.Email;
using MutualAid.Web.Health;
using MutualAid.Web.Matching;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighborhoods;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;
using MutualAid.Web.Security;
using MutualAid.Web.Series;

namespace MutualAid.Web.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<Neighbor>(options), IDataProtectionKeyContext
{
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Neighborhood> Neighborhoods => Set<Neighborhood>();
    public DbSet<PostLanguage> PostLanguages => Set<PostLanguage>();
    public DbSet<Match> Matches => Set<Match>();
    public DbSet<HelpMatch> HelpMatches => Set<HelpMatch>();
    public DbSet<Answer> Answers => Set<Answer>();
    public DbSet<ThankYou> ThankYous => Set<ThankYou>();
    public DbSet<AnswerMessage> AnswerMessages => Set<AnswerMessage>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<StewardAction> StewardActions => Set<StewardAction>();
    public DbSet<NeighborBlock> NeighborBlocks => Set<NeighborBlock>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<AccountEmailRequest> AccountEmailRequests => Set<AccountEmailRequest>();
    public DbSet<FailedLogIn> FailedLogIns => Set<FailedLogIn>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<OfflineNeighbor> OfflineNeighbors => Set<OfflineNeighbor>();
    public DbSet<PostSeries> PostSeries => Set<PostSeries>();
    public DbSet<RateWindow> RateWindows => Set<RateWindow>();

    // However the options were made, migrations are those of the provider in use. The app's own
    // options say so already (UseConfiguredProvider): a pooled context may not change its options.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        var replaced = optionsBuilder.Options.FindExtension<CoreOptionsExtension>()?.ReplacedServices;
        if (replaced is null || !replaced.Keys.Any(key => key.Item1 == typeof(IMigrationsAssembly)))
        {
            optionsBuilder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            PostgresModel.Apply(builder);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite keeps no time zone; every DateTime in the model is UTC and comes back marked so.
        // PostgreSQL's timestamptz takes only UTC values, which this also makes sure of.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
