using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MutualAid.Web.Data;

namespace MutualAid.Web.Neighbors;

public static class NeighborsSetup
{
    public const int MinimumPasswordLength = 12;

    public static WebApplicationBuilder AddNeighbors(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddDefaultIdentity<Neighbor>(options =>
            {
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
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>();
        builder.Services.AddScoped<ViewerLocator>();
        // Outside Development every cookie is Secure: the site is served over HTTPS there.
        var secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secure;
        });
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
