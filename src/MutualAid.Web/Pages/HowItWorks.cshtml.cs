using Microsoft.AspNetCore.Mvc.RazorPages;
using MutualAid.Web.Answers;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages;

public class HowItWorksModel(Gratitude gratitude) : PageModel
{
    public IReadOnlyList<GratitudeNote> Thanks { get; private set; } = [];

    public async Task OnGetAsync() => Thanks = await gratitude.PublicAsync(5);
}
