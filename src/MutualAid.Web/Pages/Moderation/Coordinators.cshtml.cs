using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Coordination;
using MutualAid.Web.Data;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Pages.Moderation;

// Stewards name the neighbors who post for neighbors without an account, and remove them.
public class CoordinatorsModel(AppDbContext db, UserManager<Neighbor> users, CoordinatorRoster roster, IStringLocalizer<CoordinatorsModel> text)
    : RosterPageModel(db, users, text, CoordinatorOptions.Role, new RosterSteps(roster.NameAsync, roster.RemoveAsync,
        "{0} is now a coordinator.", "{0} is no longer a coordinator.", "Choose a coordinator from the list."))
{
    public IReadOnlyList<Neighbor> Coordinators => Members;
}
