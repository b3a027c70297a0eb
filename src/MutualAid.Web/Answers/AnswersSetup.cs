namespace MutualAid.Web.Answers;

public static class AnswersSetup
{
    public static WebApplicationBuilder AddAnswers(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AnswerFlow>();
        builder.Services.AddScoped<Gratitude>();
        builder.Services.AddScoped<Conversations>();
        builder.Services.AddScoped<AnswererStandings>();
        builder.Services.AddSingleton<AnswerEmails>();
        return builder;
    }
}
