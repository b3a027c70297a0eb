using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Localization;
using MutualAid.Web.Posts;
using MutualAid.Web.Security;

namespace MutualAid.Web.Hosting;

public static class WebHostingSetup
{
    // Every account form that checks a password or a link, or sends an email.
    private static readonly string[] RateLimitedAccountPages =
    [
        "/Account/Login", "/Account/Register", "/Account/ForgotPassword", "/Account/ResendEmailConfirmation",
        "/Account/ResetPassword", "/Account/ChangePassword", "/Account/ConfirmEmail",
        "/Account/ChangeEmail", "/Account/ConfirmEmailChange",
    ];

    public static WebApplicationBuilder AddWebHosting(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<BackgroundJobsOptions>().BindConfiguration(BackgroundJobsOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<BackgroundJobsWorker>();
        builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();

        // Keys in the database: a restart keeps everyone logged in and unsubscribe links valid.
        // A certificate, when set, encrypts them there (KeyProtection).
        builder.Services.AddDataProtection().SetApplicationName("MutualAid").PersistKeysToDbContext<AppDbContext>();
        builder.AddKeyProtection();
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Posts");
            options.Conventions.AllowAnonymousToPage("/Posts/Details");
            options.Conventions.AllowAnonymousToPage("/Posts/Renew");
            options.Conventions.AuthorizeFolder("/Profile");
            options.Conventions.AuthorizeFolder("/Moderation", Moderation.StewardOptions.Policy);
            options.Conventions.AuthorizeFolder("/Coordinate", Coordination.CoordinatorOptions.ReadPolicy);
            options.Conventions.AuthorizePage("/Coordinate/Edit", Coordination.CoordinatorOptions.Policy);
            // The hand-over link is opened by the neighbor it is for, from their new account.
            options.Conventions.AuthorizePage("/HandOver");
            options.Conventions.AuthorizePage("/Report");
            foreach (var page in RateLimitedAccountPages)
            {
                options.Conventions.AddAreaPageApplicationModelConvention("Identity", page,
                    model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(SecuritySetup.LogInPolicy)));
            }
        })
        .AddViewLocalization()
        // A nested input model's messages live with the page that declares it.
        .AddDataAnnotationsLocalization(options =>
            options.DataAnnotationLocalizerProvider = (type, factory) => factory.Create(type.DeclaringType ?? type))
        .AddMvcOptions(options =>
        {
            options.Filters.Add<BrokenLinkFilter>();
            InvariantFormValues.ReplaceFormReader(options.ValueProviderFactories);
        });
        builder.Services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
        {
            var text = factory.Create(typeof(Labels));
            var messages = options.ModelBindingMessageProvider;
            messages.SetValueIsInvalidAccessor(value => text["“{0}” is not one of the choices here.", value]);
            messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["“{0}” is not a valid {1}.", value, field]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["“{0}” is not valid here.", value]);
            // Given only the (empty) value, not the field: every number field is nullable with its
            // own [Required] message, so this is a last resort that at least reads as a sentence.
            messages.SetValueMustNotBeNullAccessor(_ => text["Fill in this field."]);
            messages.SetMissingBindRequiredValueAccessor(field => text["Enter a value for {0}.", field]);
            messages.SetValueMustBeANumberAccessor(field => text["{0} must be a number.", field]);
        });
        return builder;
    }

    public static WebApplication UseWebHosting(this WebApplication app)
    {
        app.UseMiddleware<RequestLog>();
        // Behind a TLS-terminating proxy on this machine (or a listed one), the request is still
        // known to be HTTPS, which Secure cookies and antiforgery need.
        app.UseForwardedHeaders(ForwardedHeadersFor(app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value));
        if (!app.Environment.IsDevelopment())
        {
            app.UseMiddleware<PlainHttpNotice>();
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        KeyCertificate.WarnIfUnencrypted(app);
        app.UseMiddleware<SecurityHeaders>();
        app.UseRequestLocalization();
        app.UseStatusCodePagesWithReExecute("/Status", "?code={0}");
        app.UseMiddleware<FormSizeLimit>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseSharedRateLimits();
        // After authentication, so a signed-in neighbor is known and never served a shared copy.
        app.UseOutputCache();
        return app;
    }

    private static ForwardedHeadersOptions ForwardedHeadersFor(ProxyOptions proxies)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var proxy in proxies.Proxies)
        {
            options.KnownProxies.Add(proxy);
        }

        foreach (var network in proxies.Networks)
        {
            options.KnownIPNetworks.Add(network);
        }

        return options;
    }
}
