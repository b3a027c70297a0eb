using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Coordination;
using MutualAid.Web.Data;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Pages.Moderation;

// Stewards name the neighbors who post for neighbors without an account, and remove them.
public class CoordinatorsModel(AppDbContext db, UserManager<Neighbor> users, CoordinatorRoster roster, IStringLocalizer<CoordinatorsModel> text)
    : RosterPageModel(db, users, text, CoordinatorOptions.Role)
{
    public IReadOnlyList<Neighbor> Coordinators => Members;

    protected override Task<string?> NameAsync(string stewardId, Neighbor neighbor, string reason) => roster.NameAsync(stewardId, neighbor, reason);

    protected override Task<string?> RemoveAsync(string stewardId, Neighbor member, string reason) => roster.RemoveAsync(stewardId, member, reason);

    protected override string Named(Neighbor neighbor) => text["{0} is now a coordinator.", neighbor.DisplayName];

    protected override string Removed(Neighbor member) => text["{0} is no longer a coordinator.", member.DisplayName];

    protected override string ChooseFromList => text["Choose a coordinator from the list."];
}
