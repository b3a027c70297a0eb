using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MutualAid.Web.Data;

namespace MutualAid.Web.Neighbors;

public static class NeighborsSetup
{
    public const int MinimumPasswordLength = 12;
    public const int LockoutMinutes = 15;

    public static WebApplicationBuilder AddNeighbors(this WebApplicationBuilder builder)
    {
        // Identity without its default UI: the account pages are our own, in Areas/Identity, so
        // they speak the neighbor's language and offer nothing we do not support (2FA, external
        // log-ins, the Manage pages), whose addresses simply are not found.
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        builder.Services
            .AddIdentityCore<Neighbor>(options =>
            {
                // As the default UI set it; the database schema was created with it.
                options.Stores.MaxLengthForKeys = 128;
                // Length is what makes a password strong; composition rules only push people
                // towards "Password1!". Long passphrases are welcome.
                options.Password.RequiredLength = MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.SignIn.RequireConfirmedAccount = true;
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(LockoutMinutes);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>();
        builder.Services.AddScoped<ViewerLocator>();
        builder.Services.AddScoped<AccountEmails>();
        builder.Services.AddScoped<AccountEmailJob>();
        builder.Services.AddScoped<SignUps>();
        builder.Services.AddScoped<PasswordLogIn>();
        builder.Services.AddScoped<FailedLogIns>();
        builder.Services.AddScoped<FirstSteps>();
        builder.Services.AddOptions<AccountEmailLimits>().BindConfiguration(AccountEmailLimits.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        // Outside Development every cookie is Secure: the site is served over HTTPS there.
        var secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Identity/Account/Login";
            options.LogoutPath = "/Identity/Account/Logout";
            options.AccessDeniedPath = "/Identity/Account/AccessDenied";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secure;
        });
        // A session checks the account's security stamp once a minute (Identity's default is half an
        // hour), so "log out on every other device", a new password or a new email ends the other
        // sessions within a minute. Checking on every request would read the account and re-issue
        // the cookie on every signed-in page.
        var sessionCheck = builder.Configuration.GetValue("MutualAid:SessionCheckInterval", TimeSpan.FromMinutes(1));
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = sessionCheck);
        builder.Services.ConfigureExternalCookie(options => options.Cookie.SecurePolicy = secure);
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.SecurePolicy = secure;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.SecurePolicy = secure;
            options.Cookie.SameSite = SameSiteMode.Lax;
        });
        return builder;
    }
}
