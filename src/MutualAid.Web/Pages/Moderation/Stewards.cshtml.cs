using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Pages.Moderation;

public class StewardsModel(AppDbContext db, UserManager<Neighbor> users, StewardRoster roster, IStringLocalizer<StewardsModel> text)
    : RosterPageModel(db, users, text, StewardOptions.Role, new RosterSteps(roster.NameAsync, roster.RemoveAsync,
        "{0} is now a steward.", "{0} is no longer a steward.", "Choose a steward from the list."))
{
    public IReadOnlyList<Neighbor> Stewards => Members;
}
